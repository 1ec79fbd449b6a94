import { ComputeBudgetProgram, type TransactionInstruction } from '@solana/web3.js';

/** The runtime's per-transaction ceiling; simulations run with it so they never fail on the default 200k/ix. */
export const MAX_COMPUTE_UNIT_LIMIT = 1_400_000;
/** Head-room over the simulated units: state can change between simulate and land. */
export const COMPUTE_UNIT_MARGIN = 0.1;
/** Never ask for less than this; keeps tiny transactions safe from rounding and log-size drift. */
export const MIN_COMPUTE_UNIT_LIMIT = 1_000;

/** Micro-lamports per compute unit. */
export const PRIORITY_FEE_FLOOR = 1_000;
export const PRIORITY_FEE_CAP = 1_000_000;

export interface PriorityFeePolicy {
  floor: number;
  cap: number;
}

export const DEFAULT_PRIORITY_FEE_POLICY: PriorityFeePolicy = { floor: PRIORITY_FEE_FLOOR, cap: PRIORITY_FEE_CAP };

/** ceil(units × 1.1), clamped to [MIN_COMPUTE_UNIT_LIMIT, MAX_COMPUTE_UNIT_LIMIT]. */
export function deriveComputeUnitLimit(unitsConsumed: number, margin: number = COMPUTE_UNIT_MARGIN): number {
  if (!Number.isFinite(unitsConsumed) || unitsConsumed < 0) return MAX_COMPUTE_UNIT_LIMIT;
  const withMargin = Math.ceil(unitsConsumed * (1 + margin));
  return Math.min(MAX_COMPUTE_UNIT_LIMIT, Math.max(MIN_COMPUTE_UNIT_LIMIT, withMargin));
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/**
 * Median of the recent per-slot fees (getRecentPrioritizationFees), clamped to
 * the policy. Idle clusters report zeros, so the floor is what lands there.
 */
export function derivePriorityFee(recentFees: readonly number[], policy: PriorityFeePolicy = DEFAULT_PRIORITY_FEE_POLICY): number {
  const m = median(recentFees) ?? 0;
  return Math.min(policy.cap, Math.max(policy.floor, m));
}

/** The two compute-budget instructions, limit first; both go before the caller's instructions. */
export function computeBudgetInstructions({ units, microLamports }: { units: number; microLamports: number }): TransactionInstruction[] {
  return [
    ComputeBudgetProgram.setComputeUnitLimit({ units }),
    ComputeBudgetProgram.setComputeUnitPrice({ microLamports }),
  ];
}

/** Lamports the priority fee adds: ceil(limit × price / 1e6). */
export function priorityFeeLamports(units: number, microLamports: number): number {
  return Math.ceil((units * microLamports) / 1_000_000);
}
