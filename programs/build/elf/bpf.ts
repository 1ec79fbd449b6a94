/**
 * BPF instruction access. Layout of one 8-byte slot (little-endian):
 *
 *   byte 0     opcode
 *   byte 1     dst register (low nibble), src register (high nibble)
 *   bytes 2-3  offset (i16)
 *   bytes 4-7  immediate (i32)
 *
 * `lddw` spans two slots: the low 32 bits of its 64-bit immediate in the first
 * slot's imm, the high 32 bits in the second slot's imm (bytes 12-15).
 */
import { CLASS_JMP32, CLASS_MASK, INSN_SIZE, OP_CALL_IMM, OP_CALL_REG, OP_LDDW } from './constants';
import { ConvertError } from './errors';

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function readImm(bytes: Uint8Array, at: number): number {
  return view(bytes).getInt32(at + 4, true);
}

export function writeImm(bytes: Uint8Array, at: number, imm: number): void {
  view(bytes).setInt32(at + 4, imm | 0, true);
}

export function readLddwImm(bytes: Uint8Array, at: number): bigint {
  const v = view(bytes);
  return (BigInt(v.getUint32(at + 12, true)) << 32n) | BigInt(v.getUint32(at + 4, true));
}

export function writeLddwImm(bytes: Uint8Array, at: number, value: bigint): void {
  const v = view(bytes);
  v.setUint32(at + 4, Number(value & 0xffff_ffffn), true);
  v.setUint32(at + 12, Number((value >> 32n) & 0xffff_ffffn), true);
}

export function readU64(bytes: Uint8Array, at: number): bigint {
  return view(bytes).getBigUint64(at, true);
}

export function writeU64(bytes: Uint8Array, at: number, value: bigint): void {
  view(bytes).setBigUint64(at, BigInt.asUintN(64, value), true);
}

/** Calls `visit(pc, opcode)` for each instruction, stepping over `lddw`'s second slot. */
export function forEachInstruction(text: Uint8Array, visit: (pc: number, opcode: number) => void): void {
  const count = text.length / INSN_SIZE;
  for (let pc = 0; pc < count; pc++) {
    const opcode = text[pc * INSN_SIZE]!;
    visit(pc, opcode);
    if (opcode === OP_LDDW) pc++;
  }
}

/**
 * Upstream LLVM encodes `callx rN` with N in the dst field; SBPFv0 reads the
 * register number from the immediate (`reg[imm]`). Move it there so function
 * pointers (`dyn Trait`, `fn` tables) call the right register.
 */
export function rewriteCallx(text: Uint8Array): number {
  let count = 0;
  forEachInstruction(text, (pc, opcode) => {
    if (opcode !== OP_CALL_REG) return;
    const at = pc * INSN_SIZE;
    const dst = text[at + 1]! & 0x0f;
    if (dst === 0 && readImm(text, at) !== 0) return; // already in SBPFv0 form
    writeImm(text, at, dst);
    text[at + 1] = 0;
    count++;
  });
  return count;
}

/** Refuses instruction classes SBPFv0 does not have. */
export function checkInstructions(text: Uint8Array): void {
  forEachInstruction(text, (pc, opcode) => {
    if ((opcode & CLASS_MASK) === CLASS_JMP32) {
      throw new ConvertError(
        'bad-instruction',
        `instruction ${pc} (opcode 0x${opcode.toString(16)}) is a JMP32 jump, which SBPFv0 rejects; ` +
          'the target spec must say "cpu": "v2"',
      );
    }
  });
}

/** Instruction indexes targeted by pc-relative calls (imm ≠ -1). */
export function callTargets(text: Uint8Array): Set<number> {
  const count = text.length / INSN_SIZE;
  const targets = new Set<number>();
  forEachInstruction(text, (pc, opcode) => {
    if (opcode !== OP_CALL_IMM) return;
    const imm = readImm(text, pc * INSN_SIZE);
    if (imm === -1) return;
    const target = pc + 1 + imm;
    if (target < 0 || target >= count) {
      throw new ConvertError('bad-instruction', `call at instruction ${pc} jumps to ${target}, outside .text (0..${count})`);
    }
    targets.add(target);
  });
  return targets;
}
