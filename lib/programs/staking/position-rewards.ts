/**
 * A position now, exactly as the program computes it (layout v2, the keeper-free
 * schedule; `programs/staking/src/instructions/shared/write.rs` and
 * `view_position.rs`): its voting power and reward weight from its curve, the
 * curve a write would store, and its pending rewards settled along its steps
 * with the schedule's recorded accumulators. `pendingRewards` equals what
 * `view_position` returns and `claim` pays at the same second.
 */
import type { StakePosition, StakingConfig } from './accounts';
import { DAY_SECS } from './program';
import { distribute, rewardWeight, streamRelease, votingPower } from './projections';
import { curveBoostBpsAt, curveRewardWeightAt, curveVotingPowerAt, dayCeil, earnedOverSegments, type PositionCurve } from './schedule';
import type { ScheduleView } from './schedule-account';

/** Voting power at `now`: the curve's (an ended lock at the multiplier it falls to). The rule governance counts. */
export function effectiveVotingPower(position: Pick<StakePosition, 'curve'>, now: bigint): bigint {
  return curveVotingPowerAt(position.curve, now);
}

/** What the position earns at `now` (its curve: lapsed boosters and an ended lock already off). */
export function currentRewardWeight(position: Pick<StakePosition, 'curve'>, now: bigint): bigint {
  return curveRewardWeightAt(position.curve, now);
}

/** Boosters active at `now` on the curve, in basis points. */
export function currentBoostBps(position: Pick<StakePosition, 'curve'>, now: bigint): number {
  return curveBoostBpsAt(position.curve, now);
}

/** Whether the lock has ended at `now` (never for the no-lock tier). */
export function lockEnded(position: Pick<StakePosition, 'tier' | 'lockEndTs'>, now: bigint): boolean {
  return position.tier !== 0 && now >= position.lockEndTs;
}

/** The multiplier in force at `now`: the one it falls to once its lock has ended. */
export function effectiveMultiplierBps(position: Pick<StakePosition, 'tier' | 'lockEndTs' | 'curve'>, now: bigint): number {
  return lockEnded(position, now) ? position.curve.fallMultiplierBps : position.curve.multiplierBps;
}

/** A wallet's voting power at `now`: Σ its positions' curves. */
export function walletVotingPower(positions: Pick<StakePosition, 'curve'>[], now: bigint): bigint {
  return positions.reduce((sum, p) => sum + effectiveVotingPower(p, now), 0n);
}

/**
 * The curve a write at `now` stores (`write::set_curve`): an ended lock takes
 * the no-lock tier's multiplier, the lock falls to the no-lock tier's (never
 * above its own), the boosters are the config's, participation runs to the
 * boundary after the last owner action + the window.
 */
export function writtenCurve(
  config: Pick<StakingConfig, 'tiers' | 'boosters'>,
  position: Pick<StakePosition, 'tier' | 'amount' | 'multiplierBps' | 'lockStartTs' | 'lockEndTs' | 'voterBoostUntilTs' | 'lastActivityTs'>,
  now: bigint,
): PositionCurve {
  const tier0 = config.tiers[0]!.multiplierBps;
  const hasLock = position.tier !== 0;
  const multiplierBps = hasLock && now >= position.lockEndTs ? tier0 : position.multiplierBps;
  const b = config.boosters;
  const longLock = hasLock && position.lockEndTs - position.lockStartTs >= b.longLockMinSecs;
  return {
    amount: position.amount,
    hasLock,
    multiplierBps,
    fallMultiplierBps: hasLock ? Math.min(tier0, multiplierBps) : multiplierBps,
    lockEnd: position.lockEndTs,
    longLockBps: longLock ? b.longLockBps : 0,
    voterBps: b.voterBps,
    voterUntil: position.voterBoostUntilTs,
    participationBps: b.participationBps,
    participationUntil: dayCeil(position.lastActivityTs + b.participationWindowSecs),
  };
}

/** The reward weight a write at `now` (`refresh`, any instruction on the position) would store. */
export function refreshedWeight(config: Pick<StakingConfig, 'tiers' | 'boosters'>, position: StakePosition, now: bigint): bigint {
  return curveRewardWeightAt(writtenCurve(config, position, now), now);
}

/** The config settled to `now` across the boundaries the schedule has not crossed yet. */
export interface ScheduledSettlement {
  acc: bigint;
  totalRewardWeight: bigint;
  totalVotingPower: bigint;
  /** The accumulator at a crossed boundary (unix seconds on 00:00 UTC). */
  accAt(boundary: bigint): bigint;
}

/**
 * `settle_global_scheduled` without writing (what `view_position` does): for
 * each boundary after the schedule's last, release both channels up to it at
 * the weight in force, record the accumulator, apply the day's drops; then
 * release to `now`. Unlike a write, any number of days.
 */
export function settleScheduled(config: StakingConfig, schedule: ScheduleView, now: bigint): ScheduledSettlement {
  const s = {
    acc: config.accRewardPerWeight,
    undistributed: config.undistributedScaled,
    stream: config.stream.remaining,
    drip: config.drip.remaining,
    last: config.stream.lastUpdateTs,
    weight: config.totalRewardWeight,
    power: config.totalVotingPower,
  };
  const release = (to: bigint) => {
    let amount = 0n;
    if (to > s.last) {
      const streamed = streamRelease(s.stream, s.last, config.stream.endTs, to);
      const dripped = streamRelease(s.drip, s.last, config.drip.endTs, to);
      s.stream -= streamed;
      s.drip -= dripped;
      s.last = to;
      amount = streamed + dripped;
    }
    if (amount === 0n && (s.undistributed === 0n || s.weight === 0n)) return;
    const [increment, rest] = distribute(s.undistributed, amount, s.weight);
    s.acc += increment;
    s.undistributed = rest;
  };
  const crossed = new Map<bigint, bigint>();
  for (let day = schedule.lastDay + 1n; day * DAY_SECS <= now; day++) {
    release(day * DAY_SECS);
    crossed.set(day, s.acc);
    const drop = schedule.dropAt(day);
    s.weight -= drop.rewardWeight;
    s.power -= drop.votingPower;
  }
  release(now);
  return {
    acc: s.acc,
    totalRewardWeight: s.weight,
    totalVotingPower: s.power,
    accAt(boundary) {
      const day = boundary / DAY_SECS;
      const acc = crossed.get(day) ?? schedule.accAt(day);
      if (acc === undefined) throw new RangeError(`no accumulator recorded for day ${day}`);
      return acc;
    },
  };
}

/**
 * Rewards `claim` would pay at `now`: unclaimed + what the position earned
 * since its last settlement, each piece between its steps at its weight then.
 * Pass a `settlement` to price several positions from one settlement.
 */
export function pendingRewards(
  config: StakingConfig,
  schedule: ScheduleView,
  position: StakePosition,
  now: bigint,
  settlement: ScheduledSettlement = settleScheduled(config, schedule, now),
): bigint {
  const earned = earnedOverSegments(position.curve, position.settledAtTs, position.rewardDebt, now, settlement.acc, settlement.accAt);
  return position.unclaimed + earned;
}

/** Which boosters are active on a curve at `now`. */
export interface ActiveBoosters {
  longLock: boolean;
  voter: boolean;
  participation: boolean;
  bps: number;
}

export function activeBoosters(curve: PositionCurve, now: bigint): ActiveBoosters {
  const longLock = curve.hasLock && curve.longLockBps !== 0 && now < curve.lockEnd;
  const voter = curve.voterBps !== 0 && now < curve.voterUntil;
  const participation = curve.participationBps !== 0 && now < curve.participationUntil;
  return { longLock, voter, participation, bps: curveBoostBpsAt(curve, now) };
}

/** When a lock of `lockSecs` taken at `now` ends: the first 00:00 UTC at or after (no lock: now). */
export function lockEndAt(now: bigint, lockSecs: bigint): bigint {
  return lockSecs === 0n ? now : dayCeil(now + lockSecs);
}

/** When a new lock at `tier` taken at `now` would end. */
export function unlockDate(config: Pick<StakingConfig, 'tiers'>, tier: number, now: bigint): Date {
  const t = config.tiers[tier];
  if (!t) throw new RangeError(`no tier ${tier}`);
  return new Date(Number(lockEndAt(now, t.lockSecs)) * 1000);
}

/** Voting power and reward weight a new stake would get (the curve `stake` writes). */
export function projectStake(config: StakingConfig, tier: number, amount: bigint, now: bigint) {
  const t = config.tiers[tier];
  if (!t) throw new RangeError(`no tier ${tier}`);
  const curve = writtenCurve(
    config,
    { tier, amount, multiplierBps: t.multiplierBps, lockStartTs: now, lockEndTs: lockEndAt(now, t.lockSecs), voterBoostUntilTs: 0n, lastActivityTs: now },
    now,
  );
  const power = votingPower(amount, t.multiplierBps);
  const boosters = activeBoosters(curve, now);
  return { votingPower: power, rewardWeight: rewardWeight(power, boosters.bps), boosters, unlockAt: unlockDate(config, tier, now), curve };
}
