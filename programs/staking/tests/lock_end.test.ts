/**
 * An ended lock falls to the no-lock multiplier exactly at its end, with no
 * crank (issue 7, item 3; interface/state/schedule.rs): `lock_end` is a 00:00
 * UTC boundary, the schedule drops the position's weight from the config's
 * totals there, and its rewards are split there, whether or not anything
 * writes the position. A write after the end stores the fallen multiplier;
 * the totals are already where the schedule put them.
 */
import type { PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import {
  getAddStakeInstruction,
  getCrankCompoundInstruction,
  getExtendLockInstruction,
  getSyncInstruction,
  TOKEN,
  POSITION_OFFSETS,
} from '@/lib/programs/staking';
import { dayCeil } from '@/lib/programs/staking/schedule';
import { mustReadAccount } from '@/programs/test-support';
import {
  balance,
  claimIx,
  compoundIx,
  DAY,
  deposit,
  type Env,
  fundStream,
  newWallet,
  now,
  ok,
  readConfig,
  readPosition,
  readStaker,
  refreshIx,
  send,
  sendRaw,
  setAutoCompound,
  setTime,
  SPL,
  stake,
  type StakerWallet,
  stakerWallet,
  stakingEnv,
  toAddress,
  unstakeIx,
  updateConfig,
  view,
  voteLock,
  warp,
} from './helpers/staking';

/** No boosters, so weights equal voting power and the numbers stay round. */
function noBoosters(env: Env): void {
  updateConfig(env, { field: 'boosters', longLockBps: 0, voterBps: 0, participationBps: 0, longLockMinSecs: 90n * DAY, voterBoostSecs: DAY, participationWindowSecs: DAY });
}

/**
 * The config's totals equal Σ every position's weight now (its curve, as
 * `view_position` reports it), and each staker's voting power Σ its
 * positions' stored values. Syncs first, so the schedule has applied today.
 */
function expectSums(env: Env, wallets: StakerWallet[], positions: PublicKey[]): void {
  ok(sendRaw(env, wallets[0]!, [getSyncInstruction({ mint: env.mint })]));
  const views = positions.map((p) => view(env, p));
  const config = readConfig(env);
  expect(views.reduce((s, v) => s + v.votingPower, 0n)).toBe(config.totalVotingPower);
  expect(views.reduce((s, v) => s + v.refreshedWeight, 0n)).toBe(config.totalRewardWeight);
  const all = positions.map((p) => readPosition(env, p));
  for (const w of wallets) {
    const mine = all.filter((p) => p.owner.equals(w.pubkey));
    expect(readStaker(env, w.pubkey)!.votingPower).toBe(mine.reduce((s, p) => s + p.votingPower, 0n));
  }
}

/** The rule of position.rs applied to the raw account bytes, as governance reads them. */
function rawVotingPower(env: Env, position: PublicKey, at: bigint): bigint {
  const p = mustReadAccount(env.svm, toAddress(position)).data;
  const pv = new DataView(p.buffer, p.byteOffset, p.byteLength);
  const tier = p[POSITION_OFFSETS.tier]!;
  const amount = pv.getBigUint64(POSITION_OFFSETS.amount, true);
  const lockEnd = pv.getBigInt64(POSITION_OFFSETS.lockEnd, true);
  const fall = BigInt(pv.getUint16(POSITION_OFFSETS.fallMultiplierBps, true));
  return tier !== 0 && at >= lockEnd ? (amount * fall) / 10_000n : pv.getBigUint64(POSITION_OFFSETS.votingPower, true);
}

const near = (got: bigint, want: bigint, slack: bigint) => expect(got >= want - slack && got <= want + slack, `${got} ≈ ${want}`).toBe(true);

describe('staking: an ended lock loses its multiplier at its end, with no crank', () => {
  it('drops at lock_end (00:00 UTC) in the totals and in the rewards, with nothing written', async () => {
    const env = await stakingEnv(SPL);
    const { svm } = env;
    noBoosters(env);
    const anyone = await newWallet(svm);
    const alice = await stakerWallet(env);
    const bob = await stakerWallet(env);
    const a = stake(env, alice, 2, 1_000n * TOKEN); // 30 days, 1.5×
    const b = stake(env, bob, 0, 1_000n * TOKEN); // no lock, 1.0×
    const t0 = now(svm);
    const lockEnd = readPosition(env, a).lockEndTs;
    expect(lockEnd).toBe(dayCeil(t0 + 30n * DAY));
    expect(lockEnd % DAY).toBe(0n);
    // 2,500 tokens over 100 days from t0.
    await fundStream(env, 2_500n * TOKEN, 100n * DAY);
    const released = (t: bigint) => (2_500n * TOKEN * (t - t0)) / (100n * DAY);

    // One second before the end: still 1.5×, in the totals too.
    setTime(svm, lockEnd - 1n);
    expect(view(env, a).votingPower).toBe(1_500n * TOKEN);
    expect(rawVotingPower(env, a, now(svm))).toBe(1_500n * TOKEN);
    ok(sendRaw(env, anyone, [getSyncInstruction({ mint: env.mint })]));
    expect([readConfig(env).totalVotingPower, readConfig(env).totalRewardWeight]).toEqual([2_500n * TOKEN, 2_500n * TOKEN]);

    // Ten days after the end, the position untouched since its stake: 1.0× in
    // its view, in the raw rule and in the totals (a permissionless sync).
    const untouched = mustReadAccount(svm, toAddress(a)).data;
    setTime(svm, lockEnd + 10n * DAY);
    const v = view(env, a);
    expect([v.votingPower, v.refreshedWeight, v.rewardWeight]).toEqual([1_000n * TOKEN, 1_000n * TOKEN, 1_500n * TOKEN]);
    expect(rawVotingPower(env, a, now(svm))).toBe(1_000n * TOKEN);
    ok(sendRaw(env, anyone, [getSyncInstruction({ mint: env.mint })]));
    expect([readConfig(env).totalVotingPower, readConfig(env).totalRewardWeight]).toEqual([2_000n * TOKEN, 2_000n * TOKEN]);
    expect(mustReadAccount(svm, toAddress(a)).data).toEqual(untouched);

    // Rewards split at lock_end: 3/5 of the stream before it, 1/2 after, for
    // alice; bob the rest. (Rounded down at each of the ~40 boundaries.)
    const before = released(lockEnd);
    const after = released(now(svm)) - before;
    near(v.pending, (before * 3n) / 5n + after / 2n, 100n);
    near(view(env, b).pending, (before * 2n) / 5n + after / 2n, 100n);
    expect(v.pending + view(env, b).pending).toBeLessThanOrEqual(released(now(svm)));

    // What claim pays is what the view said.
    const paidBefore = balance(env, alice.token);
    ok(send(env, alice, [claimIx(env, alice, a)]));
    expect(balance(env, alice.token) - paidBefore).toBe(v.pending);
    const p = readPosition(env, a);
    expect([p.tier, p.multiplierBps, p.votingPower, p.rewardWeight, p.lockEndTs]).toEqual([2, 10_000, 1_000n * TOKEN, 1_000n * TOKEN, lockEnd]);
    expectSums(env, [alice, bob], [a, b]);

    // Re-locking at the same tier restores 1.5× until the next 00:00 UTC 30 days on.
    ok(send(env, alice, [getExtendLockInstruction({ owner: alice.pubkey, position: a, mint: env.mint, tier: 2 })]));
    const relocked = readPosition(env, a);
    expect([relocked.multiplierBps, relocked.votingPower, relocked.lockEndTs]).toEqual([15_000, 1_500n * TOKEN, dayCeil(now(svm) + 30n * DAY)]);
    expectSums(env, [alice, bob], [a, b]);
  });

  it('is stored by every instruction that writes the position, the totals already fallen', async () => {
    const env = await stakingEnv(SPL);
    const { svm } = env;
    noBoosters(env);
    const alice = await stakerWallet(env);
    const bob = await stakerWallet(env);
    // Seven 7-day positions at 1.2× (one per instruction) and bob's no-lock one.
    const positions = Array.from({ length: 7 }, () => stake(env, alice, 1, 1_000n * TOKEN));
    const [byClaim, byVote, byUnstake, byCompound, byCrank, byAdd, byExtend] = positions as [PublicKey, PublicKey, PublicKey, PublicKey, PublicKey, PublicKey, PublicKey];
    const bobs = stake(env, bob, 0, 1_000n * TOKEN);
    setAutoCompound(env, alice, byCrank, true);
    await deposit(env, 800n * TOKEN);
    // The deposit drips out over a week (the 7-day locks end with it).
    warp(svm, 7n * DAY);
    // Opted in too, staked after the rewards: the crank has nothing to move for it.
    const idle = stake(env, alice, 1, 1_000n * TOKEN);
    setAutoCompound(env, alice, idle, true);
    const all = [...positions, idle, bobs];
    warp(svm, 8n * DAY);
    // The stored values still count 1.2× (nothing wrote them), the totals do not.
    expect(readStaker(env, alice.pubkey)!.votingPower).toBe(9_600n * TOKEN);
    expectSums(env, [alice, bob], all);
    expect(readConfig(env).totalVotingPower).toBe(9_000n * TOKEN);

    const fallen = (position: PublicKey, amount: bigint) => {
      const p = readPosition(env, position);
      expect([p.multiplierBps, p.amount, p.votingPower, p.rewardWeight]).toEqual([10_000, amount, amount, amount]);
      expectSums(env, [alice, bob], all);
    };

    ok(send(env, alice, [claimIx(env, alice, byClaim)]));
    fallen(byClaim, 1_000n * TOKEN);

    voteLock(env, byVote, now(svm) + DAY);
    fallen(byVote, 1_000n * TOKEN);

    ok(send(env, alice, [unstakeIx(env, alice, byUnstake, 400n * TOKEN)]));
    fallen(byUnstake, 600n * TOKEN);

    const compounded = view(env, byCompound).pending;
    ok(send(env, alice, [compoundIx(env, alice, byCompound)]));
    fallen(byCompound, 1_000n * TOKEN + compounded);

    const cranked = view(env, byCrank).pending;
    expect(view(env, idle).pending).toBe(0n);
    const crank = getCrankCompoundInstruction({
      mint: env.mint,
      tokenProgram: env.tokenProgram,
      positions: [byCrank, idle].map((position) => ({ position, owner: alice.pubkey })),
    });
    ok(send(env, bob, [crank]));
    fallen(byCrank, 1_000n * TOKEN + cranked);

    // Adding and extending re-lock at the tier: 1.2× again (a fresh 7-day lock to a boundary).
    ok(send(env, alice, [getAddStakeInstruction({ owner: alice.pubkey, ownerToken: alice.token, position: byAdd, mint: env.mint, tokenProgram: env.tokenProgram, amount: 500n * TOKEN })]));
    let p = readPosition(env, byAdd);
    expect([p.multiplierBps, p.votingPower, p.lockEndTs]).toEqual([12_000, 1_800n * TOKEN, dayCeil(now(svm) + 7n * DAY)]);
    ok(send(env, alice, [getExtendLockInstruction({ owner: alice.pubkey, position: byExtend, mint: env.mint, tier: 1 })]));
    p = readPosition(env, byExtend);
    expect([p.multiplierBps, p.votingPower, p.lockEndTs]).toEqual([12_000, 1_200n * TOKEN, dayCeil(now(svm) + 7n * DAY)]);
    expectSums(env, [alice, bob], all);
    // Bob's no-lock position never ends: untouched, 1.0× as staked.
    expect(readPosition(env, bobs).multiplierBps).toBe(10_000);
  });

  it("falls to the no-lock multiplier of its last write: a new tier 0 applies at the next write", async () => {
    const env = await stakingEnv(SPL);
    const { svm } = env;
    const alice = await stakerWallet(env);
    const ended = stake(env, alice, 3, 1_000n * TOKEN); // 90 days, 2.0×
    const noLock = stake(env, alice, 0, 1_000n * TOKEN);
    warp(svm, 91n * DAY);
    expect(view(env, ended).votingPower).toBe(1_000n * TOKEN);

    const tiers = readConfig(env).tiers.map((t) => ({ lockSecs: t.lockSecs, multiplierBps: t.multiplierBps }));
    tiers[0]!.multiplierBps = 11_000;
    updateConfig(env, { field: 'tiers', tiers });
    // The schedule dropped it to the 1.0× of its last write; a write takes the new 1.1×.
    expect(view(env, ended).votingPower).toBe(1_000n * TOKEN);
    expect(rawVotingPower(env, ended, now(svm))).toBe(1_000n * TOKEN);
    ok(send(env, alice, [refreshIx(env, [ended, noLock])]));
    expect(readPosition(env, ended).votingPower).toBe(1_100n * TOKEN);
    expect(view(env, ended).votingPower).toBe(1_100n * TOKEN);
    expect(rawVotingPower(env, ended, now(svm))).toBe(1_100n * TOKEN);
    // Tier-0 positions keep the multiplier they were staked at.
    expect(readPosition(env, noLock).votingPower).toBe(1_000n * TOKEN);
    expectSums(env, [alice], [ended, noLock]);
  });
});
