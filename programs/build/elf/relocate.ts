/**
 * Applies the object's relocations to the merged `.text`/`.rodata`.
 *
 * Everything is resolved statically except syscalls: the program's addresses
 * are fixed once the layout is (a loaded section lives at
 * 0x1_0000_0000 + its file offset), so only the murmur3 keys of syscalls are
 * left to the loader, through `.rel.dyn`.
 *
 *   R_BPF_64_64    (lddw)   imm64 := 0x1_0000_0000 + S + A, A = the imm64 already there
 *   R_BPF_64_ABS64 (data)   u64   := 0x1_0000_0000 + S + A, A = the u64 already there
 *   R_BPF_64_32    (call)   defined S: imm := target_pc - (pc + 1), target = S + (imm + 1)·8
 *                           undefined S: a syscall, imm stays -1, `.rel.dyn` entry of type 10
 *
 * Relocations inside sections that are not loaded (debug info) are ignored.
 */
import {
  INSN_SIZE,
  MM_PROGRAM_START,
  OP_CALL_IMM,
  OP_LDDW,
  R_BPF_64_32,
  R_BPF_64_64,
  R_BPF_64_ABS64,
  R_BPF_NONE,
  SHN_LORESERVE,
  SHN_UNDEF,
  relocationName,
} from './constants';
import { readImm, readLddwImm, readU64, writeImm, writeLddwImm, writeU64 } from './bpf';
import { demangle } from './demangle';
import { ConvertError } from './errors';
import type { Merged, OutputKind } from './merge';
import type { InputRelocation, InputSymbol, ObjectFile, RelocationTable } from './reader';
import { isKnownSyscall, syscallHint } from './syscalls';

/** Output address (= file offset) of `.text` and `.rodata`. */
export type Bases = Record<OutputKind, number>;

export interface SyscallSite {
  /** Address (= file offset) of the `call` instruction in the output file. */
  offset: number;
  name: string;
}

function symbolLabel(sym: InputSymbol, obj: ObjectFile): string {
  if (sym.type === 3 /* STT_SECTION */) return obj.sections[sym.shndx]?.name ?? `section ${sym.shndx}`;
  return sym.name ? `\`${demangle(sym.name)}\`` : '(unnamed symbol)';
}

/** Address of a defined symbol, or undefined for an undefined one. */
function symbolAddress(sym: InputSymbol, obj: ObjectFile, merged: Merged, bases: Bases): number | undefined {
  if (sym.shndx === SHN_UNDEF) return undefined;
  if (sym.shndx >= SHN_LORESERVE) {
    throw new ConvertError('unsupported-relocation', `symbol ${symbolLabel(sym, obj)} is absolute or common (index 0x${sym.shndx.toString(16)}); SBF programs cannot refer to it`);
  }
  const placement = merged.placements.get(sym.shndx);
  if (!placement) {
    throw new ConvertError('unsupported-relocation', `symbol ${symbolLabel(sym, obj)} lives in ${obj.sections[sym.shndx]?.name}, which is not loaded`);
  }
  return bases[placement.kind] + placement.offset + sym.value;
}

export function applyRelocations(obj: ObjectFile, merged: Merged, bases: Bases): SyscallSite[] {
  const syscalls: SyscallSite[] = [];
  for (const table of obj.relocations) {
    const placement = merged.placements.get(table.target);
    if (!placement) continue; // relocations of debug or other unloaded sections
    if (table.rela) {
      throw new ConvertError('unsupported-relocation', `${table.name}: RELA relocations are not produced for BPF and are not supported`);
    }
    for (const rel of table.entries) applyOne(rel, table, placement.kind, placement.offset, obj, merged, bases, syscalls);
  }
  return syscalls;
}

function applyOne(
  rel: InputRelocation,
  table: RelocationTable,
  kind: OutputKind,
  sectionOffset: number,
  obj: ObjectFile,
  merged: Merged,
  bases: Bases,
  syscalls: SyscallSite[],
): void {
  const bytes = merged[kind].bytes;
  const at = sectionOffset + rel.offset; // inside the output section
  const sym = obj.symbols[rel.symbol]!;
  const where = `${table.name.replace(/^\.rel/, '')}+0x${rel.offset.toString(16)}`;
  const describe = () => `${relocationName(rel.type)} at ${where} against ${symbolLabel(sym, obj)}`;
  const needInstruction = (opcode: number, what: string) => {
    const size = opcode === OP_LDDW ? 2 * INSN_SIZE : INSN_SIZE;
    if (kind !== 'text' || at % INSN_SIZE !== 0 || at + size > bytes.length || bytes[at] !== opcode) {
      throw new ConvertError('unsupported-relocation', `${describe()}: expected it on a ${what} instruction in .text`);
    }
  };
  const defined = () => {
    const s = symbolAddress(sym, obj, merged, bases);
    if (s === undefined) {
      throw new ConvertError(
        'undefined-symbol',
        `${describe()}: the program takes the address of ${symbolLabel(sym, obj)}, which is not defined. ` +
          'Only calls may go to undefined functions (syscalls).',
      );
    }
    return BigInt(s);
  };

  switch (rel.type) {
    case R_BPF_NONE:
      return;
    case R_BPF_64_64: {
      needInstruction(OP_LDDW, 'lddw');
      writeLddwImm(bytes, at, MM_PROGRAM_START + defined() + readLddwImm(bytes, at));
      return;
    }
    case R_BPF_64_ABS64: {
      if (at + 8 > bytes.length) throw new ConvertError('unsupported-relocation', `${describe()}: runs past its section`);
      writeU64(bytes, at, MM_PROGRAM_START + defined() + readU64(bytes, at));
      return;
    }
    case R_BPF_64_32: {
      needInstruction(OP_CALL_IMM, 'call');
      const pc = (bases.text + at) / INSN_SIZE;
      const s = symbolAddress(sym, obj, merged, bases);
      if (s === undefined) {
        if (!isKnownSyscall(sym.name)) {
          throw new ConvertError('unknown-syscall', `call to undefined function \`${sym.name}\`, which is not a Solana syscall: ${syscallHint(sym.name)}`);
        }
        writeImm(bytes, at, -1);
        bytes[at + 1] = 0; // src = 0: a plain call, resolved by the loader through .rel.dyn
        syscalls.push({ offset: bases.text + at, name: sym.name });
        return;
      }
      const target = s + (readImm(bytes, at) + 1) * INSN_SIZE;
      const textEnd = bases.text + merged.text.bytes.length;
      if (target < bases.text || target >= textEnd || (target - bases.text) % INSN_SIZE !== 0) {
        throw new ConvertError('unsupported-relocation', `${describe()}: call target 0x${target.toString(16)} is not an instruction in .text`);
      }
      const relative = target / INSN_SIZE - (pc + 1);
      // imm = -1 means "syscall" to the loader; a call to itself cannot be expressed.
      if (relative === -1) throw new ConvertError('bad-instruction', `${describe()}: a call to its own address cannot be encoded`);
      writeImm(bytes, at, relative);
      return;
    }
    default:
      throw new ConvertError(
        'unsupported-relocation',
        `unsupported relocation ${describe()}. The SBPFv0 loader only honours 64-bit addresses ` +
          '(R_BPF_64_64, R_BPF_64_ABS64) and calls (R_BPF_64_32); 32-bit absolute addresses cannot hold ' +
          'an SBF address (0x1_0000_0000 + offset).',
      );
  }
}
