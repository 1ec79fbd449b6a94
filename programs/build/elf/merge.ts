/**
 * Sorts the object's allocated sections into the two the SBPFv0 loader maps:
 * every executable section into one `.text` (the loader demands exactly one),
 * every read-only section (`.rodata*`, `.data.rel.ro*`) into one `.rodata`.
 * Writable data has nowhere to live on SBF (the program image is read-only), so
 * `.data`/`.bss` are refused here with the symbols that put them there.
 *
 * Input order is kept, so the output depends only on the object's bytes.
 */
import { INSN_SIZE, SHF_ALLOC, SHF_EXECINSTR, SHF_WRITE, SHT_NOBITS, SHT_PROGBITS } from './constants';
import { demangle } from './demangle';
import { ConvertError } from './errors';
import type { InputSection, ObjectFile } from './reader';

export type OutputKind = 'text' | 'rodata';

export interface Placement {
  kind: OutputKind;
  /** Offset of the input section inside its output section. */
  offset: number;
}

export interface MergedSection {
  bytes: Uint8Array;
  /** Largest input alignment; the output section's address must honour it. */
  align: number;
}

export interface Merged {
  text: MergedSection;
  rodata: MergedSection;
  /** Input section index → where it landed. Absent = not loaded (debug info, notes, symbol tables). */
  placements: Map<number, Placement>;
}

export function alignUp(value: number, align: number): number {
  return Math.ceil(value / align) * align;
}

function classify(s: InputSection, obj: ObjectFile): OutputKind | undefined {
  if ((s.flags & SHF_ALLOC) === 0) return undefined;
  if (s.size === 0) return undefined;
  if (s.type !== SHT_PROGBITS && s.type !== SHT_NOBITS) {
    throw new ConvertError('unsupported-section', `section ${s.name} has type ${s.type}; only PROGBITS/NOBITS can be loaded`);
  }
  if (s.flags & SHF_EXECINSTR) return 'text';
  // `.data.rel.ro` is marked writable only because a dynamic linker would patch it;
  // the converter resolves its relocations statically, so it is read-only data.
  const relro = s.name === '.data.rel.ro' || s.name.startsWith('.data.rel.ro.');
  if (s.flags & SHF_WRITE && !relro) {
    const owners = obj.symbols
      .filter((sym) => sym.shndx === s.index && sym.name && sym.type !== 3)
      .map((sym) => demangle(sym.name));
    const named = owners.length ? ` (defined there: ${owners.join(', ')})` : '';
    throw new ConvertError(
      'writable-data',
      `writable data section ${s.name}${named}: SBF programs cannot have writable globals. ` +
        'Remove `static mut` (and statics with interior mutability); keep state in accounts, constants in `const`/`static`.',
    );
  }
  return 'rodata';
}

export function mergeSections(obj: ObjectFile): Merged {
  const placements = new Map<number, Placement>();
  const parts: Record<OutputKind, { section: InputSection; offset: number }[]> = { text: [], rodata: [] };
  const size: Record<OutputKind, number> = { text: 0, rodata: 0 };
  const align: Record<OutputKind, number> = { text: INSN_SIZE, rodata: 1 };

  for (const s of obj.sections) {
    const kind = classify(s, obj);
    if (!kind) continue;
    const a = kind === 'text' ? Math.max(INSN_SIZE, s.align) : s.align;
    const offset = alignUp(size[kind], a);
    parts[kind].push({ section: s, offset });
    placements.set(s.index, { kind, offset });
    size[kind] = offset + s.size;
    align[kind] = Math.max(align[kind], a);
  }
  if (size.text % INSN_SIZE !== 0) {
    throw new ConvertError('bad-object', `executable sections total ${size.text} bytes, not a whole number of instructions`);
  }

  const build = (kind: OutputKind): MergedSection => {
    const bytes = new Uint8Array(size[kind]);
    // NOBITS sections stay zero-filled.
    for (const { section, offset } of parts[kind]) bytes.set(section.data, offset);
    return { bytes, align: align[kind] };
  };
  return { text: build('text'), rodata: build('rodata'), placements };
}
