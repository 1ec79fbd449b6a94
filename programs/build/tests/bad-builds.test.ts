/**
 * Each bad fixture must stop the build with one clear Keel message that names
 * the program and says what to change, not a wall of compiler output.
 */
import { describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, fixtureFailure } from './helpers/fixtures';

describe('bad builds fail loudly', { timeout: BUILD_TIMEOUT }, () => {
  it('refuses a writable global (static mut → .data), naming the static', async () => {
    const e = await fixtureFailure('bad-static-mut');
    expect(e.failures.map((f) => f.program)).toEqual(['bad-static-mut']);
    expect(e.message).toMatch(/program `bad-static-mut` failed to build/);
    expect(e.message).toMatch(/writable data section \.data \(defined there: bad_static_mut::COUNTER\)/);
    expect(e.message).toMatch(/static mut/);
  });

  it('refuses a stack frame over 4096 bytes, naming the function, in one line', async () => {
    const e = await fixtureFailure('bad-big-stack');
    expect(e.failures).toHaveLength(1);
    const [message] = e.failures[0]!.messages;
    expect(e.failures[0]!.messages).toHaveLength(1);
    expect(message).toMatch(/function `bad_big_stack::fill`: stack frame larger than 4096 bytes, the SBF limit/);
    // LLVM's own wording (per-cpu maps, -mllvm) is replaced, not appended.
    expect(message).not.toMatch(/per-cpu array map|mllvm/);
    expect(message!.split('\n')).toHaveLength(1);
  });

  it('refuses a program without an entrypoint', async () => {
    const e = await fixtureFailure('bad-no-entrypoint');
    expect(e.message).toMatch(/program `bad-no-entrypoint` failed to build/);
    expect(e.message).toMatch(/no `entrypoint` function in the program/);
    expect(e.message).toMatch(/\[no-entrypoint\]/);
  });

  it('refuses an unsupported relocation type, naming type, place and symbol', async () => {
    const e = await fixtureFailure('bad-abs32');
    expect(e.message).toMatch(/unsupported relocation R_BPF_64_ABS32 at \.rodata\.table\+0x0 against `entrypoint`/);
    expect(e.message).toMatch(/\[unsupported-relocation\]/);
  });

  it('refuses a call to an undefined function that is not a syscall', async () => {
    const e = await fixtureFailure('bad-syscall');
    expect(e.message).toMatch(/call to undefined function `sol_lgo_`, which is not a Solana syscall/);
  });
});
