import { PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import type { StakePosition, StakingConfig } from './accounts';
import { ACC_SCALE, DAY_SECS, TOKEN, YEAR_SECS } from './program';
import {
  accrued,
  activeBoosters,
  annualRewards,
  distribute,
  dripRatePerSecond,
  effectiveMultiplierBps,
  effectiveVotingPower,
  exitQuote,
  lockEnded,
  pendingRewards,
  penaltyAmount,
  poolApr,
  positionApr,
  projectStake,
  refreshedWeight,
  rewardWeight,
  settleGlobal,
  streamRatePerSecond,
  streamRelease,
  unlockDate,
  votingPower,
  walletVotingPower,
} from './projections';

const KEY = PublicKey.default;
const T0 = 1_750_000_000n;

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
    syncedDay: 0,
    ...over,
  };
}

function position(over: Partial<StakePosition> = {}): StakePosition {
  const lockEndTs = T0 + 180n * DAY_SECS;
  return {
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
    ...over,
  };
}

describe('staking projections', () => {
  it('weights and penalties round down like the program', () => {
    expect(votingPower(1_001n, 15_000)).toBe(1_501n);
    expect(rewardWeight(1_501n, 4_500)).toBe(2_176n);
    expect(penaltyAmount(1_009n, 1_000)).toBe(100n);
    expect(() => votingPower(2n ** 64n - 1n, 30_000)).toThrow(RangeError);
  });

  it("counts an ended lock at the no-lock tier's multiplier, at once", () => {
    const c = config();
    const p = position(); // 180 days at 3.0×, 1,000 tokens, stored 3,000 power
    const end = p.lockEndTs;
    expect(lockEnded(p, end - 1n)).toBe(false);
    expect(effectiveMultiplierBps(c, p, end - 1n)).toBe(30_000);
    expect(effectiveVotingPower(c, p, end - 1n)).toBe(3_000n * TOKEN);
    expect(lockEnded(p, end)).toBe(true);
    expect(effectiveMultiplierBps(c, p, end)).toBe(10_000);
    expect(effectiveVotingPower(c, p, end)).toBe(1_000n * TOKEN);
    // The reward weight a recompute would store: 1.0× and no long-lock booster (participation lapsed too).
    expect(refreshedWeight(c, p, end)).toBe(1_000n * TOKEN);
    // The no-lock tier's current multiplier, whatever the position stored.
    const raised = config({ tiers: c.tiers.map((t) => (t.index === 0 ? { ...t, multiplierBps: 11_000 } : t)) });
    expect(effectiveVotingPower(raised, p, end)).toBe(1_100n * TOKEN);
    // Tier-0 positions keep their own multiplier (their lock ends when it starts).
    const flat = position({ tier: 0, multiplierBps: 10_000, votingPower: 1_000n * TOKEN, lockEndTs: T0 });
    expect(lockEnded(flat, T0 + 1n)).toBe(false);
    expect(effectiveVotingPower(raised, flat, T0 + 1n)).toBe(1_000n * TOKEN);
    // A wallet: Σ current voting power, not the stored sum.
    expect(walletVotingPower(c, [p, flat], end - 1n)).toBe(4_000n * TOKEN);
    expect(walletVotingPower(c, [p, flat], end)).toBe(2_000n * TOKEN);
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

  it('projects pending rewards through the stream at a given time', () => {
    const c = config({
      stream: { remaining: 1_000n * TOKEN, end: new Date(0), endTs: T0 + 10n * DAY_SECS, lastUpdateTs: T0 },
      undistributedScaled: 5n * ACC_SCALE,
    });
    const p = position({ unclaimed: 7n });
    // Sole position: after 5 days half the stream plus the waiting 5 units (less rounding).
    const pending = pendingRewards(c, p, T0 + 5n * DAY_SECS);
    expect(500n * TOKEN + 5n + 7n - pending).toBeLessThanOrEqual(1n);
    expect(settleGlobal(c, T0 + 20n * DAY_SECS).streamRemaining).toBe(0n);
    expect(settleGlobal(c, T0).released).toBe(0n);
  });

  it('releases deposits through the drip beside the stream, from the same last update', () => {
    const c = config({
      stream: { remaining: 1_000n * TOKEN, end: new Date(0), endTs: T0 + 10n * DAY_SECS, lastUpdateTs: T0 },
      drip: { remaining: 700n * TOKEN, end: new Date(0), endTs: T0 + 7n * DAY_SECS, periodSecs: 7n * DAY_SECS },
    });
    const p = position();
    // After one day: a tenth of the stream and a seventh of the drip, in one distribution.
    const s = settleGlobal(c, T0 + DAY_SECS);
    expect(s.released).toBe(100n * TOKEN + 100n * TOKEN);
    expect(s.streamRemaining).toBe(900n * TOKEN);
    expect(s.dripRemaining).toBe(600n * TOKEN);
    expect(200n * TOKEN - pendingRewards(c, p, T0 + DAY_SECS)).toBeLessThanOrEqual(1n);
    // Within one second of a deposit a sole position gets one second's worth, not the deposit.
    expect(pendingRewards(c, p, T0 + 1n)).toBeLessThan((1_000n * TOKEN) / (10n * DAY_SECS) + (700n * TOKEN) / (7n * DAY_SECS) + 1n);
    expect(settleGlobal(c, T0 + 8n * DAY_SECS).dripRemaining).toBe(0n);
    expect(dripRatePerSecond(c, T0)).toBeCloseTo(Number(700n * TOKEN) / Number(7n * DAY_SECS), 6);
    expect(dripRatePerSecond(c, T0 + 7n * DAY_SECS)).toBe(0);
  });

  it('tells which boosters are active', () => {
    const c = config();
    const p = position();
    expect(activeBoosters(c, p, T0)).toEqual({ longLock: true, voter: false, participation: true, bps: 3_000 });
    expect(activeBoosters(c, p, T0 + 30n * DAY_SECS).bps).toBe(2_000);
    expect(activeBoosters(c, p, T0 + 180n * DAY_SECS).bps).toBe(0);
    expect(activeBoosters(c, { ...p, voterBoostUntilTs: T0 + DAY_SECS }, T0).bps).toBe(4_500);
    expect(refreshedWeight(c, p, T0 + 31n * DAY_SECS)).toBe(3_600n * TOKEN);
  });

  it('quotes early exits, unlock dates and new stakes', () => {
    const c = config();
    const p = position({ voteLockedUntilTs: T0 + DAY_SECS, voteLockedUntil: new Date(Number(T0 + DAY_SECS) * 1000) });
    expect(exitQuote(c, p, 100n * TOKEN, T0)).toMatchObject({ early: true, penalty: 10n * TOKEN, payout: 90n * TOKEN });
    expect(exitQuote(c, p, 100n * TOKEN, T0).blockedUntil).toEqual(new Date(Number(T0 + DAY_SECS) * 1000));
    expect(exitQuote(c, p, 100n * TOKEN, T0 + 180n * DAY_SECS)).toMatchObject({ early: false, penalty: 0n, blockedUntil: null });
    expect(unlockDate(c, 2, T0)).toEqual(new Date(Number(T0 + 30n * DAY_SECS) * 1000));
    expect(() => unlockDate(c, 5, T0)).toThrow(RangeError);
    const s = projectStake(c, 3, 1_000n * TOKEN, T0);
    expect(s.votingPower).toBe(2_000n * TOKEN);
    expect(s.rewardWeight).toBe(2_600n * TOKEN);
    expect(s.boosters).toMatchObject({ longLock: true, participation: true, voter: false });
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
