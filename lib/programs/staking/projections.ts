/**
 * Pure projections over decoded accounts, mirroring `programs/staking/src/math.rs`
 * and the settlement of `instructions/shared/rewards.rs` line by line: the
 * integer math, the global release, exits and rates. A position's weights and
 * pending rewards along its curve are `position-rewards.ts`. All amounts are bigint
 * base units; times are unix seconds (bigint).
 */
import type { StakePosition, StakingConfig } from './accounts';
import { ACC_SCALE, BPS, YEAR_SECS } from './program';

const U64_MAX = (1n << 64n) - 1n;

function checkedU64(value: bigint, what: string): bigint {
  if (value < 0n || value > U64_MAX) throw new RangeError(`${what} overflows u64`);
  return value;
}

/** `amount × multiplier_bps / 10_000`, rounded down. */
export function votingPower(amount: bigint, multiplierBps: number): bigint {
  return checkedU64((amount * BigInt(multiplierBps)) / BPS, 'voting power');
}

/** `voting_power × (10_000 + boost_bps) / 10_000`, rounded down. */
export function rewardWeight(power: bigint, boostBps: number): bigint {
  return checkedU64((power * (BPS + BigInt(boostBps))) / BPS, 'reward weight');
}

/** Early-unstake penalty on `amount`, rounded down. */
export function penaltyAmount(amount: bigint, penaltyBps: number): bigint {
  return (amount * BigInt(penaltyBps)) / BPS;
}

/** The part of the stream released between `lastUpdate` and `now` (all of it at the end). */
export function streamRelease(remaining: bigint, lastUpdate: bigint, end: bigint, now: bigint): bigint {
  if (remaining === 0n || now <= lastUpdate) return 0n;
  if (now >= end) return remaining;
  return (remaining * (now - lastUpdate)) / (end - lastUpdate);
}

/** `(acc increment, new undistributed_scaled)` for distributing `amount` over `totalWeight`. */
export function distribute(undistributedScaled: bigint, amount: bigint, totalWeight: bigint): [bigint, bigint] {
  const numerator = undistributedScaled + amount * ACC_SCALE;
  if (totalWeight === 0n) return [0n, numerator];
  return [numerator / totalWeight, numerator % totalWeight];
}

/** `weight × (acc − debt) / 1e18`, rounded down. */
export function accrued(weight: bigint, acc: bigint, debt: bigint): bigint {
  if (acc < debt) throw new RangeError('accumulator below the position debt');
  return checkedU64((weight * (acc - debt)) / ACC_SCALE, 'accrued rewards');
}

/** The config's reward state after settling at `now` (what the next instruction would see). */
export interface SettledRewards {
  acc: bigint;
  undistributedScaled: bigint;
  streamRemaining: bigint;
  dripRemaining: bigint;
  /** Released by the stream and the drip together. */
  released: bigint;
}

/**
 * `rewards::settle_global`: the stream and the drip release linearly from the
 * last settlement (one `lastUpdateTs` for both) to `now`, and their sum is
 * distributed over the total weight in one step.
 */
export function settleGlobal(config: StakingConfig, now: bigint): SettledRewards {
  const last = config.stream.lastUpdateTs;
  const streamed = now > last ? streamRelease(config.stream.remaining, last, config.stream.endTs, now) : 0n;
  const dripped = now > last ? streamRelease(config.drip.remaining, last, config.drip.endTs, now) : 0n;
  const released = streamed + dripped;
  let acc = config.accRewardPerWeight;
  let undistributedScaled = config.undistributedScaled;
  const weight = config.totalRewardWeight;
  if (!(released === 0n && (undistributedScaled === 0n || weight === 0n))) {
    const [increment, rest] = distribute(undistributedScaled, released, weight);
    acc += increment;
    undistributedScaled = rest;
  }
  return {
    acc,
    undistributedScaled,
    streamRemaining: config.stream.remaining - streamed,
    dripRemaining: config.drip.remaining - dripped,
    released,
  };
}

/** What withdrawing `amount` at `now` returns, and why it may be refused. */
export interface ExitQuote {
  /** True while the lock runs: the penalty applies. */
  early: boolean;
  penalty: bigint;
  /** Tokens the owner receives (before any Token-2022 transfer fee). */
  payout: bigint;
  /** Set when a governance vote blocks unstaking until this time. */
  blockedUntil: Date | null;
  /** Unstaking is free from this time. */
  unlockAt: Date;
}

export function exitQuote(config: StakingConfig, position: StakePosition, amount: bigint, now: bigint): ExitQuote {
  const early = now < position.lockEndTs;
  const penalty = early ? penaltyAmount(amount, config.penaltyBps) : 0n;
  return {
    early,
    penalty,
    payout: amount - penalty,
    blockedUntil: now < position.voteLockedUntilTs ? position.voteLockedUntil : null,
    unlockAt: position.unlockAt,
  };
}

/** Rewards per second the stream pays from `now` on (0 after its end). */
export function streamRatePerSecond(config: StakingConfig, now: bigint): number {
  const { streamRemaining } = settleGlobal(config, now);
  const left = config.stream.endTs - now;
  return left > 0n ? Number(streamRemaining) / Number(left) : 0;
}

/** Rewards per second the drip (deposits, recycled penalties) pays from `now` on (0 after its end). */
export function dripRatePerSecond(config: StakingConfig, now: bigint): number {
  const { dripRemaining } = settleGlobal(config, now);
  const left = config.drip.endTs - now;
  return left > 0n ? Number(dripRemaining) / Number(left) : 0;
}

/** Recent deposits used to annualise non-stream rewards (fee rebates): total over a window. */
export interface RecentDeposits {
  amount: bigint;
  windowSecs: bigint;
}

/**
 * Rewards per year at the current pace: stream rate + drip rate, or, when
 * `recent` deposits are given, their pace over the window instead of the drip's
 * (the drip is those deposits, spread out).
 */
export function annualRewards(config: StakingConfig, now: bigint, recent?: RecentDeposits): number {
  const stream = (streamRatePerSecond(config, now) + (recent ? 0 : dripRatePerSecond(config, now))) * Number(YEAR_SECS);
  const deposits = recent && recent.windowSecs > 0n ? (Number(recent.amount) * Number(YEAR_SECS)) / Number(recent.windowSecs) : 0;
  return stream + deposits;
}

/**
 * APR of the pool as a fraction (0.12 = 12 %): annual rewards per staked token,
 * for an average position. Rewards and stake are the same token, so no price.
 */
export function poolApr(config: StakingConfig, now: bigint, recent?: RecentDeposits): number {
  if (config.totalStaked === 0n) return 0;
  return annualRewards(config, now, recent) / Number(config.totalStaked);
}

/**
 * APR of one position (or a projected one): its share of the reward weight,
 * `weight / total`, of the annual rewards, per token it holds. Pass the weight
 * from `projectStake` to quote a stake not yet made (it joins the total).
 */
export function positionApr(
  config: StakingConfig,
  weight: bigint,
  amount: bigint,
  now: bigint,
  recent?: RecentDeposits,
  joining = false,
): number {
  const total = config.totalRewardWeight + (joining ? weight : 0n);
  if (amount === 0n || total === 0n) return 0;
  return (annualRewards(config, now, recent) * (Number(weight) / Number(total))) / Number(amount);
}
