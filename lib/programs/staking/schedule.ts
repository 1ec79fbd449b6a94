/**
 * The exact, keeper-free schedule (issue 7, item 3) in TypeScript: the pure
 * functions of `programs/staking/src/math.rs` (`day_ceil`, `PositionCurve`,
 * `scheduled_drops`, `earned_over_segments`) line by line, and `ScheduleModel`,
 * the whole global rule of `interface/state/schedule.rs` (a ring of per-day
 * drops, the accumulator recorded at every crossed boundary, positions settled
 * over their own steps) with the program's integer math.
 *
 * The staking property test (`programs/staking/tests/property.test.ts`) holds
 * the program to this model at every step: the config's totals, the
 * accumulator and every position's pending rewards. Its own tests show that
 * the ring keeps the totals equal to the sum of every position's current
 * weight with no crank, and that positions untouched across their steps are
 * settled exactly.
 */
import { DAY_SECS } from './program';
import { accrued, distribute, rewardWeight, streamRelease, votingPower } from './projections';

/** Schedule days are `DAY_SECS` long, boundaries at 00:00 UTC. The first 00:00 UTC at or after `ts` (`ts` itself when it is one; negative counts as 0). */
export function dayCeil(ts: bigint): bigint {
  const t = ts < 0n ? 0n : ts;
  const rest = t % DAY_SECS;
  return rest === 0n ? t : t + DAY_SECS - rest;
}

/** `math::PositionCurve`: a position's weight between two writes (every end on a boundary). */
export interface PositionCurve {
  amount: bigint;
  hasLock: boolean;
  multiplierBps: number;
  /** The no-lock tier's multiplier at the last write, at most `multiplierBps`. */
  fallMultiplierBps: number;
  lockEnd: bigint;
  longLockBps: number;
  voterBps: number;
  voterUntil: bigint;
  participationBps: number;
  participationUntil: bigint;
}

export function curveVotingPowerAt(c: PositionCurve, t: bigint): bigint {
  const ended = c.hasLock && t >= c.lockEnd;
  return votingPower(c.amount, ended ? c.fallMultiplierBps : c.multiplierBps);
}

export function curveBoostBpsAt(c: PositionCurve, t: bigint): number {
  return (c.hasLock && t < c.lockEnd ? c.longLockBps : 0) + (t < c.voterUntil ? c.voterBps : 0) + (t < c.participationUntil ? c.participationBps : 0);
}

export function curveRewardWeightAt(c: PositionCurve, t: bigint): bigint {
  return rewardWeight(curveVotingPowerAt(c, t), curveBoostBpsAt(c, t));
}

/** `PositionCurve::steps_after`: the step times after `after`, ascending, distinct (at most three). */
export function curveStepsAfter(c: PositionCurve, after: bigint): bigint[] {
  const candidates = [c.hasLock ? c.lockEnd : null, c.voterBps !== 0 ? c.voterUntil : null, c.participationBps !== 0 ? c.participationUntil : null];
  const steps = [...new Set(candidates.filter((t): t is bigint => t !== null && t > after))];
  return steps.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export interface WeightDrop {
  at: bigint;
  rewardWeight: bigint;
  votingPower: bigint;
}

/** `math::scheduled_drops`: what the totals lose at each step after `now`. */
export function scheduledDrops(c: PositionCurve, now: bigint): WeightDrop[] {
  let weight = curveRewardWeightAt(c, now);
  let power = curveVotingPowerAt(c, now);
  return curveStepsAfter(c, now).map((at) => {
    const w = curveRewardWeightAt(c, at);
    const p = curveVotingPowerAt(c, at);
    const drop = { at, rewardWeight: weight - w, votingPower: power - p };
    if (drop.rewardWeight < 0n || drop.votingPower < 0n) throw new RangeError('a curve only falls');
    weight = w;
    power = p;
    return drop;
  });
}

/** `math::earned_over_segments`: each constant piece earns weight × Δacc, rounded down on its own. */
export function earnedOverSegments(
  c: PositionCurve,
  settledAt: bigint,
  debt: bigint,
  now: bigint,
  accNow: bigint,
  accAt: (boundary: bigint) => bigint,
): bigint {
  let earned = 0n;
  let from = settledAt;
  let fromAcc = debt;
  for (const step of curveStepsAfter(c, settledAt)) {
    if (step > now) break;
    const acc = accAt(step);
    earned += accrued(curveRewardWeightAt(c, from), acc, fromAcc);
    from = step;
    fromAcc = acc;
  }
  return earned + accrued(curveRewardWeightAt(c, from), accNow, fromAcc);
}

interface ModelPosition {
  curve: PositionCurve;
  settledAt: bigint;
  debt: bigint;
  unclaimed: bigint;
}

/**
 * The global rule with the program's integer math: `settle(now)` walks every
 * crossed boundary (release the stream and the drip up to it, distribute at
 * the total weight, record the accumulator, apply the day's drops), positions
 * are settled over their own steps from the history, and every write takes the
 * position's future drops out of the ring and puts the new curve's in.
 */
export class ScheduleModel {
  acc = 0n;
  undistributedScaled = 0n;
  totalRewardWeight = 0n;
  totalVotingPower = 0n;
  stream = { remaining: 0n, end: 0n };
  drip = { remaining: 0n, end: 0n, periodSecs: 7n * DAY_SECS };
  lastUpdate: bigint;
  /** Scheduled drops by boundary (the program's ring, unbounded here). */
  readonly ring = new Map<bigint, { rewardWeight: bigint; votingPower: bigint }>();
  /** The accumulator at every crossed boundary. */
  readonly history = new Map<bigint, bigint>();
  readonly positions = new Map<number, ModelPosition>();

  constructor(now: bigint) {
    this.lastUpdate = now;
  }

  /**
   * `rewards::settle_global(to)`: release both channels up to `to` and
   * distribute, which also flushes what waited for weight (rewards that
   * arrived while the total weight was 0) even when no time passed.
   */
  private release(to: bigint): void {
    const last = this.lastUpdate;
    let amount = 0n;
    if (to > last) {
      const streamed = streamRelease(this.stream.remaining, last, this.stream.end, to);
      const dripped = streamRelease(this.drip.remaining, last, this.drip.end, to);
      this.stream.remaining -= streamed;
      this.drip.remaining -= dripped;
      this.lastUpdate = to;
      amount = streamed + dripped;
    }
    if (amount === 0n && (this.undistributedScaled === 0n || this.totalRewardWeight === 0n)) return;
    const [increment, rest] = distribute(this.undistributedScaled, amount, this.totalRewardWeight);
    this.acc += increment;
    this.undistributedScaled = rest;
  }

  /** `settle_global(now)`. */
  settle(now: bigint): void {
    for (let boundary = dayCeil(this.lastUpdate + 1n); boundary <= now; boundary += DAY_SECS) {
      this.release(boundary);
      this.lastUpdate = boundary;
      this.history.set(boundary, this.acc);
      const drop = this.ring.get(boundary);
      if (drop) {
        this.totalRewardWeight -= drop.rewardWeight;
        this.totalVotingPower -= drop.votingPower;
        this.ring.delete(boundary);
      }
    }
    this.release(now);
  }

  private accAt = (boundary: bigint): bigint => {
    const acc = this.history.get(boundary);
    if (acc === undefined) throw new RangeError(`no accumulator recorded for ${boundary}`);
    return acc;
  };

  /** Unclaimed + earned since the last settlement, at `now` (after `settle(now)`). */
  pending(id: number, now: bigint): bigint {
    const p = this.positions.get(id);
    if (!p) throw new RangeError(`no position ${id}`);
    return p.unclaimed + earnedOverSegments(p.curve, p.settledAt, p.debt, now, this.acc, this.accAt);
  }

  private schedule(curve: PositionCurve, now: bigint, sign: 1n | -1n): void {
    for (const d of scheduledDrops(curve, now)) {
      const slot = this.ring.get(d.at) ?? { rewardWeight: 0n, votingPower: 0n };
      slot.rewardWeight += sign * d.rewardWeight;
      slot.votingPower += sign * d.votingPower;
      if (slot.rewardWeight < 0n || slot.votingPower < 0n) throw new RangeError('ring slot below zero');
      if (slot.rewardWeight === 0n && slot.votingPower === 0n) this.ring.delete(d.at);
      else this.ring.set(d.at, slot);
    }
  }

  /** A copy to look ahead with (`settle` on it leaves this model where the program is). */
  clone(): ScheduleModel {
    const c = new ScheduleModel(this.lastUpdate);
    c.acc = this.acc;
    c.undistributedScaled = this.undistributedScaled;
    c.totalRewardWeight = this.totalRewardWeight;
    c.totalVotingPower = this.totalVotingPower;
    c.stream = { ...this.stream };
    c.drip = { ...this.drip };
    for (const [k, v] of this.ring) c.ring.set(k, { ...v });
    for (const [k, v] of this.history) c.history.set(k, v);
    for (const [k, v] of this.positions) c.positions.set(k, { ...v });
    return c;
  }

  /** Settles a position's rewards into its unclaimed at `now` without changing its curve (the crank's first pass). */
  settlePosition(id: number, now: bigint): void {
    this.settle(now);
    const p = this.positions.get(id);
    if (!p) throw new RangeError(`no position ${id}`);
    const unclaimed = this.pending(id, now);
    this.positions.set(id, { ...p, unclaimed, settledAt: now, debt: this.acc });
  }

  /** Pays `amount` of a settled position's unclaimed rewards out (claim, compound). */
  take(id: number, amount: bigint): void {
    const p = this.positions.get(id);
    if (!p || p.unclaimed < amount) throw new RangeError(`position ${id} has less than ${amount} unclaimed`);
    p.unclaimed -= amount;
  }

  /** Opens (`curve`) or rewrites a position at `now`; `null` closes it. Returns what it had earned. */
  write(id: number, curve: PositionCurve | null, now: bigint): bigint {
    this.settle(now);
    const old = this.positions.get(id);
    let unclaimed = 0n;
    if (old) {
      unclaimed = this.pending(id, now);
      this.schedule(old.curve, now, -1n);
      this.totalRewardWeight -= curveRewardWeightAt(old.curve, now);
      this.totalVotingPower -= curveVotingPowerAt(old.curve, now);
    }
    if (curve) {
      this.schedule(curve, now, 1n);
      this.totalRewardWeight += curveRewardWeightAt(curve, now);
      this.totalVotingPower += curveVotingPowerAt(curve, now);
      this.positions.set(id, { curve, settledAt: now, debt: this.acc, unclaimed });
    } else {
      this.positions.delete(id);
    }
    return unclaimed;
  }

  /** `deposit_rewards`: settle, then spread the drip's rest and `amount` over a fresh period. */
  deposit(amount: bigint, now: bigint): void {
    this.settle(now);
    this.addToDrip(amount, now);
  }

  /** `rewards::drip` alone (a recycled penalty, after the unstake's own settlement): no settle, no flush. */
  addToDrip(amount: bigint, now: bigint): void {
    this.drip.remaining += amount;
    this.drip.end = now + this.drip.periodSecs;
  }

  /** `fund_stream`: settle, then spread the stream's rest and `amount` until `now + durationSecs`. */
  fundStream(amount: bigint, durationSecs: bigint, now: bigint): void {
    this.settle(now);
    this.stream.remaining += amount;
    this.stream.end = now + durationSecs;
  }
}
