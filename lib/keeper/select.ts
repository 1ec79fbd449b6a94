/**
 * Pure selection: which positions the keeper should write at chain time `now`.
 * No I/O, so the rules are unit-tested without a chain.
 */
import type { PublicKey } from '@solana/web3.js';
import {
  activeBoosters,
  effectiveMultiplierBps,
  pendingRewards,
  refreshedWeight,
  type StakePosition,
  type StakingConfig,
} from '@/lib/programs/staking';

/** A position as the crank/refresh builders want it. */
export interface KeeperTarget {
  position: PublicKey;
  owner: PublicKey;
}

export interface PositionEntry {
  address: PublicKey;
  position: StakePosition;
}

export interface SelectOptions {
  /** Compound only when at least this many base units would move (a transaction's fee is not free). */
  minCompound: bigint;
}

export interface Work {
  compound: (KeeperTarget & { pending: bigint })[];
  refresh: (KeeperTarget & { reason: 'lock-ended' | 'boosters' })[];
}

/**
 * Why a stored position no longer matches what a recompute at `now` would
 * store: the ended lock's multiplier first (it changes voting power too), then
 * lapsed boosters (only the reward weight). Null when it is current.
 */
export function staleReason(config: StakingConfig, position: StakePosition, now: bigint): 'lock-ended' | 'boosters' | null {
  if (effectiveMultiplierBps(config, position, now) !== position.multiplierBps) return 'lock-ended';
  // Compare the boost too: a lapsed booster on a zero-power position changes no weight but still is stale.
  if (activeBoosters(config, position, now).bps !== position.boostBps) return 'boosters';
  if (refreshedWeight(config, position, now) !== position.rewardWeight) return 'boosters';
  return null;
}

/**
 * Splits positions into crank work and refresh work.
 *
 * Compound: opted in, pool not paused (the crank refuses then), and what would
 * move — pending capped by the wallet's room under `maxStakePerWallet`, shared
 * by all of one wallet's positions as the program reserves it — reaches
 * `minCompound`. A batch where nothing can move fails with NothingToCompound,
 * so a wallet at its maximum is not cranked.
 *
 * Refresh: stale positions the crank does not already cover (the crank
 * recomputes every position it credits, demotion and boosters included).
 *
 * `walletTotals` is each owner's staker `totalAmount` (base58 → amount).
 */
export function selectWork(
  config: StakingConfig,
  entries: readonly PositionEntry[],
  walletTotals: ReadonlyMap<string, bigint>,
  now: bigint,
  options: SelectOptions,
): Work {
  const work: Work = { compound: [], refresh: [] };
  const room = new Map<string, bigint>();
  for (const { address, position } of entries) {
    const owner = position.owner.toBase58();
    if (position.autoCompound && !config.paused) {
      const left = room.get(owner) ?? maxZero(config.maxStakePerWallet - (walletTotals.get(owner) ?? 0n));
      const pending = pendingRewards(config, position, now);
      const moves = pending < left ? pending : left;
      if (moves > 0n && moves >= options.minCompound) {
        room.set(owner, left - moves);
        work.compound.push({ position: address, owner: position.owner, pending });
        continue;
      }
      room.set(owner, left);
    }
    const reason = staleReason(config, position, now);
    if (reason) work.refresh.push({ position: address, owner: position.owner, reason });
  }
  return work;
}

function maxZero(value: bigint): bigint {
  return value > 0n ? value : 0n;
}
