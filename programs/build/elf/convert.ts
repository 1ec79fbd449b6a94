/**
 * Relocatable BPF object (what LLVM leaves after fat LTO) → SBPFv0 shared
 * object the Solana loader accepts. Steps, in order:
 *
 *   read → merge sections → plan where .text/.rodata go → relocate →
 *   fix callx encoding → check instructions and loader keys → write
 */
import { INSN_SIZE, SHN_UNDEF, STT_FUNC } from './constants';
import { callTargets, checkInstructions, rewriteCallx } from './bpf';
import { ConvertError } from './errors';
import { mergeSections } from './merge';
import { functionKey, murmur3_32 } from './murmur3';
import { readObject } from './reader';
import { applyRelocations } from './relocate';
import { KNOWN_SYSCALLS } from './syscalls';
import { planLayout, writeSharedObject } from './writer';

export interface ConvertResult {
  so: Uint8Array;
  textSize: number;
  rodataSize: number;
  syscalls: string[];
}

export const ENTRYPOINT = 'entrypoint';

export function convert(object: Uint8Array): ConvertResult {
  const obj = readObject(object);
  const merged = mergeSections(obj);
  const layout = planLayout(merged.text.bytes.length, merged.rodata.bytes.length, merged.rodata.align);
  const bases = { text: layout.textOffset, rodata: layout.rodataOffset };

  const entrySym = obj.symbols.find((s) => s.name === ENTRYPOINT && s.shndx !== SHN_UNDEF);
  const entryPlacement = entrySym && merged.placements.get(entrySym.shndx);
  if (!entrySym || entryPlacement?.kind !== 'text') {
    throw new ConvertError(
      'no-entrypoint',
      'no `entrypoint` function in the program. Export one: ' +
        '`#[unsafe(no_mangle)] pub unsafe extern "C" fn entrypoint(input: *mut u8) -> u64` ' +
        '(keel-sdk provides it through its entrypoint macro).',
    );
  }
  const entry = bases.text + entryPlacement.offset + entrySym.value;
  if (entry % INSN_SIZE !== 0) throw new ConvertError('no-entrypoint', `entrypoint at 0x${entry.toString(16)} is not instruction-aligned`);
  if (entrySym.type !== STT_FUNC) throw new ConvertError('no-entrypoint', '`entrypoint` is not a function');

  const syscalls = applyRelocations(obj, merged, bases);
  rewriteCallx(merged.text.bytes);
  checkInstructions(merged.text.bytes);
  checkCallKeys(callTargets(merged.text.bytes), (entry - bases.text) / INSN_SIZE);

  const so = writeSharedObject({
    layout,
    text: merged.text.bytes,
    rodata: merged.rodata.bytes,
    rodataAlign: merged.rodata.align,
    entry,
    syscalls,
  });
  return {
    so,
    textSize: merged.text.bytes.length,
    rodataSize: merged.rodata.bytes.length,
    syscalls: [...new Set(syscalls.map((s) => s.name))].sort(),
  };
}

/**
 * The loader registers each call target under murmur3(pc as u64) and the entry
 * under murmur3("entrypoint"), and refuses the program if a key equals a
 * syscall's key or two targets share one. Vanishingly rare, but a build that
 * would not load must not pass.
 */
function checkCallKeys(targets: Set<number>, entryPc: number): void {
  const taken = new Map<number, string>(KNOWN_SYSCALLS.map((name) => [murmur3_32(name), `syscall ${name}`]));
  taken.set(murmur3_32(ENTRYPOINT), `the entrypoint (pc ${entryPc})`);
  for (const pc of [...targets].sort((a, b) => a - b)) {
    const key = functionKey(pc);
    const other = taken.get(key);
    if (other !== undefined && other !== `the entrypoint (pc ${pc})`) {
      throw new ConvertError(
        'hash-collision',
        `the function at instruction ${pc} has loader key 0x${key.toString(16)}, the same as ${other}; ` +
          'change the code layout (e.g. mark a function #[inline(never)] or reorder functions)',
      );
    }
    taken.set(key, `the function at pc ${pc}`);
  }
}
