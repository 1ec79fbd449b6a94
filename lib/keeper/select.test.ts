import { Keypair, PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import {
  ACC_SCALE,
  DAY_SECS,
  type DayDrop,
  getCrankCompoundInstruction,
  lockEndAt,
  MAX_CRANK_POSITIONS,
  type ScheduleView,
  type StakePosition,
  type StakingConfig,
  TOKEN,
  writtenCurve,
} from '@/lib/programs/staking';
import { packBatches, transactionSize } from './batch';
import { type PositionEntry, selectWork } from './select';

const KEY = PublicKey.default;
/** Not on a boundary: the 7-day lock below ends at dayCeil(T0 + 7 days) = T0 + 7 days + 32,000 s. */
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

/**
 * A 7-day position staked (and settled) at T0 at 1.2× with the participation
 * booster (+10 %): weight 1,320 until its lock ends on a boundary, 1,100 after
 * (1.0× + participation). Its curve is the one the program writes.
 */
function position(over: Partial<StakePosition> = {}): StakePosition {
  const fields = {
    bump: 255, owner: KEY, config: KEY, id: 0, tier: 1, tierName: '7 days',
    amount: 1_000n * TOKEN, lockStart: new Date(0), unlockAt: new Date(0),
    multiplierBps: 12_000, boostBps: 1_000, votingPower: 1_200n * TOKEN, rewardWeight: 1_320n * TOKEN,
    rewardDebt: 0n, unclaimed: 0n, voteLockedUntil: null, voterBoostUntil: null, lastActivity: new Date(0),
    rewardsPaid: 0n, autoCompound: false,
    lockStartTs: T0, lockEndTs: lockEndAt(T0, 7n * DAY_SECS), voteLockedUntilTs: 0n, voterBoostUntilTs: 0n, lastActivityTs: T0,
    settledAtTs: T0,
    ...over,
  };
  return { ...fields, curve: writtenCurve(config(), fields, T0) };
}

/**
 * A schedule that has crossed every boundary up to `lastDay` (default: the day
 * of `now`, so none is left for the selection to walk), with the accumulators
 * recorded at the given days (a crossed day not given reads as missing, so a
 * test fails loudly if the selection reads it) and drops still scheduled.
 */
function schedule(now: bigint, acc: ReadonlyMap<bigint, bigint> = new Map(), drops: ReadonlyMap<bigint, DayDrop> = new Map(), lastDay = now / DAY_SECS): ScheduleView {
  const firstDay = T0 / DAY_SECS;
  return {
    firstDay,
    lastDay,
    historyLen: lastDay - firstDay,
    historyCap: lastDay - firstDay + 640n,
    accAt: (day) => (day > firstDay && day <= lastDay ? acc.get(day) : undefined),
    dropAt: (day) => drops.get(day) ?? { rewardWeight: 0n, votingPower: 0n },
  };
}

const entry = (p: StakePosition): PositionEntry => ({ address: Keypair.generate().publicKey, position: p });
/** acc such that the standard position (weight 1,320 tokens while its lock runs) has `tokens` pending. */
const accFor = (tokens: bigint) => (tokens * TOKEN * ACC_SCALE) / (1_320n * TOKEN);
/** The accumulator per 1/1,000 token of reward per token of weight. */
const MILLI = ACC_SCALE / 1_000n;

describe('selectWork', () => {
  const now = T0 + DAY_SECS;
  const synced = schedule(now);

  it('compounds opted-in positions with at least the minimum pending, and skips the rest', () => {
    const c = config({ accRewardPerWeight: accFor(5n) });
    const rich = entry(position({ autoCompound: true }));
    const notOpted = entry(position());
    const poor = entry(position({ autoCompound: true, rewardDebt: accFor(5n) - accFor(1n) / 2n }));
    const work = selectWork(c, synced, [rich, notOpted, poor], new Map(), now, MIN);
    expect(work).toEqual({ compound: [{ position: rich.address, owner: KEY, pending: 5n * TOKEN - 1n }] });
    // Unclaimed rewards count towards the minimum too.
    const kept = entry(position({ autoCompound: true, rewardDebt: accFor(5n), unclaimed: 2n * TOKEN }));
    expect(selectWork(c, synced, [kept], new Map(), now, MIN).compound.map((t) => t.pending)).toEqual([2n * TOKEN]);
  });

  it('prices pending along the curve: an ended lock earns at its fall multiplier from its boundary on', () => {
    const p = position({ autoCompound: true });
    const end = p.lockEndTs;
    expect(end % DAY_SECS).toBe(0n);
    const later = end + 2n * DAY_SECS;
    // 1/1,000 per weight unit up to the lock's end (1,320 weight), as much again after it (1,100).
    const c = config({ accRewardPerWeight: 2n * MILLI, totalRewardWeight: 1_100n * TOKEN, stream: { remaining: 0n, end: new Date(0), endTs: 0n, lastUpdateTs: later } });
    const s = schedule(later, new Map([[end / DAY_SECS, MILLI]]));
    const e = entry(p);
    expect(selectWork(c, s, [e], new Map(), later, MIN).compound).toEqual([{ position: e.address, owner: KEY, pending: 1_320_000_000n + 1_100_000_000n }]);
    // Priced at its stored weight it would reach 2.6 tokens; along the curve it does not.
    expect((p.rewardWeight * 2n * MILLI) / ACC_SCALE).toBe(2_640_000_000n);
    expect(selectWork(c, s, [e], new Map(), later, { minCompound: 2_500_000_000n }).compound).toEqual([]);
  });

  it('settles the days the schedule has not crossed yet, with their scheduled drops', () => {
    // Our position (1,320 until its lock ends, 1,100 after) and another of constant weight 1,000.
    const p = position({ autoCompound: true });
    const end = p.lockEndTs;
    // The stream releases 2,320 tokens from 69,600 s before the lock's end up to it and 2,100 after, to now:
    // 1 token per weight unit on each side of the boundary, where the total drops from 2,320 to 2,100.
    const last = end - 69_600n;
    const at = end + 63_000n;
    const c = config({
      totalRewardWeight: 2_320n * TOKEN,
      totalVotingPower: 2_200n * TOKEN,
      stream: { remaining: 4_420n * TOKEN, end: new Date(Number(at) * 1000), endTs: at, lastUpdateTs: last },
      syncedDay: Number(end / DAY_SECS - 1n),
    });
    const behind = schedule(at, new Map(), new Map([[end / DAY_SECS, { rewardWeight: 220n * TOKEN, votingPower: 200n * TOKEN }]]), end / DAY_SECS - 1n);
    const e = entry(p);
    expect(selectWork(c, behind, [e], new Map(), at, MIN).compound).toEqual([{ position: e.address, owner: KEY, pending: 1_320n * TOKEN + 1_100n * TOKEN }]);
    // Without the drop the other position would keep a larger share after the boundary.
    const noDrop = schedule(at, new Map(), new Map(), end / DAY_SECS - 1n);
    expect(selectWork(c, noDrop, [e], new Map(), at, MIN).compound[0]!.pending).toBeLessThan(2_420n * TOKEN);
  });

  it('compounds nothing while the pool is paused', () => {
    const e = entry(position({ autoCompound: true }));
    expect(selectWork(config({ accRewardPerWeight: accFor(5n) }), synced, [e], new Map(), now, MIN).compound).toHaveLength(1);
    expect(selectWork(config({ paused: true, accRewardPerWeight: accFor(5n) }), synced, [e], new Map(), now, MIN)).toEqual({ compound: [] });
  });

  it('leaves a wallet at its maximum alone (the crank would move nothing)', () => {
    const e = entry(position({ autoCompound: true }));
    const full = selectWork(config({ accRewardPerWeight: accFor(5n) }), synced, [e], new Map([[KEY.toBase58(), 1_000_000n * TOKEN]]), now, MIN);
    expect(full.compound).toHaveLength(0);
    // One token of room: less than the pending 5, but the minimum moves.
    const room = selectWork(config({ accRewardPerWeight: accFor(5n) }), synced, [e], new Map([[KEY.toBase58(), 999_999n * TOKEN]]), now, MIN);
    expect(room.compound.map((t) => t.pending)).toEqual([5n * TOKEN - 1n]);
  });

  it("shares a wallet's room between its positions as the program does", () => {
    const c = config({ accRewardPerWeight: accFor(5n) });
    const a = entry(position({ autoCompound: true }));
    const b = entry(position({ autoCompound: true, id: 1 }));
    // 6 tokens of room: the first takes 5 (minus rounding), the second has ~1 left, under the 2-token minimum.
    const work = selectWork(c, synced, [a, b], new Map([[KEY.toBase58(), 1_000_000n * TOKEN - 6n * TOKEN]]), now, { minCompound: 2n * TOKEN });
    expect(work.compound.map((t) => t.position)).toEqual([a.address]);
    // Another wallet's room is its own.
    const other = Keypair.generate().publicKey;
    const c2 = entry(position({ autoCompound: true, owner: other }));
    const both = selectWork(c, synced, [a, b, c2], new Map([[KEY.toBase58(), 1_000_000n * TOKEN - 6n * TOKEN]]), now, { minCompound: 2n * TOKEN });
    expect(both.compound.map((t) => t.position)).toEqual([a.address, c2.address]);
  });
});

describe('packBatches', () => {
  const payer = Keypair.generate().publicKey;
  const mint = Keypair.generate().publicKey;
  const targets = Array.from({ length: 40 }, () => ({ position: Keypair.generate().publicKey, owner: Keypair.generate().publicKey }));
  const crank = (positions: typeof targets) => getCrankCompoundInstruction({ mint, tokenProgram: KEY, positions });

  it('splits distinct wallets over crank transactions that each fit 1232 bytes, in order, losing none', () => {
    const batches = packBatches(targets, crank, payer, MAX_CRANK_POSITIONS);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flat()).toEqual(targets);
    for (const batch of batches) expect(transactionSize(payer, [crank(batch)])).toBeLessThanOrEqual(1232);
    // Greedy: adding the next target to any full batch would not fit.
    for (const [i, batch] of batches.slice(0, -1).entries()) {
      expect(transactionSize(payer, [crank([...batch, batches[i + 1]![0]!])])).toBeGreaterThan(1232);
    }
  });
  it('fits more positions when they share owners (one staker key each)', () => {
    const owner = Keypair.generate().publicKey;
    const shared = targets.map((t) => ({ ...t, owner }));
    const sharedBatches = packBatches(shared, crank, payer, MAX_CRANK_POSITIONS);
    expect(sharedBatches.length).toBeLessThan(packBatches(targets, crank, payer, MAX_CRANK_POSITIONS).length);
    for (const batch of sharedBatches) expect(transactionSize(payer, [crank(batch)])).toBeLessThanOrEqual(1232);
  });
  it('respects the per-instruction cap', () => {
    expect(packBatches(targets.slice(0, 3), crank, payer, 2).map((b) => b.length)).toEqual([2, 1]);
    expect(() => crank(targets.slice(0, MAX_CRANK_POSITIONS + 1))).toThrow(/1 to 29/);
  });
});
