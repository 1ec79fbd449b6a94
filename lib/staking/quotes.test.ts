import { PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { ACC_SCALE, dayCeil, lockEndAt, type ScheduleView, type StakingConfig, writtenCurve } from '@/lib/programs/staking';
import { parseTokenAmount } from './format';
import { extensionTiers, maxStakeable, positionPending, protocolStats, quoteStake, quoteUnstake, stakeAmountProblem } from './quotes';
import type { Position } from './types';

const K = 1_000_000_000n;
const NOW = 1_780_000_000n;
const DAY = 86_400n;

function config(over: Partial<StakingConfig> = {}): StakingConfig {
  const key = PublicKey.default;
  return {
    version: 1,
    bump: 255,
    paused: false,
    penaltyDestination: 'recycle',
    decimals: 9,
    authority: key,
    voteAuthority: key,
    pendingAuthority: null,
    pendingVoteAuthority: null,
    mint: key,
    tokenProgram: key,
    stakeVault: key,
    rewardVault: key,
    treasury: null,
    tiers: [0n, 7n, 30n, 90n, 180n].map((d, index) => ({
      index,
      name: d === 0n ? 'No lock' : `${d} days`,
      lockSecs: d * DAY,
      multiplierBps: [10_000, 12_000, 15_000, 20_000, 30_000][index]!,
    })),
    penaltyBps: 1_000,
    boosters: { longLockBps: 2_000, voterBps: 1_500, participationBps: 1_000, longLockMinSecs: 90n * DAY, voterBoostSecs: 30n * DAY, participationWindowSecs: 30n * DAY },
    minStake: 100n * K,
    maxStakePerWallet: 1_000_000n * K,
    totalStaked: 300_000n * K,
    totalVotingPower: 450_000n * K,
    totalRewardWeight: 495_000n * K,
    accRewardPerWeight: 0n,
    undistributedScaled: 0n,
    stream: { remaining: 36_500n * K, end: new Date(Number(NOW + 365n * DAY) * 1000), endTs: NOW + 365n * DAY, lastUpdateTs: NOW },
    drip: { remaining: 0n, end: new Date(0), endTs: 0n, periodSecs: 7n * 86_400n },
    totalFunded: 0n,
    totalClaimed: 0n,
    totalCompounded: 0n,
    totalPenalties: 0n,
    openPositions: 3,
    stakers: 3,
    syncedDay: 0,
    ...over,
  };
}

/** A schedule synced to NOW's day, with the accumulator recorded at the given boundaries (by day). */
function schedule(acc: ReadonlyMap<bigint, bigint> = new Map()): ScheduleView {
  const lastDay = NOW / DAY;
  return {
    firstDay: lastDay - 400n,
    lastDay,
    historyLen: 400n,
    historyCap: 640n,
    accAt: (day) => (day <= lastDay ? acc.get(day) : undefined),
    dropAt: () => ({ rewardWeight: 0n, votingPower: 0n }),
  };
}

/**
 * A 7-day position of 1,000 KEEL at 1.2× staked (and settled) at `start`,
 * its curve as the program writes it: 1,320 weight with the participation
 * booster until the lock ends on a boundary, 1,100 after.
 */
function position(start: bigint, over: Partial<Position> = {}): Position {
  const lockEndTs = lockEndAt(start, 7n * DAY);
  const fields = {
    address: PublicKey.default,
    bump: 255,
    owner: PublicKey.default,
    config: PublicKey.default,
    id: 0,
    tier: 1,
    tierName: '7 days',
    amount: 1_000n * K,
    lockStart: new Date(Number(start) * 1000),
    unlockAt: new Date(Number(lockEndTs) * 1000),
    multiplierBps: 12_000,
    boostBps: 1_000,
    votingPower: 1_200n * K,
    rewardWeight: 1_320n * K,
    rewardDebt: 0n,
    unclaimed: 0n,
    voteLockedUntil: null,
    voterBoostUntil: null,
    lastActivity: new Date(Number(start) * 1000),
    rewardsPaid: 0n,
    autoCompound: false,
    lockStartTs: start,
    lockEndTs,
    voteLockedUntilTs: 0n,
    voterBoostUntilTs: 0n,
    lastActivityTs: start,
    settledAtTs: start,
    ...over,
  };
  return { ...fields, curve: writtenCurve(config(), fields, start) };
}

describe('stake amount checks', () => {
  const limits = { config: config(), balance: 5_000n * K, walletStaked: 0n };
  it.each([
    ['', 'Enter an amount.'],
    ['0', 'Enter an amount greater than zero.'],
    ['99.999999999', 'The minimum stake is 100 KEEL.'],
    ['5,000.000000001', 'You hold 5,000 KEEL.'],
    ['1.0000000001', 'At most 9 decimal places.'],
  ])('%j → %s', (input, problem) => {
    expect(stakeAmountProblem(parseTokenAmount(input), limits)).toBe(problem);
  });

  it('accepts the minimum and the whole balance', () => {
    expect(stakeAmountProblem(parseTokenAmount('100'), limits)).toBeNull();
    expect(stakeAmountProblem(parseTokenAmount('5,000'), limits)).toBeNull();
  });

  it('keeps a wallet under the per-wallet maximum', () => {
    const rich = { config: config(), balance: 2_000_000n * K, walletStaked: 999_000n * K };
    expect(stakeAmountProblem(parseTokenAmount('1,000.5'), rich)).toBe('A wallet may stake at most 1,000,000 KEEL; this one can add 1,000 KEEL more.');
    expect(stakeAmountProblem(parseTokenAmount('1,000'), rich)).toBeNull();
    expect(stakeAmountProblem(parseTokenAmount('100'), { ...rich, walletStaked: 1_000_000n * K })).toBe('This wallet already stakes the maximum of 1,000,000 KEEL.');
    expect(maxStakeable(config(), 2_000_000n * K, 999_000n * K)).toBe(1_000n * K);
    expect(maxStakeable(config(), 50n * K, 0n)).toBe(50n * K);
  });

  it('no minimum when adding to a position', () => {
    expect(stakeAmountProblem(parseTokenAmount('1'), { ...limits, minimum: false })).toBeNull();
  });
});

describe('quotes', () => {
  it('quotes every tier, with an APR even before an amount is typed', () => {
    const c = config();
    const quotes = c.tiers.map((t) => quoteStake(c, t.index, 0n, NOW));
    expect(quotes.map((q) => q.votingPower)).toEqual([0n, 0n, 0n, 0n, 0n]);
    expect(quotes.every((q) => q.apr > 0)).toBe(true);
    // Longer locks weigh more, so they earn a larger share per token.
    for (let i = 1; i < quotes.length; i++) expect(quotes[i]!.apr).toBeGreaterThan(quotes[i - 1]!.apr);
    const q = quoteStake(c, 2, 1_000n * K, NOW);
    expect(q.votingPower).toBe(1_500n * K);
    // The lock ends on the first 00:00 UTC at or after 30 days from now.
    expect(q.unlockAt).toEqual(new Date(Number(dayCeil(NOW + 30n * DAY)) * 1000));
    expect(q.unlockAt.getTime()).toBeGreaterThan(Number(NOW + 30n * DAY) * 1000);
    expect(q.unlockAt.getUTCHours() + q.unlockAt.getUTCMinutes() + q.unlockAt.getUTCSeconds()).toBe(0);
  });

  it('a partial unstake leaves at least the minimum stake, else it offers unstake all', () => {
    const position = { amount: 150n * K, lockEndTs: NOW - 1n, voteLockedUntilTs: 0n, unlockAt: new Date(0), voteLockedUntil: new Date(0) } as Position;
    const s = schedule();
    const partial = quoteUnstake(config(), s, position, parseTokenAmount('50'), NOW);
    expect(partial.problem).toBeNull();
    expect(partial.leavesDust).toBe(false);
    const dust = quoteUnstake(config(), s, position, parseTokenAmount('149.999999999'), NOW);
    expect(dust.leavesDust).toBe(true);
    expect(dust.maxPartial).toBe(50n * K);
    expect(dust.problem).toBe('A position keeps at least 100 KEEL: unstake at most 50 KEEL, or all of it.');
    const all = quoteUnstake(config(), s, position, parseTokenAmount('150'), NOW);
    expect(all.leavesDust).toBe(false);
    expect(all.problem).toBeNull();
    expect(all.closes).toBe(true);
    const small = { ...position, amount: 100n * K } as Position;
    expect(quoteUnstake(config(), s, small, parseTokenAmount('1'), NOW).problem).toBe('A position keeps at least 100 KEEL: unstake all of it.');
  });

  it('closing pays the rewards earned along the curve: the ended lock earned at 1.0× after its boundary', () => {
    const p = position(NOW - 10n * DAY);
    const lockEndDay = p.lockEndTs / DAY;
    expect(p.lockEndTs).toBeLessThan(NOW);
    // 1.32 KEEL earned at 1,320 weight up to the lock's end, then 1.1 at 1,100 (1.0× + participation).
    const step = ACC_SCALE / 1_000n;
    const c = config({ accRewardPerWeight: 2n * step, stream: { remaining: 0n, end: new Date(0), endTs: 0n, lastUpdateTs: NOW } });
    const q = quoteUnstake(c, schedule(new Map([[lockEndDay, step]])), p, parseTokenAmount('1,000'), NOW);
    expect(q).toMatchObject({ closes: true, early: false, penalty: 0n, payout: 1_000n * K, problem: null });
    expect(q.rewardsPaid).toBe(2_420_000_000n);
    // Priced at its stored weight it would have been 2.64 KEEL.
    expect((p.rewardWeight * 2n * step) / ACC_SCALE).toBe(2_640_000_000n);
    // A partial unstake pays no rewards with it.
    expect(quoteUnstake(c, schedule(new Map([[lockEndDay, step]])), p, parseTokenAmount('500'), NOW).rewardsPaid).toBe(0n);
  });

  it('pending falls back to the unclaimed rewards when the config was read before the position was last written', () => {
    const p = position(NOW - DAY, { unclaimed: 5n, rewardDebt: ACC_SCALE });
    expect(positionPending(config({ accRewardPerWeight: ACC_SCALE - 1n }), schedule(), p, NOW)).toBe(5n);
    // Read after: unclaimed + what it earned since (1,320 weight × 1 per weight unit).
    expect(positionPending(config({ accRewardPerWeight: 2n * ACC_SCALE, stream: { remaining: 0n, end: new Date(0), endTs: 0n, lastUpdateTs: NOW } }), schedule(), p, NOW)).toBe(
      5n + 1_320n * K,
    );
  });

  it('extensions offer only longer tiers', () => {
    const position = { tier: 2 } as Position;
    expect(extensionTiers(config(), position).map((t) => t.index)).toEqual([3, 4]);
    expect(extensionTiers(config(), { tier: 4 } as Position)).toEqual([]);
  });

  it('protocol numbers: ratio over the circulating supply, stream pace per day', () => {
    const stats = protocolStats(config(), 100_000_000n * K, 90_000_000n * K, NOW);
    expect(stats.stakingRatio).toBeCloseTo(0.03, 6);
    expect(stats.ratioOfCirculating).toBe(true);
    expect(stats.streamPerDay).toBe(100n * K);
    expect(stats.apr).toBeCloseTo(36_500 / 300_000, 6);
    expect(stats.penaltyBps).toBe(1_000);
    const noReserve = protocolStats(config(), 100_000_000n * K, null, NOW);
    expect(noReserve.stakingRatio).toBeCloseTo(0.003, 6);
    expect(noReserve.ratioOfCirculating).toBe(false);
    const ended = protocolStats(config(), 100_000_000n * K, null, NOW + 400n * DAY);
    expect(ended.streamPerDay).toBe(0n);
    expect(ended.streamEnd).toBeNull();
  });
});
