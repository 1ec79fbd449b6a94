/**
 * Writes the SBPFv0 shared object. File layout (every loaded section has
 * sh_addr == sh_offset, and is mapped at 0x1_0000_0000 + sh_addr):
 *
 *   ELF header                    64 bytes
 *   program headers               56 bytes each:
 *                                   PT_LOAD  .text      R+X
 *                                   PT_LOAD  .rodata    R     (only if there is read-only data)
 *                                   PT_LOAD  .dynamic … .rel.dyn  R
 *                                   PT_DYNAMIC .dynamic
 *   .text                         8-aligned
 *   .rodata                       aligned to its largest input alignment (at least 8)
 *   .dynamic                      8-aligned, DT_SYMTAB/SYMENT/STRTAB/STRSZ[/REL/RELSZ/RELENT]/NULL
 *   .dynsym                       8-aligned, null symbol + one undefined GLOBAL per syscall
 *   .dynstr
 *   .rel.dyn                      8-aligned, one type-10 entry per syscall call site (only if any)
 *   .shstrtab
 *   section headers               8-aligned
 *
 * The loader reads .dynsym/.rel.dyn/.dynamic through aligned slices, hence the
 * 8-byte alignment; it rejects DT_RELSZ = 0, hence no empty .rel.dyn. Nothing
 * here depends on time or paths: equal inputs give equal bytes.
 */
import {
  DT_NULL,
  DT_REL,
  DT_RELENT,
  DT_RELSZ,
  DT_STRSZ,
  DT_STRTAB,
  DT_SYMENT,
  DT_SYMTAB,
  DYN_SIZE,
  EHDR_SIZE,
  ELF_MAGIC,
  ELFCLASS64,
  ELFDATA2LSB,
  EM_BPF,
  ET_DYN,
  EV_CURRENT,
  MAX_DYNSYM_NAME,
  MAX_SECTION_NAME,
  PF_R,
  PF_X,
  PHDR_SIZE,
  PT_DYNAMIC,
  PT_LOAD,
  R_BPF_64_32,
  REL_SIZE,
  SHDR_SIZE,
  SHF_ALLOC,
  SHF_EXECINSTR,
  SHT_DYNAMIC,
  SHT_DYNSYM,
  SHT_PROGBITS,
  SHT_REL,
  SHT_STRTAB,
  STB_GLOBAL,
  STT_NOTYPE,
  SYM_SIZE,
} from './constants';
import { ConvertError } from './errors';
import { alignUp } from './merge';
import type { SyscallSite } from './relocate';

export interface LoadedLayout {
  phnum: number;
  textOffset: number;
  /** Equal to the end of .text when there is no read-only data. */
  rodataOffset: number;
}

/** Where .text and .rodata go; needed before relocation, which bakes addresses in. */
export function planLayout(textSize: number, rodataSize: number, rodataAlign: number): LoadedLayout {
  const phnum = rodataSize > 0 ? 4 : 3;
  const textOffset = alignUp(EHDR_SIZE + phnum * PHDR_SIZE, 8);
  const textEnd = textOffset + textSize;
  const rodataOffset = rodataSize > 0 ? alignUp(textEnd, Math.max(8, rodataAlign)) : textEnd;
  return { phnum, textOffset, rodataOffset };
}

export interface SharedObject {
  layout: LoadedLayout;
  text: Uint8Array;
  rodata: Uint8Array;
  rodataAlign: number;
  /** Address of the entrypoint (inside .text). */
  entry: number;
  syscalls: SyscallSite[];
}

interface OutSection {
  name: string;
  type: number;
  flags: number;
  offset: number;
  size: number;
  link?: string;
  info?: number;
  align: number;
  entsize?: number;
  /** Loaded sections carry sh_addr = sh_offset; .shstrtab has none. */
  loaded: boolean;
}

class StringTable {
  private readonly parts: Buffer[] = [Buffer.from([0])];
  private size = 1;
  private readonly seen = new Map<string, number>();

  add(name: string): number {
    const known = this.seen.get(name);
    if (known !== undefined) return known;
    const at = this.size;
    const bytes = Buffer.from(`${name}\0`, 'latin1');
    this.parts.push(bytes);
    this.size += bytes.length;
    this.seen.set(name, at);
    return at;
  }

  bytes(): Uint8Array {
    return new Uint8Array(Buffer.concat(this.parts));
  }
}

export function writeSharedObject(so: SharedObject): Uint8Array {
  const { layout } = so;
  const hasRodata = so.rodata.length > 0;

  // Dynamic symbols: one per distinct syscall, sorted so the output ignores call order.
  const names = [...new Set(so.syscalls.map((s) => s.name))].sort();
  for (const name of names) {
    if (name.length > MAX_DYNSYM_NAME) throw new ConvertError('unknown-syscall', `syscall name \`${name}\` is longer than ${MAX_DYNSYM_NAME} bytes`);
  }
  const dynstrTable = new StringTable();
  const nameOffsets = names.map((n) => dynstrTable.add(n));
  const dynstr = dynstrTable.bytes();
  const symIndex = new Map(names.map((n, i) => [n, i + 1]));
  const relocs = [...so.syscalls].sort((a, b) => a.offset - b.offset);

  const dynamicEntries = relocs.length > 0 ? 8 : 5;
  const dynamicOffset = alignUp((hasRodata ? layout.rodataOffset + so.rodata.length : layout.textOffset + so.text.length), 8);
  const dynamicSize = dynamicEntries * DYN_SIZE;
  const dynsymOffset = dynamicOffset + dynamicSize;
  const dynsymSize = (names.length + 1) * SYM_SIZE;
  const dynstrOffset = dynsymOffset + dynsymSize;
  const relOffset = alignUp(dynstrOffset + dynstr.length, 8);
  const relSize = relocs.length * REL_SIZE;
  const dynamicEnd = relocs.length > 0 ? relOffset + relSize : dynstrOffset + dynstr.length;

  const sections: OutSection[] = [
    { name: '.text', type: SHT_PROGBITS, flags: SHF_ALLOC | SHF_EXECINSTR, offset: layout.textOffset, size: so.text.length, align: 8, loaded: true },
  ];
  if (hasRodata) {
    sections.push({ name: '.rodata', type: SHT_PROGBITS, flags: SHF_ALLOC, offset: layout.rodataOffset, size: so.rodata.length, align: Math.max(8, so.rodataAlign), loaded: true });
  }
  sections.push(
    { name: '.dynamic', type: SHT_DYNAMIC, flags: SHF_ALLOC, offset: dynamicOffset, size: dynamicSize, link: '.dynstr', align: 8, entsize: DYN_SIZE, loaded: true },
    { name: '.dynsym', type: SHT_DYNSYM, flags: SHF_ALLOC, offset: dynsymOffset, size: dynsymSize, link: '.dynstr', info: 1, align: 8, entsize: SYM_SIZE, loaded: true },
    { name: '.dynstr', type: SHT_STRTAB, flags: SHF_ALLOC, offset: dynstrOffset, size: dynstr.length, align: 1, loaded: true },
  );
  if (relocs.length > 0) {
    sections.push({ name: '.rel.dyn', type: SHT_REL, flags: SHF_ALLOC, offset: relOffset, size: relSize, link: '.dynsym', align: 8, entsize: REL_SIZE, loaded: true });
  }
  const shstrTable = new StringTable();
  const shNames = new Map<string, number>();
  for (const s of [...sections.map((x) => x.name), '.shstrtab']) {
    if (s.length > MAX_SECTION_NAME) throw new Error(`internal: section name ${s} is too long for the loader`);
    shNames.set(s, shstrTable.add(s));
  }
  const shstrtab = shstrTable.bytes();
  const shstrOffset = dynamicEnd;
  sections.push({ name: '.shstrtab', type: SHT_STRTAB, flags: 0, offset: shstrOffset, size: shstrtab.length, align: 1, loaded: false });
  const shoff = alignUp(shstrOffset + shstrtab.length, 8);
  const shnum = sections.length + 1;
  const fileSize = shoff + shnum * SHDR_SIZE;

  const out = new Uint8Array(fileSize);
  const v = new DataView(out.buffer);
  const u16 = (at: number, x: number) => v.setUint16(at, x, true);
  const u32 = (at: number, x: number) => v.setUint32(at, x, true);
  const u64 = (at: number, x: number | bigint) => v.setBigUint64(at, BigInt(x), true);

  // ELF header
  out.set(ELF_MAGIC, 0);
  out[4] = ELFCLASS64;
  out[5] = ELFDATA2LSB;
  out[6] = EV_CURRENT; // OSABI (7), ABI version (8) and padding stay 0
  u16(16, ET_DYN);
  u16(18, EM_BPF);
  u32(20, EV_CURRENT);
  u64(24, so.entry);
  u64(32, EHDR_SIZE); // e_phoff
  u64(40, shoff);
  u32(48, 0); // e_flags 0 = SBPFv0
  u16(52, EHDR_SIZE);
  u16(54, PHDR_SIZE);
  u16(56, layout.phnum);
  u16(58, SHDR_SIZE);
  u16(60, shnum);
  u16(62, shnum - 1); // .shstrtab is last

  // Program headers
  const phdrs: [number, number, number, number][] = [[PT_LOAD, PF_R | PF_X, layout.textOffset, so.text.length]];
  if (hasRodata) phdrs.push([PT_LOAD, PF_R, layout.rodataOffset, so.rodata.length]);
  phdrs.push([PT_LOAD, PF_R, dynamicOffset, dynamicEnd - dynamicOffset], [PT_DYNAMIC, PF_R, dynamicOffset, dynamicSize]);
  if (phdrs.length !== layout.phnum) throw new Error('internal: program header count differs from the plan');
  phdrs.forEach(([type, flags, offset, size], i) => {
    const at = EHDR_SIZE + i * PHDR_SIZE;
    u32(at, type);
    u32(at + 4, flags);
    u64(at + 8, offset); // p_offset
    u64(at + 16, offset); // p_vaddr
    u64(at + 24, offset); // p_paddr
    u64(at + 32, size); // p_filesz
    u64(at + 40, size); // p_memsz
    u64(at + 48, 8); // p_align
  });

  // Loaded contents
  out.set(so.text, layout.textOffset);
  if (hasRodata) out.set(so.rodata, layout.rodataOffset);

  const dynamic: [number, number][] = [
    [DT_SYMTAB, dynsymOffset],
    [DT_SYMENT, SYM_SIZE],
    [DT_STRTAB, dynstrOffset],
    [DT_STRSZ, dynstr.length],
  ];
  if (relocs.length > 0) dynamic.push([DT_REL, relOffset], [DT_RELSZ, relSize], [DT_RELENT, REL_SIZE]);
  dynamic.push([DT_NULL, 0]);
  dynamic.forEach(([tag, value], i) => {
    u64(dynamicOffset + i * DYN_SIZE, tag);
    u64(dynamicOffset + i * DYN_SIZE + 8, value);
  });

  // .dynsym[0] is the null symbol (all zero); the rest are undefined globals.
  nameOffsets.forEach((nameOffset, i) => {
    const at = dynsymOffset + (i + 1) * SYM_SIZE;
    u32(at, nameOffset);
    out[at + 4] = (STB_GLOBAL << 4) | STT_NOTYPE;
    // st_other, st_shndx (UNDEF), st_value, st_size: 0
  });
  out.set(dynstr, dynstrOffset);

  // .rel.dyn: r_offset is the call instruction's file offset, r_info = sym << 32 | 10.
  relocs.forEach((r, i) => {
    const at = relOffset + i * REL_SIZE;
    u64(at, r.offset);
    u64(at + 8, (BigInt(symIndex.get(r.name)!) << 32n) | BigInt(R_BPF_64_32));
  });
  out.set(shstrtab, shstrOffset);

  // Section headers; [0] stays the null header (SHT_NULL).
  const indexOf = (name: string) => sections.findIndex((s) => s.name === name) + 1;
  sections.forEach((s, i) => {
    const at = shoff + (i + 1) * SHDR_SIZE;
    u32(at, shNames.get(s.name)!);
    u32(at + 4, s.type);
    u64(at + 8, s.flags);
    u64(at + 16, s.loaded ? s.offset : 0); // sh_addr
    u64(at + 24, s.offset);
    u64(at + 32, s.size);
    u32(at + 40, s.link ? indexOf(s.link) : 0);
    u32(at + 44, s.info ?? 0);
    u64(at + 48, s.align);
    u64(at + 56, s.entsize ?? 0);
  });
  return out;
}
