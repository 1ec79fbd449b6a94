import { describe, expect, it } from 'vitest';
import { baseSpec, committedSpecText, deriveSpec, specText } from '../toolchain/spec';

describe('the keel-sbf target spec', () => {
  it('is rustc\'s bpfel-unknown-none with the SBPFv0 edits (regenerate: tsx programs/build/toolchain/spec.ts --write)', () => {
    expect(committedSpecText()).toBe(specText(deriveSpec(baseSpec())));
  });

  it('has the edits SBPFv0 needs', () => {
    const spec = JSON.parse(committedSpecText()) as Record<string, unknown>;
    expect(spec).toMatchObject({ arch: 'bpf', cpu: 'v2', 'obj-is-bitcode': false, 'max-atomic-width': 0, 'no-builtins': false, 'panic-strategy': 'abort' });
    expect(spec).not.toHaveProperty('min-atomic-width');
    expect(spec).not.toHaveProperty('metadata');
  });
});
