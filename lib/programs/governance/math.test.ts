/** The vote math previews use, against the program's rules (math.rs). */
import { describe, expect, it } from 'vitest';
import { approved, isqrt, quorumRequired, voteShare, voteWeight } from './math';

describe('governance math', () => {
  it('isqrt is the floor of the square root', () => {
    for (let n = 0n; n < 5_000n; n++) {
      const r = isqrt(n);
      expect(r * r <= n && (r + 1n) * (r + 1n) > n, String(n)).toBe(true);
    }
    for (const n of [2n ** 64n - 1n, 10n ** 18n, 90_000n * 10n ** 9n]) {
      const r = isqrt(n);
      expect(r * r <= n && (r + 1n) * (r + 1n) > n).toBe(true);
    }
    expect(isqrt(90_000n * 10n ** 9n)).toBe(9_486_832n);
    expect(voteWeight(10n ** 12n, 'quadratic')).toBe(10n ** 6n);
    expect(voteWeight(10n ** 12n, 'linear')).toBe(10n ** 12n);
  });

  it('quorum rounds up and approval is exact at the boundary', () => {
    expect(quorumRequired(10_000n, 1_000)).toBe(1_000n);
    expect(quorumRequired(9_999n, 1_000)).toBe(1_000n);
    expect(quorumRequired(0n, 1_000)).toBe(0n);
    expect(approved(66n, 34n, 6_600)).toBe(true);
    expect(approved(6_600n * 10n ** 9n - 1n, 3_400n * 10n ** 9n, 6_600)).toBe(false);
    expect(approved(0n, 0n, 6_600)).toBe(false);
    expect(voteShare(2n, 3n)).toBeCloseTo(0.666666, 6);
    expect(voteShare(1n, 0n)).toBe(0);
  });
});
