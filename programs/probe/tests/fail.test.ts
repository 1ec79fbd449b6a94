import { describe, expect, it } from 'vitest';
import { FailKind, getFailInstruction, PROBE_ERROR__DELIBERATE_FAILURE, PROBE_ERROR__INVALID_MODE, PROBE_ERRORS } from '@/lib/programs/probe';
import { createSvm, expectFailure, fundedSigner, send, withData } from '@/programs/test-support';

describe('probe fail', () => {
  it('returns named errors and survives a panic', async () => {
    const svm = createSvm(['probe']);
    const payer = await fundedSigner(svm);
    const ix = getFailInstruction({ kind: FailKind.Error });

    // Fail: empty instruction data (no discriminator)
    let failure = expectFailure(await send(svm, payer, [withData(ix, new Uint8Array())]));
    expect(failure.error).toBe('InvalidInstructionData');

    // Fail: unknown discriminator
    failure = expectFailure(await send(svm, payer, [withData(ix, Uint8Array.of(200))]));
    expect(failure.error).toBe('InvalidInstructionData');

    // Fail: data too short for fail
    failure = expectFailure(await send(svm, payer, [withData(ix, Uint8Array.of(8))]));
    expect(failure.error).toBe('InvalidInstructionData');

    // Fail: unknown kind
    failure = expectFailure(await send(svm, payer, [withData(ix, Uint8Array.of(8, 9))]));
    expect(failure.error).toBe(`Custom(${PROBE_ERROR__INVALID_MODE})`);

    // Fail: panic — the handler logs the location and aborts
    failure = expectFailure(await send(svm, payer, [getFailInstruction({ kind: FailKind.Panic })]));
    expect(failure.error).toBe('ProgramFailedToComplete');
    expect(failure.logs).toContain('Program log: panicked');
    expect(failure.logs.at(-1)).toMatch(/failed: SBF program Panicked in probe\/src\/instructions\/fail\.rs at \d+:\d+$/);

    // Success (of the error path): Custom(0) travels as builtin 1 and comes back as Custom(0)
    failure = expectFailure(await send(svm, payer, [ix]));
    expect(failure.error).toBe('Custom(0)');
    expect(failure.customCode).toBe(PROBE_ERROR__DELIBERATE_FAILURE);
    expect(PROBE_ERRORS[failure.customCode!]?.name).toBe('DeliberateFailure');
    expect(failure.logs.at(-1)).toMatch(/failed: custom program error: 0x0$/);
    expect(failure.computeUnits).toBeLessThan(400);
  });
});
