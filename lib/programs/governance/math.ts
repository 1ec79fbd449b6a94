/**
 * Vote math, mirroring `programs/governance/src/math.rs` exactly (integers),
 * for previews: a vote's weight, quorum and approval.
 */

export const BPS = 10_000n;

/** ⌊√n⌋ (Newton's method on bigints). */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new Error('isqrt of a negative number');
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** A position's weight in the tallies. */
export function voteWeight(power: bigint, weighting: 'linear' | 'quadratic'): bigint {
  return weighting === 'quadratic' ? isqrt(power) : power;
}

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

/** ⌈totalPower × quorumBps / 10_000⌉: for + abstain power quorum needs. */
export function quorumRequired(totalPower: bigint, quorumBps: number): bigint {
  return ceilDiv(totalPower * BigInt(quorumBps), BPS);
}

/** for ≥ ⌈(for + against) × approvalBps / 10_000⌉ and for > 0. */
export function approved(forWeight: bigint, againstWeight: bigint, approvalBps: number): boolean {
  return forWeight > 0n && forWeight >= ceilDiv((forWeight + againstWeight) * BigInt(approvalBps), BPS);
}

/** a / b as a number in [0, ∞) with 6 significant decimals; 0 when b is 0. */
export function voteShare(a: bigint, b: bigint): number {
  if (b === 0n) return 0;
  return Number((a * 1_000_000n) / b) / 1_000_000;
}
