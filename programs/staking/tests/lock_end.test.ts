/**
 * An ended lock falls to the no-lock multiplier (interface/state/position.rs):
 * at once in the current voting power (`view_position`, the rule governance
 * reads), and in the stored voting power / reward weight from the first
 * instruction that writes the position, with the config's totals and the
 * staker's voting power following. Rewards up to that write are at the old weight.
 */
import type { PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import {
  effectiveVotingPower,
  getAddStakeInstruction,
  getCrankCompoundInstruction,
  getExtendLockInstruction,
  TOKEN,
  TIER0_MULTIPLIER_OFFSET,
  POSITION_OFFSETS,
} from '@/lib/programs/staking';
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
  setAutoCompound,
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

/** Config totals and every staker's voting power equal the sums over `positions`. */
function expectSums(env: Env, wallets: StakerWallet[], positions: PublicKey[]): void {
  const all = positions.map((p) => readPosition(env, p));
  const config = readConfig(env);
  expect(all.reduce((s, p) => s + p.votingPower, 0n)).toBe(config.totalVotingPower);
  expect(all.reduce((s, p) => s + p.rewardWeight, 0n)).toBe(config.totalRewardWeight);
  for (const w of wallets) {
    const mine = all.filter((p) => p.owner.equals(w.pubkey));
    expect(readStaker(env, w.pubkey)!.votingPower).toBe(mine.reduce((s, p) => s + p.votingPower, 0n));
  }
}

/** The rule of position.rs applied to the raw account bytes, as governance reads them. */
function rawVotingPower(env: Env, position: PublicKey, at: bigint): bigint {
  const p = mustReadAccount(env.svm, toAddress(position)).data;
  const c = mustReadAccount(env.svm, toAddress(env.addrs.config)).data;
  const pv = new DataView(p.buffer, p.byteOffset, p.byteLength);
  const tier = p[POSITION_OFFSETS.tier]!;
  const amount = pv.getBigUint64(POSITION_OFFSETS.amount, true);
  const lockEnd = pv.getBigInt64(POSITION_OFFSETS.lockEnd, true);
  const tier0 = BigInt(new DataView(c.buffer, c.byteOffset, c.byteLength).getUint16(TIER0_MULTIPLIER_OFFSET, true));
  return tier !== 0 && at >= lockEnd ? (amount * tier0) / 10_000n : pv.getBigUint64(POSITION_OFFSETS.votingPower, true);
}

describe('staking: an ended lock loses its multiplier', () => {
  it('counts 1.0× from lock_end, stores it at the next write, and splits rewards there', async () => {
    const env = await stakingEnv(SPL);
    const { svm } = env;
    noBoosters(env);
    const anyone = await newWallet(svm);
    const alice = await stakerWallet(env);
    const bob = await stakerWallet(env);
    const a = stake(env, alice, 2, 1_000n * TOKEN); // 30 days, 1.5×
    const b = stake(env, bob, 0, 1_000n * TOKEN); // no lock, 1.0×
    const lockEnd = readPosition(env, a).lockEndTs;
    // 2,500 tokens over 100 days: 25 a day.
    await fundStream(env, 2_500n * TOKEN, 100n * DAY);

    // One second before the end: still 1.5×.
    warp(svm, 30n * DAY - 1n);
    expect(view(env, a).votingPower).toBe(1_500n * TOKEN);
    expect(rawVotingPower(env, a, now(svm))).toBe(1_500n * TOKEN);

    // Day 40: 1.0× at once for voting power (view, projection, raw rule), while the
    // stored fields and totals still hold 1.5× and it still earns at 1.5×.
    warp(svm, 10n * DAY + 1n);
    expect(now(svm)).toBe(lockEnd + 10n * DAY);
    let v = view(env, a);
    expect(v.votingPower).toBe(1_000n * TOKEN);
    expect(effectiveVotingPower(readConfig(env), readPosition(env, a), now(svm))).toBe(1_000n * TOKEN);
    expect(rawVotingPower(env, a, now(svm))).toBe(1_000n * TOKEN);
    expect(v.rewardWeight).toBe(1_500n * TOKEN);
    expect(v.refreshedWeight).toBe(1_000n * TOKEN);
    // 40 days × 25 at 1.5 / 2.5 of the weight.
    expect(v.pending).toBe(600n * TOKEN);
    expect(readConfig(env).totalVotingPower).toBe(2_500n * TOKEN);

    // refresh (anyone): stored 1.0×, staker and totals follow; the 600 are kept.
    ok(send(env, anyone, [refreshIx(env, [a, b])]));
    const p = readPosition(env, a);
    expect([p.tier, p.multiplierBps, p.votingPower, p.rewardWeight, p.unclaimed]).toEqual([2, 10_000, 1_000n * TOKEN, 1_000n * TOKEN, 600n * TOKEN]);
    expect(p.lockEndTs).toBe(lockEnd);
    expect(readStaker(env, alice.pubkey)!.votingPower).toBe(1_000n * TOKEN);
    expect([readConfig(env).totalVotingPower, readConfig(env).totalRewardWeight]).toEqual([2_000n * TOKEN, 2_000n * TOKEN]);
    expectSums(env, [alice, bob], [a, b]);
    v = view(env, a);
    expect([v.votingPower, v.rewardWeight, v.refreshedWeight]).toEqual([1_000n * TOKEN, 1_000n * TOKEN, 1_000n * TOKEN]);

    // 10 more days at 1.0 / 2.0: alice +125, bob 40 days at 1/2.5 + 125.
    warp(svm, 10n * DAY);
    expect(view(env, a).pending).toBe(725n * TOKEN);
    expect(view(env, b).pending).toBe(525n * TOKEN);
    const before = balance(env, alice.token);
    ok(send(env, alice, [claimIx(env, alice, a)]));
    expect(balance(env, alice.token) - before).toBe(725n * TOKEN);

    // Re-locking at the same tier restores 1.5× (from now, for another 30 days).
    ok(send(env, alice, [getExtendLockInstruction({ owner: alice.pubkey, position: a, mint: env.mint, tier: 2 })]));
    const relocked = readPosition(env, a);
    expect([relocked.multiplierBps, relocked.votingPower, relocked.lockEndTs]).toEqual([15_000, 1_500n * TOKEN, now(svm) + 30n * DAY]);
    expect(view(env, a).votingPower).toBe(1_500n * TOKEN);
    expectSums(env, [alice, bob], [a, b]);
  });

  it('is applied by every instruction that writes the position', async () => {
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
    expect(readStaker(env, alice.pubkey)!.votingPower).toBe(9_600n * TOKEN);

    const demoted = (position: PublicKey, amount: bigint) => {
      const p = readPosition(env, position);
      expect([p.multiplierBps, p.amount, p.votingPower, p.rewardWeight]).toEqual([10_000, amount, amount, amount]);
      expectSums(env, [alice, bob], all);
    };

    ok(send(env, alice, [claimIx(env, alice, byClaim)]));
    demoted(byClaim, 1_000n * TOKEN);

    voteLock(env, byVote, now(svm) + DAY);
    demoted(byVote, 1_000n * TOKEN);

    ok(send(env, alice, [unstakeIx(env, alice, byUnstake, 400n * TOKEN)]));
    demoted(byUnstake, 600n * TOKEN);

    const compounded = view(env, byCompound).pending;
    ok(send(env, alice, [compoundIx(env, alice, byCompound)]));
    demoted(byCompound, 1_000n * TOKEN + compounded);

    const cranked = view(env, byCrank).pending;
    expect(view(env, idle).pending).toBe(0n);
    const crank = getCrankCompoundInstruction({
      mint: env.mint,
      tokenProgram: env.tokenProgram,
      positions: [byCrank, idle].map((position) => ({ position, owner: alice.pubkey })),
    });
    ok(send(env, bob, [crank]));
    demoted(byCrank, 1_000n * TOKEN + cranked);
    demoted(idle, 1_000n * TOKEN);

    // Adding and extending re-lock at the tier: 1.2× again (a fresh 7-day lock).
    ok(send(env, alice, [getAddStakeInstruction({ owner: alice.pubkey, ownerToken: alice.token, position: byAdd, mint: env.mint, tokenProgram: env.tokenProgram, amount: 500n * TOKEN })]));
    let p = readPosition(env, byAdd);
    expect([p.multiplierBps, p.votingPower, p.lockEndTs]).toEqual([12_000, 1_800n * TOKEN, now(svm) + 7n * DAY]);
    ok(send(env, alice, [getExtendLockInstruction({ owner: alice.pubkey, position: byExtend, mint: env.mint, tier: 1 })]));
    p = readPosition(env, byExtend);
    expect([p.multiplierBps, p.votingPower, p.lockEndTs]).toEqual([12_000, 1_200n * TOKEN, now(svm) + 7n * DAY]);
    expectSums(env, [alice, bob], all);
    // Bob's no-lock position was never "ended": untouched, 1.0× as staked.
    expect(readPosition(env, bobs).multiplierBps).toBe(10_000);
  });

  it("follows the no-lock tier's multiplier as the authority sets it; tier-0 positions keep theirs", async () => {
    const env = await stakingEnv(SPL);
    const { svm } = env;
    const alice = await stakerWallet(env);
    const ended = stake(env, alice, 3, 1_000n * TOKEN); // 90 days, 2.0×
    const noLock = stake(env, alice, 0, 1_000n * TOKEN);
    warp(svm, 91n * DAY);
    ok(send(env, alice, [refreshIx(env, [ended])]));
    expect(readPosition(env, ended).votingPower).toBe(1_000n * TOKEN);

    const tiers = readConfig(env).tiers.map((t) => ({ lockSecs: t.lockSecs, multiplierBps: t.multiplierBps }));
    tiers[0]!.multiplierBps = 11_000;
    updateConfig(env, { field: 'tiers', tiers });
    // Current power follows at once; the stored one at the next write.
    expect(view(env, ended).votingPower).toBe(1_100n * TOKEN);
    expect(rawVotingPower(env, ended, now(svm))).toBe(1_100n * TOKEN);
    expect(view(env, noLock).votingPower).toBe(1_000n * TOKEN);
    ok(send(env, alice, [refreshIx(env, [ended, noLock])]));
    expect(readPosition(env, ended).votingPower).toBe(1_100n * TOKEN);
    expect(readPosition(env, noLock).votingPower).toBe(1_000n * TOKEN);
    expectSums(env, [alice], [ended, noLock]);
  });
});
