import { describe, expect, it } from 'vitest';
import {
  formatBps,
  formatChainDate,
  formatCountdown,
  formatDays,
  formatMultiplier,
  formatPercent,
  formatTokenAmount,
  parseTokenAmount,
  toInputAmount,
} from './format';

const KEEL = 1_000_000_000n;

describe('parseTokenAmount', () => {
  it.each([
    ['1,234.5', 1_234_500_000_000n],
    ['1234.5', 1_234_500_000_000n],
    ['1 234.5', 1_234_500_000_000n],
    ['100', 100n * KEEL],
    ['  100  ', 100n * KEEL],
    ['0.000000001', 1n],
    ['.5', 500_000_000n],
    ['5.', 5n * KEEL],
    ['1,000,000', 1_000_000n * KEEL],
    ['100000000', 100_000_000n * KEEL],
    ['0', 0n],
    ['18446744073.709551615', 18_446_744_073_709_551_615n],
  ])('%s → %s base units', (input, expected) => {
    expect(parseTokenAmount(input)).toEqual({ ok: true, value: expected });
  });

  it('is exact where floats are not', () => {
    // 0.1 + 0.2 style drift never happens: 9,007,199.254740993 is beyond 2^53 in base units.
    expect(parseTokenAmount('9007199.254740993')).toEqual({ ok: true, value: 9_007_199_254_740_993n });
  });

  it('refuses more decimals than the token has', () => {
    expect(parseTokenAmount('1.0000000001')).toEqual({ ok: false, error: 'At most 9 decimal places.' });
    expect(parseTokenAmount('1.001', 2)).toEqual({ ok: false, error: 'At most 2 decimal places.' });
  });

  it.each([
    ['', 'Enter an amount.'],
    ['   ', 'Enter an amount.'],
    ['-5', 'Enter an amount without a sign.'],
    ['+5', 'Enter an amount without a sign.'],
    ['1e3', 'Write the amount out in digits.'],
    ['1.2.3', 'Use one dot for decimals.'],
    ['1,5', 'Use a dot (.) for decimals; commas only between thousands.'],
    ['12,34', 'Use a dot (.) for decimals; commas only between thousands.'],
    ['1,2345', 'Use a dot (.) for decimals; commas only between thousands.'],
    ['1.234,5', 'Use a dot (.) for decimals; commas only between thousands.'],
    ['abc', 'Enter a number, like 1,234.5.'],
    ['12a', 'Enter a number, like 1,234.5.'],
    ['.', 'Enter a number, like 1,234.5.'],
    ['0x10', 'Enter a number, like 1,234.5.'],
  ])('refuses %j: %s', (input, error) => {
    expect(parseTokenAmount(input)).toEqual({ ok: false, error });
  });
});

describe('formatTokenAmount', () => {
  it.each([
    [0n, {}, '0'],
    [1_234_500_000_000n, {}, '1,234.5'],
    [100_000_000n * KEEL, {}, '100,000,000'],
    [1_234_567_891_234n, {}, '1,234.5678'],
    [1_234_567_891_234n, { maxFractionDigits: 9 }, '1,234.567891234'],
    [1_999_999_999n, { maxFractionDigits: 2 }, '1.99'],
    [5n * KEEL, { minFractionDigits: 2 }, '5.00'],
    [1n, {}, '<0.0001'],
    [1n, { maxFractionDigits: 9 }, '0.000000001'],
    [1n, { maxFractionDigits: 0 }, '<1'],
    [-1_500_000_000n, {}, '-1.5'],
    [12_345n, { decimals: 2 }, '123.45'],
  ])('%s %j → %s', (amount, options, expected) => {
    expect(formatTokenAmount(amount, options)).toBe(expected);
  });

  it('never rounds up (a balance is never shown larger than it is)', () => {
    expect(formatTokenAmount(99_999_999_999n, { maxFractionDigits: 2 })).toBe('99.99');
  });

  it('round-trips through the input form', () => {
    for (const value of [0n, 1n, 1_234_500_000_000n, 18_446_744_073_709_551_615n]) {
      expect(parseTokenAmount(toInputAmount(value))).toEqual({ ok: true, value });
      expect(parseTokenAmount(formatTokenAmount(value, { maxFractionDigits: 9 }))).toEqual({ ok: true, value });
    }
  });
});

describe('ratios, multipliers, times', () => {
  it('formats percentages and bps', () => {
    expect(formatPercent(0.1234)).toBe('12.34 %');
    expect(formatPercent(0.4)).toBe('40 %');
    expect(formatPercent(Number.NaN)).toBe('—');
    expect(formatBps(1_000)).toBe('10 %');
    expect(formatMultiplier(15_000)).toBe('1.5×');
    expect(formatMultiplier(30_000)).toBe('3×');
  });

  it('counts down to an unlock', () => {
    expect(formatCountdown(100n, 100n)).toBe('Unlocked');
    expect(formatCountdown(100n, 200n)).toBe('Unlocked');
    expect(formatCountdown(30n * 86_400n, 0n)).toBe('30 d 0 h');
    expect(formatCountdown(29n * 86_400n + 23n * 3_600n + 59n, 0n)).toBe('29 d 23 h');
    expect(formatCountdown(5n * 3_600n + 12n * 60n, 0n)).toBe('5 h 12 m');
    expect(formatCountdown(250n, 0n)).toBe('4 m 10 s');
  });

  it('names durations in days or hours', () => {
    expect(formatDays(7n * 86_400n)).toBe('7 days');
    expect(formatDays(86_400n)).toBe('1 day');
    expect(formatDays(36n * 3_600n)).toBe('36 h');
  });

  it('shows chain dates in UTC', () => {
    expect(formatChainDate(new Date(Date.UTC(2026, 6, 15, 14, 5)))).toBe('15 Jul 2026, 14:05 UTC');
  });
});
