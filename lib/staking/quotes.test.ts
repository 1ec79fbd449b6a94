import { PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import type { StakingConfig } from '@/lib/programs/staking';
import { parseTokenAmount } from './format';
import { extensionTiers, maxStakeable, protocolStats, quoteStake, quoteUnstake, stakeAmountProblem } from './quotes';
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
    expect(q.unlockAt).toEqual(new Date(Number(NOW + 30n * DAY) * 1000));
  });

  it('a partial unstake leaves at least the minimum stake, else it offers unstake all', () => {
    const position = { amount: 150n * K, lockEndTs: NOW - 1n, voteLockedUntilTs: 0n, unlockAt: new Date(0), voteLockedUntil: new Date(0) } as Position;
    const partial = quoteUnstake(config(), position, parseTokenAmount('50'), NOW);
    expect(partial.problem).toBeNull();
    expect(partial.leavesDust).toBe(false);
    const dust = quoteUnstake(config(), position, parseTokenAmount('149.999999999'), NOW);
    expect(dust.leavesDust).toBe(true);
    expect(dust.maxPartial).toBe(50n * K);
    expect(dust.problem).toBe('A position keeps at least 100 KEEL: unstake at most 50 KEEL, or all of it.');
    const all = quoteUnstake(config(), position, parseTokenAmount('150'), NOW);
    expect(all.leavesDust).toBe(false);
    expect(all.problem).toBeNull();
    expect(all.closes).toBe(true);
    const small = { ...position, amount: 100n * K } as Position;
    expect(quoteUnstake(config(), small, parseTokenAmount('1'), NOW).problem).toBe('A position keeps at least 100 KEEL: unstake all of it.');
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
