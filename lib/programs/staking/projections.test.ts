import { PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import type { StakePosition, StakingConfig } from './accounts';
import {
  activeBoosters,
  effectiveMultiplierBps,
  effectiveVotingPower,
  lockEndAt,
  lockEnded,
  pendingRewards,
  projectStake,
  refreshedWeight,
  settleScheduled,
  unlockDate,
  walletVotingPower,
  writtenCurve,
} from './position-rewards';
import { ACC_SCALE, DAY_SECS, SCHEDULE_RING_END, TOKEN, YEAR_SECS } from './program';
import {
  accrued,
  annualRewards,
  distribute,
  dripRatePerSecond,
  exitQuote,
  penaltyAmount,
  poolApr,
  positionApr,
  rewardWeight,
  settleGlobal,
  streamRatePerSecond,
  streamRelease,
  votingPower,
} from './projections';
import { curveRewardWeightAt, curveVotingPowerAt, dayCeil, ScheduleModel } from './schedule';
import { type DayDrop, decodeSchedule, SCHEDULE_RING_DAYS, type ScheduleView } from './schedule-account';

const KEY = PublicKey.default;
/** Not on a boundary: dayCeil(T0) = T0 + 32,000. */
const T0 = 1_750_000_000n;
const DAY0 = T0 / DAY_SECS;

function config(over: Partial<StakingConfig> = {}): StakingConfig {
  const tiers = [0n, 7n, 30n, 90n, 180n].map((d, index) => ({
    index,
    name: d === 0n ? 'No lock' : `${d} days`,
    lockSecs: d * DAY_SECS,
    multiplierBps: [10_000, 12_000, 15_000, 20_000, 30_000][index]!,
  }));
  return {
    version: 1,
    bump: 255,
    paused: false,
    penaltyDestination: 'recycle',
    decimals: 9,
    authority: KEY,
    voteAuthority: KEY,
    pendingAuthority: null,
    pendingVoteAuthority: null,
    mint: KEY,
    tokenProgram: KEY,
    stakeVault: KEY,
    rewardVault: KEY,
    treasury: null,
    tiers,
    penaltyBps: 1_000,
    boosters: {
      longLockBps: 2_000,
      voterBps: 1_500,
      participationBps: 1_000,
      longLockMinSecs: 90n * DAY_SECS,
      voterBoostSecs: 30n * DAY_SECS,
      participationWindowSecs: 30n * DAY_SECS,
    },
    minStake: 100n * TOKEN,
    maxStakePerWallet: 1_000_000n * TOKEN,
    totalStaked: 1_000n * TOKEN,
    totalVotingPower: 3_000n * TOKEN,
    totalRewardWeight: 3_900n * TOKEN,
    accRewardPerWeight: 0n,
    undistributedScaled: 0n,
    stream: { remaining: 0n, end: new Date(0), endTs: 0n, lastUpdateTs: 0n },
    drip: { remaining: 0n, end: new Date(0), endTs: 0n, periodSecs: 7n * 86_400n },
    totalFunded: 0n,
    totalClaimed: 0n,
    totalCompounded: 0n,
    totalPenalties: 0n,
    openPositions: 1,
    stakers: 1,
    syncedDay: Number(DAY0),
    ...over,
  };
}

/**
 * A position written at T0 (default: 1,000 tokens on the 180-day tier, 3.0×,
 * long-lock and participation boosters: weight 3,900). Its curve is the one
 * the program writes from these fields under `c` (`writtenCurve`), unless given.
 */
function position(over: Partial<StakePosition> = {}, c = config()): StakePosition {
  const lockEndTs = lockEndAt(T0, 180n * DAY_SECS);
  const fields = {
    bump: 255,
    owner: KEY,
    config: KEY,
    id: 0,
    tier: 4,
    tierName: '180 days',
    amount: 1_000n * TOKEN,
    lockStart: new Date(Number(T0) * 1000),
    unlockAt: new Date(Number(lockEndTs) * 1000),
    multiplierBps: 30_000,
    boostBps: 3_000,
    votingPower: 3_000n * TOKEN,
    rewardWeight: 3_900n * TOKEN,
    rewardDebt: 0n,
    unclaimed: 0n,
    voteLockedUntil: null,
    voterBoostUntil: null,
    lastActivity: new Date(Number(T0) * 1000),
    rewardsPaid: 0n,
    autoCompound: false,
    lockStartTs: T0,
    lockEndTs,
    voteLockedUntilTs: 0n,
    voterBoostUntilTs: 0n,
    lastActivityTs: T0,
    settledAtTs: T0,
    ...over,
  };
  return { ...fields, curve: over.curve ?? writtenCurve(c, fields, fields.settledAtTs) };
}

/** A schedule that has crossed every boundary up to `lastDay`, with accumulators and drops given by day. */
function fakeSchedule(lastDay: bigint, acc: ReadonlyMap<bigint, bigint> = new Map(), drops: ReadonlyMap<bigint, DayDrop> = new Map()): ScheduleView {
  return {
    firstDay: DAY0,
    lastDay,
    historyLen: lastDay - DAY0,
    historyCap: lastDay - DAY0 + 640n,
    accAt: (day) => (day > DAY0 && day <= lastDay ? acc.get(day) : undefined),
    dropAt: (day) => drops.get(day) ?? { rewardWeight: 0n, votingPower: 0n },
  };
}

/** Schedule account bytes laid out as `interface/state/schedule.rs` (written by offset, not by the decoder's code). */
function scheduleBytes(firstDay: number, history: readonly bigint[], ring: ReadonlyMap<bigint, DayDrop>, cap: number, pad = 0): Uint8Array {
  const len = 23_480 + 16 * cap;
  const whole = new Uint8Array(pad + len);
  const data = whole.subarray(pad);
  const view = new DataView(whole.buffer, pad, len);
  data[0] = 4; // discriminator
  data[1] = 1; // version
  view.setUint32(40, firstDay, true);
  view.setUint32(44, history.length, true);
  view.setUint32(48, cap, true);
  for (const [day, drop] of ring) {
    const at = 56 + Number(day % 1_464n) * 16;
    view.setBigUint64(at, drop.rewardWeight, true);
    view.setBigUint64(at + 8, drop.votingPower, true);
  }
  history.forEach((acc, i) => {
    view.setBigUint64(23_480 + i * 16, acc & ((1n << 64n) - 1n), true);
    view.setBigUint64(23_480 + i * 16 + 8, acc >> 64n, true);
  });
  return data;
}

describe('staking projections', () => {
  it('weights and penalties round down like the program', () => {
    expect(votingPower(1_001n, 15_000)).toBe(1_501n);
    expect(rewardWeight(1_501n, 4_500)).toBe(2_176n);
    expect(penaltyAmount(1_009n, 1_000)).toBe(100n);
    expect(() => votingPower(2n ** 64n - 1n, 30_000)).toThrow(RangeError);
  });

  it('ends a lock on the first 00:00 UTC at or after start + its length, and counts it at its fall multiplier from there', () => {
    const c = config();
    const p = position(); // 180 days at 3.0×, 1,000 tokens
    const end = p.lockEndTs;
    expect(end % DAY_SECS).toBe(0n);
    expect(end).toBe(T0 + 180n * DAY_SECS + 32_000n);
    // 180 days after the start the lock still runs: it ends on the boundary.
    expect(lockEnded(p, T0 + 180n * DAY_SECS)).toBe(false);
    expect(effectiveVotingPower(p, T0 + 180n * DAY_SECS)).toBe(3_000n * TOKEN);
    expect(lockEnded(p, end - 1n)).toBe(false);
    expect(effectiveMultiplierBps(p, end - 1n)).toBe(30_000);
    expect(effectiveVotingPower(p, end - 1n)).toBe(3_000n * TOKEN);
    expect(lockEnded(p, end)).toBe(true);
    expect(effectiveMultiplierBps(p, end)).toBe(10_000);
    expect(effectiveVotingPower(p, end)).toBe(1_000n * TOKEN);
    // The reward weight a write would store: 1.0× and no long-lock booster (participation lapsed too).
    expect(refreshedWeight(c, p, end)).toBe(1_000n * TOKEN);

    // The fall multiplier is the no-lock tier's at the last write: a later
    // SetTiers reaches an ended lock at its next write, not retroactively.
    const raised = config({ tiers: c.tiers.map((t) => (t.index === 0 ? { ...t, multiplierBps: 11_000 } : t)) });
    expect(effectiveVotingPower(p, end)).toBe(1_000n * TOKEN);
    expect(refreshedWeight(raised, p, end)).toBe(1_100n * TOKEN);
    // A lock never gains by ending: with tier 0 above a 1.2× lock it keeps 1.2×.
    const high = config({ tiers: c.tiers.map((t) => (t.index === 0 ? { ...t, multiplierBps: 15_000 } : t)) });
    const week = position({ tier: 1, multiplierBps: 12_000, lockEndTs: lockEndAt(T0, 7n * DAY_SECS), votingPower: 1_200n * TOKEN, rewardWeight: 1_320n * TOKEN, boostBps: 1_000 }, high);
    expect(week.curve.fallMultiplierBps).toBe(12_000);
    expect(effectiveVotingPower(week, week.lockEndTs)).toBe(1_200n * TOKEN);

    // Tier-0 positions keep their own multiplier (their lock ends when it starts).
    const flat = position({ tier: 0, multiplierBps: 10_000, votingPower: 1_000n * TOKEN, lockEndTs: T0 });
    expect(flat.curve.hasLock).toBe(false);
    expect(lockEnded(flat, T0 + 1n)).toBe(false);
    expect(effectiveVotingPower(flat, T0 + 1_000n * DAY_SECS)).toBe(1_000n * TOKEN);
    // A wallet: Σ the curves at now, not the stored sum.
    expect(walletVotingPower([p, flat], end - 1n)).toBe(4_000n * TOKEN);
    expect(walletVotingPower([p, flat], end)).toBe(2_000n * TOKEN);
  });

  it('releases the stream linearly and all of it at the end', () => {
    expect(streamRelease(1_000n, 0n, 10n, 3n)).toBe(300n);
    expect(streamRelease(1_000n, 0n, 10n, 10n)).toBe(1_000n);
    expect(streamRelease(1_000n, 5n, 10n, 4n)).toBe(0n);
    expect(streamRelease(0n, 0n, 10n, 5n)).toBe(0n);
  });

  it('keeps every unit of a distribution (accumulator + undistributed)', () => {
    let und = 0n;
    let credited = 0n;
    for (const [amount, weight] of [
      [7n, 3n],
      [1_000_000_007n, 999_999_937n],
      [5n, 0n],
      [11n, 13n],
    ] as const) {
      const [inc, rest] = distribute(und, amount, weight);
      credited += inc * weight;
      und = rest;
    }
    expect(credited + und).toBe((7n + 1_000_000_007n + 5n + 11n) * ACC_SCALE);
    expect(accrued(3n, 5n * ACC_SCALE, 2n * ACC_SCALE)).toBe(9n);
    expect(() => accrued(1n, 1n, 2n)).toThrow(RangeError);
  });

  it('projects pending rewards through the stream at a given time, across the boundaries the schedule has not crossed', () => {
    const stream = { remaining: 1_000n * TOKEN, end: new Date(0), endTs: T0 + 10n * DAY_SECS, lastUpdateTs: T0 };
    const c = config({ stream, undistributedScaled: 5n * ACC_SCALE });
    const p = position({ unclaimed: 7n });
    const now = T0 + 5n * DAY_SECS;
    const pending = pendingRewards(c, fakeSchedule(DAY0), p, now);
    // The exact model walking the same five boundaries pays the same, to the unit.
    const model = new ScheduleModel(T0);
    Object.assign(model, { undistributedScaled: 5n * ACC_SCALE, totalRewardWeight: c.totalRewardWeight, totalVotingPower: c.totalVotingPower });
    model.stream = { remaining: stream.remaining, end: stream.endTs };
    model.positions.set(0, { curve: p.curve, settledAt: T0, debt: 0n, unclaimed: 7n });
    model.settle(now);
    expect(pending).toBe(model.pending(0, now));
    // Sole position: half the stream plus the waiting 5 units, less a unit of rounding per boundary piece.
    expect(500n * TOKEN + 5n + 7n - pending).toBeGreaterThanOrEqual(0n);
    expect(500n * TOKEN + 5n + 7n - pending).toBeLessThanOrEqual(6n);
    expect(settleGlobal(c, T0 + 20n * DAY_SECS).streamRemaining).toBe(0n);
    expect(settleGlobal(c, T0).released).toBe(0n);
  });

  it('releases deposits through the drip beside the stream, from the same last update', () => {
    const c = config({
      stream: { remaining: 1_000n * TOKEN, end: new Date(0), endTs: T0 + 10n * DAY_SECS, lastUpdateTs: T0 },
      drip: { remaining: 700n * TOKEN, end: new Date(0), endTs: T0 + 7n * DAY_SECS, periodSecs: 7n * DAY_SECS },
    });
    const p = position();
    const schedule = fakeSchedule(DAY0);
    // After one day: a tenth of the stream and a seventh of the drip, in one distribution.
    const s = settleGlobal(c, T0 + DAY_SECS);
    expect(s.released).toBe(100n * TOKEN + 100n * TOKEN);
    expect(s.streamRemaining).toBe(900n * TOKEN);
    expect(s.dripRemaining).toBe(600n * TOKEN);
    // Cut at the boundary in between: each channel's two pieces round down on their own.
    const oneDay = pendingRewards(c, schedule, p, T0 + DAY_SECS);
    expect(200n * TOKEN - oneDay).toBeGreaterThanOrEqual(0n);
    expect(200n * TOKEN - oneDay).toBeLessThanOrEqual(4n);
    // Within one second of a deposit a sole position gets one second's worth, not the deposit.
    expect(pendingRewards(c, schedule, p, T0 + 1n)).toBeLessThan((1_000n * TOKEN) / (10n * DAY_SECS) + (700n * TOKEN) / (7n * DAY_SECS) + 1n);
    expect(settleGlobal(c, T0 + 8n * DAY_SECS).dripRemaining).toBe(0n);
    expect(dripRatePerSecond(c, T0)).toBeCloseTo(Number(700n * TOKEN) / Number(7n * DAY_SECS), 6);
    expect(dripRatePerSecond(c, T0 + 7n * DAY_SECS)).toBe(0);
  });

  it('tells which boosters are active: each runs to its 00:00 UTC boundary', () => {
    const c = config();
    const p = position();
    const lapse = p.curve.participationUntil;
    expect(lapse).toBe(dayCeil(T0 + 30n * DAY_SECS));
    expect(activeBoosters(p.curve, T0)).toEqual({ longLock: true, voter: false, participation: true, bps: 3_000 });
    // 30 days after the last action the participation booster still holds until the boundary.
    expect(activeBoosters(p.curve, T0 + 30n * DAY_SECS).bps).toBe(3_000);
    expect(activeBoosters(p.curve, lapse - 1n).participation).toBe(true);
    expect(activeBoosters(p.curve, lapse)).toEqual({ longLock: true, voter: false, participation: false, bps: 2_000 });
    expect(activeBoosters(p.curve, p.lockEndTs - 1n).bps).toBe(2_000);
    expect(activeBoosters(p.curve, p.lockEndTs)).toEqual({ longLock: false, voter: false, participation: false, bps: 0 });
    const voted = position({ voterBoostUntilTs: dayCeil(T0 + DAY_SECS) });
    expect(activeBoosters(voted.curve, T0).bps).toBe(4_500);
    expect(activeBoosters(voted.curve, dayCeil(T0 + DAY_SECS)).bps).toBe(3_000);
    expect(refreshedWeight(c, p, T0 + 31n * DAY_SECS)).toBe(3_600n * TOKEN);
    expect(curveRewardWeightAt(p.curve, T0 + 31n * DAY_SECS)).toBe(3_600n * TOKEN);
  });

  it('quotes early exits, unlock dates and new stakes', () => {
    const c = config();
    const p = position({ voteLockedUntilTs: T0 + DAY_SECS, voteLockedUntil: new Date(Number(T0 + DAY_SECS) * 1000) });
    expect(exitQuote(c, p, 100n * TOKEN, T0)).toMatchObject({ early: true, penalty: 10n * TOKEN, payout: 90n * TOKEN });
    expect(exitQuote(c, p, 100n * TOKEN, T0).blockedUntil).toEqual(new Date(Number(T0 + DAY_SECS) * 1000));
    // Early until the boundary the lock ends on, free from it.
    expect(exitQuote(c, p, 100n * TOKEN, p.lockEndTs - 1n)).toMatchObject({ early: true, penalty: 10n * TOKEN });
    expect(exitQuote(c, p, 100n * TOKEN, p.lockEndTs)).toMatchObject({ early: false, penalty: 0n, blockedUntil: null });
    expect(lockEndAt(T0, 0n)).toBe(T0);
    expect(lockEndAt(T0, 7n * DAY_SECS)).toBe(T0 + 7n * DAY_SECS + 32_000n);
    expect(lockEndAt(dayCeil(T0), 7n * DAY_SECS)).toBe(dayCeil(T0) + 7n * DAY_SECS);
    expect(unlockDate(c, 2, T0)).toEqual(new Date(Number(dayCeil(T0 + 30n * DAY_SECS)) * 1000));
    expect(() => unlockDate(c, 5, T0)).toThrow(RangeError);
    const s = projectStake(c, 3, 1_000n * TOKEN, T0);
    expect(s.votingPower).toBe(2_000n * TOKEN);
    expect(s.rewardWeight).toBe(2_600n * TOKEN);
    expect(s.boosters).toMatchObject({ longLock: true, participation: true, voter: false });
    expect(s.curve.lockEnd).toBe(dayCeil(T0 + 90n * DAY_SECS));
    expect(s.curve.participationUntil).toBe(dayCeil(T0 + 30n * DAY_SECS));
    expect(s.unlockAt).toEqual(new Date(Number(s.curve.lockEnd) * 1000));
    // 30 days is under the long-lock minimum: participation only.
    expect(projectStake(c, 2, 1_000n * TOKEN, T0)).toMatchObject({ votingPower: 1_500n * TOKEN, rewardWeight: 1_650n * TOKEN });
  });

  it('annualises the stream and recent deposits into an APR', () => {
    const c = config({
      stream: { remaining: 100n * TOKEN, end: new Date(0), endTs: T0 + 10n * DAY_SECS, lastUpdateTs: T0 },
    });
    expect(streamRatePerSecond(c, T0)).toBeCloseTo(Number(100n * TOKEN) / Number(10n * DAY_SECS), 6);
    const year = annualRewards(c, T0, { amount: 10n * TOKEN, windowSecs: 30n * DAY_SECS });
    expect(year).toBeCloseTo(Number(100n * TOKEN) * 36.5 + Number(10n * TOKEN) * (365 / 30), 0);
    expect(poolApr(c, T0)).toBeCloseTo(3.65, 6);
    expect(positionApr(c, c.totalRewardWeight, c.totalStaked, T0)).toBeCloseTo(3.65, 6);
    // A new stake of the same size and weight halves the share.
    expect(positionApr(c, c.totalRewardWeight, c.totalStaked, T0, undefined, true)).toBeCloseTo(1.825, 6);
    expect(streamRatePerSecond(c, T0 + YEAR_SECS)).toBe(0);
    expect(poolApr(config({ totalStaked: 0n }), T0)).toBe(0);
  });
});

describe('pending rewards along the curve, with the schedule', () => {
  it('equal the exact model for positions whose lock ends and whose boosters lapse between their settlements', () => {
    const c = config();
    const model = new ScheduleModel(T0);
    model.fundStream(3_000n * TOKEN, 60n * DAY_SECS, T0);
    // A: 7-day lock at 1.2× with a vote (voter booster to the boundary after T0 + 3 days) and participation.
    const a = writtenCurve(
      c,
      { tier: 1, amount: 1_000n * TOKEN, multiplierBps: 12_000, lockStartTs: T0, lockEndTs: lockEndAt(T0, 7n * DAY_SECS), voterBoostUntilTs: dayCeil(T0 + 3n * DAY_SECS), lastActivityTs: T0 },
      T0,
    );
    expect([a.voterBps, a.longLockBps, a.participationBps]).toEqual([1_500, 0, 1_000]);
    model.write(0, a, T0);
    // B: 180-day lock opened half a day later (long lock + participation).
    const tB = T0 + DAY_SECS / 2n;
    const b = writtenCurve(
      c,
      { tier: 4, amount: 2_000n * TOKEN, multiplierBps: 30_000, lockStartTs: tB, lockEndTs: lockEndAt(tB, 180n * DAY_SECS), voterBoostUntilTs: 0n, lastActivityTs: tB },
      tB,
    );
    model.write(1, b, tB);
    // A deposit ten days on settles the config across ten boundaries (A's vote booster and its lock end among them).
    const deposit = T0 + 10n * DAY_SECS + 7_000n;
    model.deposit(500n * TOKEN, deposit);

    // What a client reads from the chain now: the config and the schedule as the deposit left them.
    const lastDay = deposit / DAY_SECS;
    const chain = config({
      accRewardPerWeight: model.acc,
      undistributedScaled: model.undistributedScaled,
      totalRewardWeight: model.totalRewardWeight,
      totalVotingPower: model.totalVotingPower,
      stream: { remaining: model.stream.remaining, end: new Date(Number(model.stream.end) * 1000), endTs: model.stream.end, lastUpdateTs: model.lastUpdate },
      drip: { remaining: model.drip.remaining, end: new Date(Number(model.drip.end) * 1000), endTs: model.drip.end, periodSecs: model.drip.periodSecs },
      syncedDay: Number(lastDay),
    });
    const history = new Map([...model.history].map(([boundary, acc]) => [boundary / DAY_SECS, acc]));
    const ring = new Map([...model.ring].map(([boundary, drop]) => [boundary / DAY_SECS, { ...drop }]));
    expect(history.size).toBe(Number(lastDay - DAY0));
    expect(history.has(a.lockEnd / DAY_SECS)).toBe(true);
    // A's participation lapse is still ahead: in the ring, not yet in the totals.
    expect(ring.get(a.participationUntil / DAY_SECS)!.rewardWeight).toBeGreaterThan(0n);
    const fake = fakeSchedule(lastDay, history, ring);
    const decoded = decodeSchedule(
      scheduleBytes(Number(DAY0), [...Array(Number(lastDay - DAY0)).keys()].map((i) => history.get(DAY0 + BigInt(i) + 1n)!), ring, 400),
    );
    const positions = [a, b].map((curve, id) => {
      const m = model.positions.get(id)!;
      return position({ id, curve, settledAtTs: m.settledAt, rewardDebt: m.debt, unclaimed: m.unclaimed });
    });

    // 35 days later, nobody having written since: A's participation (and B's) lapsed on the way.
    const now = T0 + 45n * DAY_SECS + 123n;
    model.settle(now);
    for (const schedule of [fake, decoded]) {
      const settlement = settleScheduled(chain, schedule, now);
      expect(settlement.acc).toBe(model.acc);
      expect(settlement.totalRewardWeight).toBe(model.totalRewardWeight);
      expect(settlement.totalVotingPower).toBe(model.totalVotingPower);
      for (const [id, p] of positions.entries()) {
        expect(pendingRewards(chain, schedule, p, now), `position ${id}`).toBe(model.pending(id, now));
        expect(pendingRewards(chain, schedule, p, now, settlement), `position ${id}`).toBe(model.pending(id, now));
      }
    }
    // The totals are Σ the curves at now with no write: A at 1.0× and no booster, B without participation.
    expect(model.totalRewardWeight).toBe(curveRewardWeightAt(a, now) + curveRewardWeightAt(b, now));
    expect(model.totalVotingPower).toBe(curveVotingPowerAt(a, now) + curveVotingPowerAt(b, now));
    expect(curveRewardWeightAt(a, now)).toBe(1_000n * TOKEN);
    // Priced at the weight it was written with, A would be paid more than it earned.
    const pendingA = model.pending(0, now);
    expect(pendingA).toBeGreaterThan(0n);
    expect(accrued(curveRewardWeightAt(a, T0), model.acc, positions[0]!.rewardDebt)).toBeGreaterThan(pendingA + TOKEN);
  });
});

describe('decodeSchedule', () => {
  it('reads a schedule account as laid out in schedule.rs', () => {
    const firstDay = 20_000;
    const big = (1n << 100n) + 12_345n; // an accumulator above 2^64: both halves of the u128
    const history = [0n, 7n * ACC_SCALE, big];
    // A slot wraps: day firstDay + 1,500 lives at (firstDay + 1,500) mod 1,464.
    const far = BigInt(firstDay + 1_500);
    const ring = new Map<bigint, DayDrop>([
      [BigInt(firstDay + 4), { rewardWeight: 2n ** 64n - 1n, votingPower: 2n ** 63n + 5n }],
      [far, { rewardWeight: 600n, votingPower: 500n }],
    ]);
    // Laid out after 11 unrelated bytes: the decoder reads the view's own offset.
    const data = scheduleBytes(firstDay, history, ring, 8, 11);
    expect(data.byteOffset).toBe(11);
    expect(data.length).toBe(SCHEDULE_RING_END + 8 * 16);
    // Garbage in the history's unused room is not read as a crossed day.
    new DataView(data.buffer, data.byteOffset).setBigUint64(SCHEDULE_RING_END + 3 * 16, 99n, true);

    const s = decodeSchedule(data);
    expect(s.firstDay).toBe(20_000n);
    expect(s.lastDay).toBe(20_003n);
    expect([s.historyLen, s.historyCap]).toEqual([3n, 8n]);
    expect(s.accAt(20_000n)).toBeUndefined(); // the creation day's boundary is before the history
    expect(s.accAt(20_001n)).toBe(0n);
    expect(s.accAt(20_002n)).toBe(7n * ACC_SCALE);
    expect(s.accAt(20_003n)).toBe(big);
    expect(s.accAt(20_004n)).toBeUndefined();
    expect(s.dropAt(20_004n)).toEqual({ rewardWeight: 2n ** 64n - 1n, votingPower: 2n ** 63n + 5n });
    expect(s.dropAt(far)).toEqual({ rewardWeight: 600n, votingPower: 500n });
    expect(Number(far % SCHEDULE_RING_DAYS)).toBe((firstDay + 1_500) % 1_464);
    expect(s.dropAt(20_005n)).toEqual({ rewardWeight: 0n, votingPower: 0n });

    // Not a schedule: another discriminator, or a ring cut short (still growing).
    const other = data.slice();
    other[0] = 1;
    expect(() => decodeSchedule(other)).toThrow(RangeError);
    expect(() => decodeSchedule(data.slice(0, SCHEDULE_RING_END - 1))).toThrow(RangeError);
    // A length that is not the stored capacity's, or more days recorded than room: refused, as the program does.
    expect(() => decodeSchedule(data.slice(0, SCHEDULE_RING_END + 3 * 16))).toThrow(RangeError);
    const overfull = data.slice();
    new DataView(overfull.buffer, overfull.byteOffset).setUint32(44, 9, true);
    expect(() => decodeSchedule(overfull)).toThrow(RangeError);
  });
});
