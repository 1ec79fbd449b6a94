/**
 * A deliberately separate, minimal reader for the converter's OUTPUT (ET_DYN),
 * so layout tests do not trust the code they test.
 */
export interface OutSection {
  name: string;
  type: number;
  flags: number;
  addr: number;
  offset: number;
  size: number;
  link: number;
  info: number;
  entsize: number;
}

export interface OutProgramHeader {
  type: number;
  flags: number;
  offset: number;
  vaddr: number;
  filesz: number;
  memsz: number;
}

export interface OutElf {
  type: number;
  machine: number;
  flags: number;
  osabi: number;
  entry: number;
  phoff: number;
  shoff: number;
  phdrs: OutProgramHeader[];
  sections: OutSection[];
  bytes: Uint8Array;
  view: DataView;
}

export function inspect(bytes: Uint8Array): OutElf {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = (at: number) => Number(view.getBigUint64(at, true));
  const phoff = n(32);
  const shoff = n(40);
  const phnum = view.getUint16(56, true);
  const shnum = view.getUint16(60, true);
  const shstrndx = view.getUint16(62, true);
  const phdrs = Array.from({ length: phnum }, (_, i) => {
    const at = phoff + i * 56;
    return { type: view.getUint32(at, true), flags: view.getUint32(at + 4, true), offset: n(at + 8), vaddr: n(at + 16), filesz: n(at + 32), memsz: n(at + 40) };
  });
  const raw = Array.from({ length: shnum }, (_, i) => {
    const at = shoff + i * 64;
    return {
      nameOffset: view.getUint32(at, true),
      type: view.getUint32(at + 4, true),
      flags: n(at + 8),
      addr: n(at + 16),
      offset: n(at + 24),
      size: n(at + 32),
      link: view.getUint32(at + 40, true),
      info: view.getUint32(at + 44, true),
      entsize: n(at + 56),
    };
  });
  const strtab = raw[shstrndx]!;
  const name = (off: number) => {
    let end = strtab.offset + off;
    while (bytes[end] !== 0) end++;
    return Buffer.from(bytes.subarray(strtab.offset + off, end)).toString('latin1');
  };
  return {
    type: view.getUint16(16, true),
    machine: view.getUint16(18, true),
    flags: view.getUint32(48, true),
    osabi: bytes[7]!,
    entry: n(24),
    phoff,
    shoff,
    phdrs,
    sections: raw.map((s) => ({ ...s, name: name(s.nameOffset) })),
    bytes,
    view,
  };
}

export function section(elf: OutElf, name: string): OutSection {
  const s = elf.sections.find((x) => x.name === name);
  if (!s) throw new Error(`no section ${name}`);
  return s;
}
