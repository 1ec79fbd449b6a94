/**
 * Reads the one relocatable object LLVM leaves after fat LTO: sections, the
 * symbol table and the REL relocation tables. Only what the converter needs;
 * anything malformed is a `bad-object` error rather than a silent misread.
 */
import {
  ELF_MAGIC,
  ELFCLASS64,
  ELFDATA2LSB,
  EM_BPF,
  ET_REL,
  REL_SIZE,
  SHDR_SIZE,
  SHN_LORESERVE,
  SHT_NOBITS,
  SHT_REL,
  SHT_RELA,
  SHT_SYMTAB,
  SYM_SIZE,
} from './constants';
import { ConvertError } from './errors';

export interface InputSection {
  index: number;
  name: string;
  type: number;
  flags: number;
  offset: number;
  size: number;
  link: number;
  info: number;
  align: number;
  entsize: number;
  /** File bytes (empty for NOBITS). A copy: the converter patches it in place. */
  data: Uint8Array;
}

export interface InputSymbol {
  name: string;
  value: number;
  size: number;
  type: number;
  bind: number;
  /** Section index; 0 = undefined, ≥ 0xff00 = special (ABS, COMMON). */
  shndx: number;
}

export interface InputRelocation {
  /** Byte offset inside the target section. */
  offset: number;
  type: number;
  /** Index into `symbols`. */
  symbol: number;
}

export interface RelocationTable {
  /** The section the relocations patch (`sh_info` of the REL section). */
  target: number;
  name: string;
  entries: InputRelocation[];
  /** True for SHT_RELA, which BPF objects never use; kept so it can be refused. */
  rela: boolean;
}

export interface ObjectFile {
  sections: InputSection[];
  symbols: InputSymbol[];
  relocations: RelocationTable[];
}

function fail(message: string): never {
  throw new ConvertError('bad-object', message);
}

function cString(bytes: Uint8Array, start: number): string {
  let end = start;
  while (end < bytes.length && bytes[end] !== 0) end++;
  if (end >= bytes.length) fail(`string at ${start} runs past its table`);
  return Buffer.from(bytes.subarray(start, end)).toString('latin1');
}

/** u64 fields as numbers: objects here are far below 2^53 bytes. */
function u64(view: DataView, at: number): number {
  const value = view.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) fail(`64-bit field at ${at} is too large`);
  return Number(value);
}

export function readObject(bytes: Uint8Array): ObjectFile {
  if (bytes.length < 64 || ELF_MAGIC.some((b, i) => bytes[i] !== b)) fail('not an ELF file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes[4] !== ELFCLASS64 || bytes[5] !== ELFDATA2LSB) fail('not a little-endian ELF64 file');
  const type = view.getUint16(16, true);
  const machine = view.getUint16(18, true);
  if (machine !== EM_BPF) fail(`e_machine is ${machine}, expected ${EM_BPF} (BPF)`);
  if (type !== ET_REL) fail(`e_type is ${type}, expected ${ET_REL} (relocatable object)`);

  const shoff = u64(view, 40);
  const shentsize = view.getUint16(58, true);
  const shnum = view.getUint16(60, true);
  const shstrndx = view.getUint16(62, true);
  if (shentsize !== SHDR_SIZE) fail(`e_shentsize is ${shentsize}`);
  if (shoff + shnum * SHDR_SIZE > bytes.length) fail('section headers run past the end of the file');
  if (shstrndx >= shnum) fail('no section name table');

  const headers = Array.from({ length: shnum }, (_, index) => {
    const at = shoff + index * SHDR_SIZE;
    const h = {
      index,
      nameOffset: view.getUint32(at, true),
      type: view.getUint32(at + 4, true),
      flags: u64(view, at + 8),
      offset: u64(view, at + 24),
      size: u64(view, at + 32),
      link: view.getUint32(at + 40, true),
      info: view.getUint32(at + 44, true),
      align: u64(view, at + 48),
      entsize: u64(view, at + 56),
    };
    if (h.type !== SHT_NOBITS && h.offset + h.size > bytes.length) fail(`section ${index} runs past the end of the file`);
    return h;
  });

  const shstr = headers[shstrndx]!;
  const names = bytes.subarray(shstr.offset, shstr.offset + shstr.size);
  const sections: InputSection[] = headers.map((h) => ({
    index: h.index,
    name: cString(names, h.nameOffset),
    type: h.type,
    flags: h.flags,
    offset: h.offset,
    size: h.size,
    link: h.link,
    info: h.info,
    align: Math.max(1, h.align),
    entsize: h.entsize,
    // new Uint8Array(view) copies; Buffer#slice would not.
    data: h.type === SHT_NOBITS ? new Uint8Array(0) : new Uint8Array(bytes.subarray(h.offset, h.offset + h.size)),
  }));

  const symtabs = sections.filter((s) => s.type === SHT_SYMTAB);
  if (symtabs.length > 1) fail('more than one symbol table');
  const symbols = symtabs.length === 1 ? readSymbols(symtabs[0]!, sections) : [];

  const relocations: RelocationTable[] = [];
  for (const s of sections) {
    if (s.type !== SHT_REL && s.type !== SHT_RELA) continue;
    const rela = s.type === SHT_RELA;
    const entrySize = rela ? REL_SIZE + 8 : REL_SIZE;
    if (s.size % entrySize !== 0) fail(`${s.name}: size ${s.size} is not a multiple of ${entrySize}`);
    if (s.info >= sections.length) fail(`${s.name}: target section ${s.info} does not exist`);
    const rv = new DataView(s.data.buffer, s.data.byteOffset, s.data.byteLength);
    const entries: InputRelocation[] = [];
    for (let at = 0; at < s.size; at += entrySize) {
      const info = rv.getBigUint64(at + 8, true);
      const symbol = Number(info >> 32n);
      if (symbol >= symbols.length) fail(`${s.name}: relocation names symbol ${symbol}, table has ${symbols.length}`);
      entries.push({ offset: u64(rv, at), type: Number(info & 0xffff_ffffn), symbol });
    }
    relocations.push({ target: s.info, name: s.name, entries, rela });
  }

  return { sections, symbols, relocations };
}

function readSymbols(symtab: InputSection, sections: InputSection[]): InputSymbol[] {
  if (symtab.size % SYM_SIZE !== 0) fail('.symtab size is not a multiple of 24');
  const strtab = sections[symtab.link];
  if (!strtab) fail('.symtab has no string table');
  const view = new DataView(symtab.data.buffer, symtab.data.byteOffset, symtab.data.byteLength);
  const symbols: InputSymbol[] = [];
  for (let at = 0; at < symtab.size; at += SYM_SIZE) {
    const info = view.getUint8(at + 4);
    const shndx = view.getUint16(at + 6, true);
    if (shndx !== 0 && shndx < SHN_LORESERVE && shndx >= sections.length) fail(`symbol at ${at} names section ${shndx}`);
    symbols.push({
      name: cString(strtab.data, view.getUint32(at, true)),
      type: info & 0xf,
      bind: info >> 4,
      shndx,
      value: u64(view, at + 8),
      size: u64(view, at + 16),
    });
  }
  return symbols;
}
