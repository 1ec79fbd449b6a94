/** Hand-made objects and instructions for converter unit tests. */
import { SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE, SHT_NOBITS, SHT_PROGBITS, STB_GLOBAL, STB_LOCAL, STT_FUNC, STT_NOTYPE, STT_SECTION } from '../../elf/constants';
import type { InputRelocation, InputSection, InputSymbol, ObjectFile } from '../../elf/reader';

/** One 8-byte instruction slot. */
export function insn(opcode: number, regs: number, imm: number, off = 0): number[] {
  const b = new Uint8Array(8);
  const v = new DataView(b.buffer);
  b[0] = opcode;
  b[1] = regs;
  v.setInt16(2, off, true);
  v.setInt32(4, imm, true);
  return [...b];
}

export const lddw = (dst: number, imm64: bigint) => [
  ...insn(0x18, dst, Number(imm64 & 0xffff_ffffn) | 0),
  ...insn(0, 0, Number(imm64 >> 32n) | 0),
];
/** LLVM's encoding of a call to be relocated: src = 1 (pseudo call), imm = -1. */
export const call = (imm = -1) => insn(0x85, 0x10, imm);
export const exit = () => insn(0x95, 0, 0);
export const mov0 = (imm: number) => insn(0xb7, 0, imm);

export const u64le = (x: bigint) => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, x, true);
  return [...b];
};

export interface SectionSpec {
  name: string;
  bytes?: number[];
  size?: number;
  flags?: number;
  type?: number;
  align?: number;
}

export const TEXT = SHF_ALLOC | SHF_EXECINSTR;
export const RODATA = SHF_ALLOC;
export const DATA = SHF_ALLOC | SHF_WRITE;

/** An ObjectFile with section 0 = null, then `sections` in order (indexes 1…). */
export type SymbolSpec = Pick<InputSymbol, 'name' | 'value' | 'shndx'> & Partial<InputSymbol>;

export function makeObject(
  sections: SectionSpec[],
  symbols: SymbolSpec[],
  relocations: { target: string; entries: InputRelocation[]; rela?: boolean }[] = [],
): ObjectFile {
  const secs: InputSection[] = [
    { index: 0, name: '', type: 0, flags: 0, offset: 0, size: 0, link: 0, info: 0, align: 1, entsize: 0, data: new Uint8Array(0) },
    ...sections.map((s, i) => {
      const type = s.type ?? SHT_PROGBITS;
      const data = type === SHT_NOBITS ? new Uint8Array(0) : new Uint8Array(s.bytes ?? []);
      return {
        index: i + 1,
        name: s.name,
        type,
        flags: s.flags ?? (s.name.startsWith('.text') ? TEXT : RODATA),
        offset: 0,
        size: s.size ?? data.length,
        link: 0,
        info: 0,
        align: s.align ?? (s.name.startsWith('.text') ? 8 : 1),
        entsize: 0,
        data,
      };
    }),
  ];
  const index = (name: string) => {
    const i = secs.findIndex((s) => s.name === name);
    if (i < 0) throw new Error(`no section ${name}`);
    return i;
  };
  const syms: InputSymbol[] = [
    { name: '', value: 0, size: 0, type: STT_NOTYPE, bind: STB_LOCAL, shndx: 0 },
    ...symbols.map((s) => ({
      size: 0,
      bind: STB_GLOBAL,
      type: s.shndx === 0 ? STT_NOTYPE : STT_FUNC,
      ...s,
    })),
  ];
  return {
    sections: secs,
    symbols: syms,
    relocations: relocations.map((r) => ({ target: index(r.target), name: `.rel${r.target}`, entries: r.entries, rela: r.rela ?? false })),
  };
}

/** Symbol for a section (what LLVM uses for local data). */
export const sectionSymbol = (shndx: number): SymbolSpec => ({
  name: '',
  value: 0,
  shndx,
  type: STT_SECTION,
  bind: STB_LOCAL,
});

/**
 * Serialises a hand-made ObjectFile as an ELF relocatable file, so tests can
 * run `convert` (which reads bytes) on it. Layout: header, section bodies,
 * .symtab, .strtab, .rel* tables, .shstrtab, section headers.
 */
export function toElf(obj: ObjectFile): Uint8Array {
  const chunks: { bytes: number[]; align: number }[] = [];
  let size = 64;
  const place = (bytes: number[], align: number) => {
    size = Math.ceil(size / align) * align;
    const at = size;
    chunks.push({ bytes, align });
    size += bytes.length;
    return at;
  };
  const strings = (list: string[]) => {
    const bytes = [0];
    const offsets = list.map((s) => {
      if (!s) return 0;
      const at = bytes.length;
      bytes.push(...Buffer.from(s, 'latin1'), 0);
      return at;
    });
    return { bytes, offsets };
  };
  const le = (width: 2 | 4 | 8, x: number | bigint) => {
    const b = new Uint8Array(width);
    const v = new DataView(b.buffer);
    if (width === 2) v.setUint16(0, Number(x), true);
    else if (width === 4) v.setUint32(0, Number(x), true);
    else v.setBigUint64(0, BigInt(x), true);
    return [...b];
  };

  type Header = { name: string; type: number; flags: number; offset: number; size: number; link: number; info: number; entsize: number };
  const headers: Header[] = [];
  for (const s of obj.sections.slice(1)) {
    const offset = place([...s.data], 8);
    headers.push({ name: s.name, type: s.type, flags: s.flags, offset, size: s.size, link: 0, info: 0, entsize: 0 });
  }
  const symtabIndex = obj.sections.length;
  const symNames = strings(obj.symbols.map((s) => s.name));
  const symtab = obj.symbols.flatMap((s, i) => [...le(4, symNames.offsets[i]!), (s.bind << 4) | s.type, 0, ...le(2, s.shndx), ...le(8, s.value), ...le(8, s.size)]);
  headers.push({ name: '.symtab', type: 2, flags: 0, offset: place(symtab, 8), size: symtab.length, link: symtabIndex + 1, info: 1, entsize: 24 });
  headers.push({ name: '.strtab', type: 3, flags: 0, offset: place(symNames.bytes, 1), size: symNames.bytes.length, link: 0, info: 0, entsize: 0 });
  for (const r of obj.relocations) {
    const rel = r.entries.flatMap((e) => [...le(8, e.offset), ...le(8, (BigInt(e.symbol) << 32n) | BigInt(e.type))]);
    headers.push({ name: r.name, type: 9, flags: 0, offset: place(rel, 8), size: rel.length, link: symtabIndex, info: r.target, entsize: 16 });
  }
  const shnames = strings([...headers.map((h) => h.name), '.shstrtab']);
  headers.push({ name: '.shstrtab', type: 3, flags: 0, offset: place(shnames.bytes, 1), size: shnames.bytes.length, link: 0, info: 0, entsize: 0 });
  const shoff = place([], 8);

  const file = new Uint8Array(shoff + (headers.length + 1) * 64);
  let at = 64;
  for (const c of chunks) {
    at = Math.ceil(at / c.align) * c.align;
    file.set(c.bytes, at);
    at += c.bytes.length;
  }
  headers.forEach((h, i) => {
    const row = [
      ...le(4, shnames.offsets[i]!), ...le(4, h.type), ...le(8, h.flags), ...le(8, 0), ...le(8, h.offset),
      ...le(8, h.size), ...le(4, h.link), ...le(4, h.info), ...le(8, 8), ...le(8, h.entsize),
    ];
    file.set(row, shoff + (i + 1) * 64);
  });
  file.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1], 0);
  file.set(le(2, 1), 16); // ET_REL
  file.set(le(2, 247), 18); // EM_BPF
  file.set(le(4, 1), 20);
  file.set(le(8, shoff), 40);
  file.set(le(2, 64), 52);
  file.set(le(2, 64), 58);
  file.set(le(2, headers.length + 1), 60);
  file.set(le(2, headers.length), 62); // .shstrtab is last
  return file;
}
