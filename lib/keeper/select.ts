/**
 * Pure selection: which positions the keeper should compound at chain time
 * `now`. No I/O, so the rules are unit-tested without a chain.
 *
 * The keeper compounds only: ended locks and lapsed boosters leave the
 * totals and stop earning at their 00:00 UTC boundary by the program's
 * schedule, with no write (issue 7, item 3), so there is nothing to refresh.
 */
import type { PublicKey } from '@solana/web3.js';
import { pendingRewards, type ScheduleView, type StakePosition, type StakingConfig, settleScheduled } from '@/lib/programs/staking';

/** A position as the crank builder wants it. */
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
}

/**
 * Crank work: opted-in positions, pool not paused (the crank refuses then),
 * where what would move — pending (priced along each curve with the schedule,
 * as the program does) capped by the wallet's room under `maxStakePerWallet`,
 * shared by all of one wallet's positions as the program reserves it —
 * reaches `minCompound`. A batch where nothing can move fails with
 * NothingToCompound, so a wallet at its maximum is not cranked.
 *
 * `walletTotals` is each owner's staker `totalAmount` (base58 → amount).
 */
export function selectWork(
  config: StakingConfig,
  schedule: ScheduleView,
  entries: readonly PositionEntry[],
  walletTotals: ReadonlyMap<string, bigint>,
  now: bigint,
  options: SelectOptions,
): Work {
  const work: Work = { compound: [] };
  if (config.paused) return work;
  const settlement = settleScheduled(config, schedule, now);
  const room = new Map<string, bigint>();
  for (const { address, position } of entries) {
    if (!position.autoCompound) continue;
    const owner = position.owner.toBase58();
    const left = room.get(owner) ?? maxZero(config.maxStakePerWallet - (walletTotals.get(owner) ?? 0n));
    const pending = pendingRewards(config, schedule, position, now, settlement);
    const moves = pending < left ? pending : left;
    if (moves > 0n && moves >= options.minCompound) {
      room.set(owner, left - moves);
      work.compound.push({ position: address, owner: position.owner, pending });
    } else {
      room.set(owner, left);
    }
  }
  return work;
}

function maxZero(value: bigint): bigint {
  return value > 0n ? value : 0n;
}
