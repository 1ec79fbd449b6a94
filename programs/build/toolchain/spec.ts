/**
 * The `keel-sbf` target: rustc's built-in `bpfel-unknown-none` with the edits
 * SBPFv0 needs. The committed file (programs/target-spec/keel-sbf.json) is
 * `deriveSpec(<rustc's bpfel spec>)`; spec.test.ts checks that it still is, so a
 * rustc upgrade that changes the base spec is noticed. Regenerate with
 * `npx tsx programs/build/toolchain/spec.ts --write`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { RUSTC, SPEC_PATH } from './paths';
import { runSync, rustEnv } from './exec';

export type TargetSpec = Record<string, unknown>;

export function baseSpec(): TargetSpec {
  const r = runSync(RUSTC, ['-Zunstable-options', '--print', 'target-spec-json', '--target', 'bpfel-unknown-none'], { env: rustEnv() });
  if (r.code !== 0) throw new Error(`${RUSTC} --print target-spec-json failed:\n${r.stderr}`);
  return JSON.parse(r.stdout) as TargetSpec;
}

export function deriveSpec(base: TargetSpec): TargetSpec {
  const spec: TargetSpec = { ...base };
  // v3 adds JMP32 instructions, which SBPFv0 rejects.
  spec.cpu = 'v2';
  // Emit real objects (the base target emits bitcode for bpf-linker).
  spec['obj-is-bitcode'] = false;
  // SBF has no atomics; with width 0 core lowers nothing to atomic instructions.
  spec['max-atomic-width'] = 0;
  delete spec['min-atomic-width'];
  // The kernel-eBPF default marks every crate `no_builtins`; the prototype that
  // established these edits (shared/notes/sbf-toolchain.md) builds with it off.
  spec['no-builtins'] = false;
  // Informational only (tier, description) and it describes the upstream target.
  delete spec.metadata;
  return spec;
}

/** Stable text: sorted keys, two-space indent, trailing newline. */
export function specText(spec: TargetSpec): string {
  const sorted = Object.fromEntries(Object.keys(spec).sort().map((k) => [k, spec[k]]));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

export function committedSpecText(): string {
  return readFileSync(SPEC_PATH, 'utf8');
}

if (require.main === module && process.argv.includes('--write')) {
  writeFileSync(SPEC_PATH, specText(deriveSpec(baseSpec())));
  console.info(`wrote ${SPEC_PATH}`);
}
