/**
 * Pure projections over decoded accounts, mirroring `programs/staking/src/math.rs`
 * and the settlement order of `instructions/shared/rewards.rs` line by line, so
 * that `pendingRewards(config, position, now)` equals what `view_position`
 * (and `claim`) computes on chain at the same second. All amounts are bigint
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

/**
 * Whether a position's lock has ended at `now` for the multiplier rule
 * (`Position::lock_ended`): never for the no-lock tier, whose positions keep
 * the multiplier they were staked at.
 */
export function lockEnded(position: Pick<StakePosition, 'tier' | 'lockEndTs'>, now: bigint): boolean {
  return position.tier !== 0 && now >= position.lockEndTs;
}

/**
 * The multiplier in force at `now` (`Position::effective_multiplier_bps`): the
 * tier's while the lock runs, the no-lock tier's (`config.tiers[0]`) once it has
 * ended. The stored `multiplierBps` catches up when the position is next written.
 */
export function effectiveMultiplierBps(
  config: Pick<StakingConfig, 'tiers'>,
  position: Pick<StakePosition, 'tier' | 'lockEndTs' | 'multiplierBps'>,
  now: bigint,
): number {
  return lockEnded(position, now) ? config.tiers[0]!.multiplierBps : position.multiplierBps;
}

/**
 * A position's current voting power (`Position::effective_voting_power`, the rule
 * governance applies): `amount × tiers[0].multiplier_bps / 10_000` once a lock
 * has ended, else the stored voting power (which for an ended lock still holds
 * the lock's multiplier until the position is written, e.g. by `refresh`).
 */
export function effectiveVotingPower(
  config: Pick<StakingConfig, 'tiers'>,
  position: Pick<StakePosition, 'tier' | 'lockEndTs' | 'amount' | 'votingPower'>,
  now: bigint,
): bigint {
  return lockEnded(position, now) ? votingPower(position.amount, config.tiers[0]!.multiplierBps) : position.votingPower;
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

/**
 * Rewards `claim` would pay at `now`: unclaimed + accrued at the stored weight.
 * A position earns at its stored weight until it is written, so an ended lock not
 * yet refreshed still accrues at its lock's multiplier up to now (the program's
 * rule); `refreshedWeight` is what it earns at afterwards.
 */
export function pendingRewards(config: StakingConfig, position: StakePosition, now: bigint): bigint {
  const { acc } = settleGlobal(config, now);
  return position.unclaimed + accrued(position.rewardWeight, acc, position.rewardDebt);
}

/** Which boosters are active on a position at `now` (`math::boost_bps`). */
export interface ActiveBoosters {
  longLock: boolean;
  voter: boolean;
  participation: boolean;
  bps: number;
}

export function activeBoosters(
  config: StakingConfig,
  position: Pick<StakePosition, 'lockStartTs' | 'lockEndTs' | 'voterBoostUntilTs' | 'lastActivityTs'>,
  now: bigint,
): ActiveBoosters {
  const b = config.boosters;
  const longLock = position.lockEndTs - position.lockStartTs >= b.longLockMinSecs && now < position.lockEndTs;
  const voter = now < position.voterBoostUntilTs;
  const participation = now < position.lastActivityTs + b.participationWindowSecs;
  const bps = (longLock ? b.longLockBps : 0) + (voter ? b.voterBps : 0) + (participation ? b.participationBps : 0);
  return { longLock, voter, participation, bps };
}

/**
 * The reward weight a recompute at `now` (`refresh`, or any instruction writing
 * the position) would store: current voting power × the boosters active now.
 */
export function refreshedWeight(config: StakingConfig, position: StakePosition, now: bigint): bigint {
  return rewardWeight(effectiveVotingPower(config, position, now), activeBoosters(config, position, now).bps);
}

/**
 * A wallet's voting power at `now`: Σ its positions' current voting power (not
 * the staker record's sum, which counts ended locks at their old multiplier
 * until they are refreshed).
 */
export function walletVotingPower(
  config: Pick<StakingConfig, 'tiers'>,
  positions: Pick<StakePosition, 'tier' | 'lockEndTs' | 'amount' | 'votingPower'>[],
  now: bigint,
): bigint {
  return positions.reduce((sum, p) => sum + effectiveVotingPower(config, p, now), 0n);
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

/** When a new lock at `tier` taken at `now` would end. */
export function unlockDate(config: StakingConfig, tier: number, now: bigint): Date {
  const t = config.tiers[tier];
  if (!t) throw new RangeError(`no tier ${tier}`);
  return new Date(Number(now + t.lockSecs) * 1000);
}

/** Voting power and reward weight a new stake would get (boosters of a fresh position). */
export function projectStake(config: StakingConfig, tier: number, amount: bigint, now: bigint) {
  const t = config.tiers[tier];
  if (!t) throw new RangeError(`no tier ${tier}`);
  const power = votingPower(amount, t.multiplierBps);
  const boosters = activeBoosters(
    config,
    { lockStartTs: now, lockEndTs: now + t.lockSecs, voterBoostUntilTs: 0n, lastActivityTs: now },
    now,
  );
  return { votingPower: power, rewardWeight: rewardWeight(power, boosters.bps), boosters, unlockAt: unlockDate(config, tier, now) };
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
