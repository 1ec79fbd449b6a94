/**
 * A fill as the reporter handles it: what the exchange matched for a
 * registered maker, already converted to what `record_fills` takes. `id` is
 * the exchange's fill id, strictly increasing: a batch's sequence is its last
 * fill's id, so the chain's `reporter_sequence` says exactly which fills are
 * recorded and a restart resumes after it.
 */
import type { PublicKey } from '@solana/web3.js';

export const U16_MAX = 65_535;
export const U64_MAX = 2n ** 64n - 1n;

export interface ReportedFill {
  /** The exchange's fill id (1 ≤ id ≤ u64::MAX, increasing). */
  id: bigint;
  /** The maker's wallet (its maker account is derived from it). */
  maker: PublicKey;
  /** KEEL base units, as the reporter converted the fill's value. */
  notional: bigint;
  /** Spread improvement in basis points (u16). */
  improvementBps: number;
  /** The market's volatility at the fill, basis points (u16). */
  volatilityBps: number;
}

/** Fills with `id` above `after`, in order. */
export function fillsAfter(fills: readonly ReportedFill[], after: bigint): ReportedFill[] {
  return fills.filter((f) => f.id > after);
}
