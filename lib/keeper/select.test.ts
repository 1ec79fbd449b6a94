import { Keypair, PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { ACC_SCALE, DAY_SECS, getRefreshInstruction, MAX_CRANK_POSITIONS, getCrankCompoundInstruction, type StakePosition, type StakingConfig, TOKEN } from '@/lib/programs/staking';
import { packBatches, transactionSize } from './batch';
import { type PositionEntry, selectWork, staleReason } from './select';

const KEY = PublicKey.default;
const T0 = 1_750_000_000n;
const MIN = { minCompound: TOKEN };

function config(over: Partial<StakingConfig> = {}): StakingConfig {
  const tiers = [0n, 7n, 30n, 90n, 180n].map((d, index) => ({
    index,
    name: `${d} days`,
    lockSecs: d * DAY_SECS,
    multiplierBps: [10_000, 12_000, 15_000, 20_000, 30_000][index]!,
  }));
  return {
    version: 1, bump: 255, paused: false, penaltyDestination: 'recycle', decimals: 9,
    authority: KEY, voteAuthority: KEY, pendingAuthority: null, pendingVoteAuthority: null, mint: KEY, tokenProgram: KEY, stakeVault: KEY, rewardVault: KEY, treasury: null,
    tiers, penaltyBps: 1_000,
    boosters: { longLockBps: 2_000, voterBps: 1_500, participationBps: 1_000, longLockMinSecs: 90n * DAY_SECS, voterBoostSecs: 30n * DAY_SECS, participationWindowSecs: 30n * DAY_SECS },
    minStake: 100n * TOKEN, maxStakePerWallet: 1_000_000n * TOKEN,
    totalStaked: 0n, totalVotingPower: 0n, totalRewardWeight: 1_320n * TOKEN,
    accRewardPerWeight: 0n, undistributedScaled: 0n,
    stream: { remaining: 0n, end: new Date(0), endTs: 0n, lastUpdateTs: 0n },
    drip: { remaining: 0n, end: new Date(0), endTs: 0n, periodSecs: 7n * 86_400n },
    totalFunded: 0n, totalClaimed: 0n, totalCompounded: 0n, totalPenalties: 0n, openPositions: 1, stakers: 1, syncedDay: 0,
    ...over,
  };
}

/** A 7-day position staked at T0 at 1.2× with the participation booster (+10 %). */
function position(over: Partial<StakePosition> = {}): StakePosition {
  const lockEndTs = T0 + 7n * DAY_SECS;
  return {
    bump: 255, owner: KEY, config: KEY, id: 0, tier: 1, tierName: '7 days',
    amount: 1_000n * TOKEN, lockStart: new Date(0), unlockAt: new Date(0),
    multiplierBps: 12_000, boostBps: 1_000, votingPower: 1_200n * TOKEN, rewardWeight: 1_320n * TOKEN,
    rewardDebt: 0n, unclaimed: 0n, voteLockedUntil: null, voterBoostUntil: null, lastActivity: new Date(0),
    rewardsPaid: 0n, autoCompound: false,
    lockStartTs: T0, lockEndTs, voteLockedUntilTs: 0n, voterBoostUntilTs: 0n, lastActivityTs: T0,
    ...over,
  };
}

const entry = (p: StakePosition): PositionEntry => ({ address: Keypair.generate().publicKey, position: p });
/** acc such that the standard position (weight 1,320 tokens) has `tokens` pending. */
const accFor = (tokens: bigint) => (tokens * TOKEN * ACC_SCALE) / (1_320n * TOKEN);

describe('staleReason', () => {
  it('is null while the lock runs and the boosters hold', () => {
    expect(staleReason(config(), position(), T0 + DAY_SECS)).toBeNull();
  });
  it('flags an ended lock still at its multiplier, from lock_end on', () => {
    expect(staleReason(config(), position(), T0 + 7n * DAY_SECS - 1n)).toBeNull();
    expect(staleReason(config(), position(), T0 + 7n * DAY_SECS)).toBe('lock-ended');
  });
  it('leaves an ended lock that was already demoted', () => {
    const demoted = position({ multiplierBps: 10_000, votingPower: 1_000n * TOKEN, rewardWeight: 1_100n * TOKEN });
    expect(staleReason(config(), demoted, T0 + 8n * DAY_SECS)).toBeNull();
  });
  it('flags a lapsed booster on a running lock', () => {
    const long = position({ tier: 4, multiplierBps: 30_000, lockEndTs: T0 + 180n * DAY_SECS, votingPower: 3_000n * TOKEN, rewardWeight: 3_900n * TOKEN, boostBps: 3_000 });
    expect(staleReason(config(), long, T0 + 29n * DAY_SECS)).toBeNull();
    // The participation window (30 days since the last activity) has passed.
    expect(staleReason(config(), long, T0 + 31n * DAY_SECS)).toBe('boosters');
  });
});

describe('selectWork', () => {
  const now = T0 + DAY_SECS;
  it('compounds opted-in positions with at least the minimum pending, refreshes stale ones, skips the rest', () => {
    const c = config({ accRewardPerWeight: accFor(5n) });
    const rich = entry(position({ autoCompound: true }));
    const notOpted = entry(position());
    const poor = entry(position({ autoCompound: true, rewardDebt: accFor(5n) - accFor(1n) / 2n }));
    const ended = entry(position({ lockEndTs: T0 }));
    const work = selectWork(c, [rich, notOpted, poor, ended], new Map(), now, MIN);
    expect(work.compound.map((t) => t.position)).toEqual([rich.address]);
    expect(work.compound[0]!.pending).toBe(5n * TOKEN - 1n);
    expect(work.refresh).toEqual([{ position: ended.address, owner: KEY, reason: 'lock-ended' }]);
  });
  it('lets the crank demote an opted-in ended lock instead of refreshing it too', () => {
    const c = config({ accRewardPerWeight: accFor(5n) });
    const e = entry(position({ autoCompound: true, lockEndTs: T0 }));
    const work = selectWork(c, [e], new Map(), now, MIN);
    expect(work.compound).toHaveLength(1);
    expect(work.refresh).toHaveLength(0);
  });
  it('refreshes instead when the pool is paused or the wallet has no room', () => {
    const e = entry(position({ autoCompound: true, lockEndTs: T0 }));
    const paused = selectWork(config({ paused: true, accRewardPerWeight: accFor(5n) }), [e], new Map(), now, MIN);
    expect(paused.compound).toHaveLength(0);
    expect(paused.refresh).toHaveLength(1);
    const full = selectWork(config({ accRewardPerWeight: accFor(5n) }), [e], new Map([[KEY.toBase58(), 1_000_000n * TOKEN]]), now, MIN);
    expect(full.compound).toHaveLength(0);
    expect(full.refresh).toHaveLength(1);
  });
  it('shares a wallet\'s room between its positions as the program does', () => {
    const c = config({ accRewardPerWeight: accFor(5n) });
    const a = entry(position({ autoCompound: true }));
    const b = entry(position({ autoCompound: true, id: 1 }));
    // 6 tokens of room: the first takes 5 (minus rounding), the second has ~1 left, under the 2-token minimum.
    const work = selectWork(c, [a, b], new Map([[KEY.toBase58(), 1_000_000n * TOKEN - 6n * TOKEN]]), now, { minCompound: 2n * TOKEN });
    expect(work.compound.map((t) => t.position)).toEqual([a.address]);
  });
});

describe('packBatches', () => {
  const payer = Keypair.generate().publicKey;
  const mint = Keypair.generate().publicKey;
  const targets = Array.from({ length: 40 }, () => ({ position: Keypair.generate().publicKey, owner: Keypair.generate().publicKey }));
  const refresh = (positions: typeof targets) => getRefreshInstruction({ mint, positions });
  const crank = (positions: typeof targets) => getCrankCompoundInstruction({ mint, tokenProgram: KEY, positions });

  it('splits distinct wallets over transactions that each fit 1232 bytes, in order, losing none', () => {
    for (const [build, max] of [[refresh, Infinity], [crank, MAX_CRANK_POSITIONS]] as const) {
      const batches = packBatches(targets, build, payer, max);
      expect(batches.length).toBeGreaterThan(1);
      expect(batches.flat()).toEqual(targets);
      for (const batch of batches) expect(transactionSize(payer, [build(batch)])).toBeLessThanOrEqual(1232);
      // Greedy: adding the next target to any full batch would not fit.
      for (const [i, batch] of batches.slice(0, -1).entries()) {
        expect(transactionSize(payer, [build([...batch, batches[i + 1]![0]!])])).toBeGreaterThan(1232);
      }
    }
  });
  it('fits more positions when they share owners (one staker key each)', () => {
    const owner = Keypair.generate().publicKey;
    const shared = targets.map((t) => ({ ...t, owner }));
    expect(packBatches(shared, refresh, payer).length).toBeLessThan(packBatches(targets, refresh, payer).length);
  });
  it('respects the per-instruction cap', () => {
    expect(packBatches(targets.slice(0, 3), refresh, payer, 2).map((b) => b.length)).toEqual([2, 1]);
  });
});
