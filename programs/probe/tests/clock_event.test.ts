import { getU64Decoder, getI64Decoder } from '@solana/codecs';
import { Clock } from 'litesvm';
import { describe, expect, it } from 'vitest';
import { getClockEventInstruction, getClockEventReturnDecoder, PROBE_PROGRAM_ADDRESS } from '@/lib/programs/probe';
import { events, expectFailure, expectSuccess, send, withData } from '@/programs/test-support';
import { probeSvm } from './helpers/probe';

describe('probe clock_event', () => {
  it('reads the clock, logs, emits an event and returns data', async () => {
    const { svm, payer } = await probeSvm();
    svm.setClock(new Clock(1234n, 1_699_990_000n, 7n, 8n, 1_700_000_000n));
    const ix = getClockEventInstruction({ tag: 42 });

    // Fail: data too short
    const failure = expectFailure(await send(svm, payer, [withData(ix, Uint8Array.of(6, 1, 2))]));
    expect(failure.error).toBe('InvalidInstructionData');

    // Success
    const result = expectSuccess(await send(svm, payer, [ix]));
    expect(result.returnProgram).toBe(PROBE_PROGRAM_ADDRESS);
    expect(getClockEventReturnDecoder().decode(result.returnData)).toEqual({
      slot: 1234n,
      unixTimestamp: 1_700_000_000n,
      epoch: 7n,
      tag: 42n,
    });
    expect(result.logs).toContain('Program log: probe: clock_event');
    expect(result.logs).toContain(`Program log: ${PROBE_PROGRAM_ADDRESS}`);
    expect(result.logs).toContain('Program log: 0x4d2, 0x7, 0x6553f100, 0x2a, 0x0');
    expect(result.logs.some((l) => /^Program consumption: \d+ units remaining$/.test(l))).toBe(true);
    expect(result.logs).toContain(`Program return: ${PROBE_PROGRAM_ADDRESS} ${Buffer.from(result.returnData).toString('base64')}`);
    const [event] = events(result.logs);
    expect(event).toHaveLength(4);
    expect(Buffer.from(event![0]!).toString()).toBe('clock');
    expect(getU64Decoder().decode(event![1]!)).toBe(1234n);
    expect(getI64Decoder().decode(event![2]!)).toBe(1_700_000_000n);
    expect(getU64Decoder().decode(event![3]!)).toBe(42n);
    expect(result.computeUnits).toBeLessThan(2_000);
  });
});
