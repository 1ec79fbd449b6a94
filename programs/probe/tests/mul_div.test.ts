import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeMulDivReturn,
  getMulDivInstruction,
  MulDivMode,
  PROBE_ERROR__DIVIDE_BY_ZERO,
  PROBE_ERROR__INVALID_MODE,
  PROBE_ERROR__MATH_OVERFLOW,
  PROBE_ERROR__OPERAND_TOO_LARGE,
} from '@/lib/programs/probe';
import { expectFailure, expectSuccess, send, simulate, type TxResult, withData } from '@/programs/test-support';
import { probeSvm } from './helpers/probe';

const U64_MAX = 2n ** 64n - 1n;
const U128_MAX = 2n ** 128n - 1n;

/** What the program must answer, computed with bigints. */
function expected(mode: MulDivMode, a: bigint, b: bigint, c: bigint): { value: bigint } | { custom: number } {
  if (c === 0n) return { custom: PROBE_ERROR__DIVIDE_BY_ZERO };
  const wide = mode === MulDivMode.U128Floor || mode === MulDivMode.U128Ceil;
  const max = wide ? U128_MAX : U64_MAX;
  if (!wide && (a > U64_MAX || b > U64_MAX || c > U64_MAX)) return { custom: PROBE_ERROR__OPERAND_TOO_LARGE };
  const ceil = mode === MulDivMode.U64Ceil || mode === MulDivMode.U128Ceil;
  const value = ceil ? (a * b + c - 1n) / c : (a * b) / c;
  return value > max ? { custom: PROBE_ERROR__MATH_OVERFLOW } : { value };
}

function outcome(mode: MulDivMode, result: TxResult): { value: bigint } | { custom: number } {
  if (result.ok) return { value: decodeMulDivReturn(mode, result.returnData) };
  if (result.customCode === null) throw new Error(`unexpected failure ${result.error}\n${result.logs.join('\n')}`);
  return { custom: result.customCode };
}

describe('probe mul_div', () => {
  it('computes a * b / c with named errors', async () => {
    const { svm, payer } = await probeSvm();
    const ix = (mode: MulDivMode, a: bigint, b: bigint, c: bigint) => getMulDivInstruction({ mode, a, b, c });

    // Fail: data too short
    let failure = expectFailure(await send(svm, payer, [withData(ix(0, 1n, 1n, 1n), Uint8Array.of(7, 0))]));
    expect(failure.error).toBe('InvalidInstructionData');

    // Fail: divide by zero
    failure = expectFailure(await send(svm, payer, [ix(MulDivMode.U64Floor, 1n, 1n, 0n)]));
    expect(failure.error).toBe(`Custom(${PROBE_ERROR__DIVIDE_BY_ZERO})`);

    // Fail: u64 result overflows
    failure = expectFailure(await send(svm, payer, [ix(MulDivMode.U64Floor, U64_MAX, 2n, 1n)]));
    expect(failure.error).toBe(`Custom(${PROBE_ERROR__MATH_OVERFLOW})`);

    // Fail: u128 result overflows
    failure = expectFailure(await send(svm, payer, [ix(MulDivMode.U128Floor, U128_MAX, U128_MAX, U128_MAX - 1n)]));
    expect(failure.error).toBe(`Custom(${PROBE_ERROR__MATH_OVERFLOW})`);

    // Fail: operand beyond u64 in a u64 mode
    failure = expectFailure(await send(svm, payer, [ix(MulDivMode.U64Ceil, 2n ** 64n, 1n, 1n)]));
    expect(failure.error).toBe(`Custom(${PROBE_ERROR__OPERAND_TOO_LARGE})`);

    // Fail: unknown mode (the typed builder refuses it, so the byte is patched)
    const valid = ix(MulDivMode.U64Floor, 1n, 1n, 1n);
    failure = expectFailure(await send(svm, payer, [withData(valid, Uint8Array.from([7, 9, ...valid.data.slice(2)]))]));
    expect(failure.error).toBe(`Custom(${PROBE_ERROR__INVALID_MODE})`);

    // Success
    const cases: [MulDivMode, bigint, bigint, bigint, bigint][] = [
      [MulDivMode.U64Floor, 10n, 10n, 3n, 33n],
      [MulDivMode.U64Ceil, 10n, 10n, 3n, 34n],
      [MulDivMode.U64Floor, U64_MAX, U64_MAX, U64_MAX, U64_MAX],
      [MulDivMode.U128Floor, U128_MAX, U128_MAX, U128_MAX, U128_MAX],
      [MulDivMode.U128Floor, 2n ** 100n + 7n, 3n ** 60n, 2n ** 70n + 1n, ((2n ** 100n + 7n) * 3n ** 60n) / (2n ** 70n + 1n)],
      [MulDivMode.U128Ceil, 2n ** 127n, 3n, 2n ** 64n + 5n, (2n ** 127n * 3n + 2n ** 64n + 4n) / (2n ** 64n + 5n)],
    ];
    for (const [mode, a, b, c, value] of cases) {
      const result = expectSuccess(await send(svm, payer, [ix(mode, a, b, c)]));
      expect(decodeMulDivReturn(mode, result.returnData)).toBe(value);
      expect(result.computeUnits).toBeLessThan(1_500);
    }
  });

  it('matches bigint math (property)', async () => {
    const { svm, payer } = await probeSvm();
    // Operands of every width (so small, u64-sized and u128-sized values all
    // occur), plus c just above a·b / 2^128 to reach the 256-bit division's edge.
    const wide = fc.integer({ min: 0, max: 128 }).chain((bits) => fc.bigInt({ min: 0n, max: 2n ** BigInt(bits) - 1n }));
    const narrow = fc.integer({ min: 0, max: 64 }).chain((bits) => fc.bigInt({ min: 0n, max: 2n ** BigInt(bits) - 1n }));
    const modes = fc.constantFrom(MulDivMode.U64Floor, MulDivMode.U64Ceil, MulDivMode.U128Floor, MulDivMode.U128Ceil);
    const input = fc.oneof(
      fc.record({ mode: modes, a: wide, b: wide, c: wide }),
      fc.record({ mode: modes, a: narrow, b: narrow, c: narrow }),
      fc.record({ mode: modes, a: wide, b: wide, k: narrow }).map(({ mode, a, b, k }) => ({ mode, a, b, c: (a * b) / 2n ** 128n + 1n + (k % 1000n) })),
    );
    await fc.assert(
      fc.asyncProperty(input, async ({ mode, a, b, c }) => {
        const result = await simulate(svm, payer, [getMulDivInstruction({ mode, a, b, c })]);
        expect(outcome(mode, result)).toEqual(expected(mode, a, b, c));
      }),
      { numRuns: 400 },
    );
  });
});
