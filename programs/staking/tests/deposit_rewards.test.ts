import { Keypair, SystemProgram } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { getDepositRewardsInstruction, parseStakingEvents, settleGlobal, streamRelease, TOKEN } from '@/lib/programs/staking';
import { mustReadAccount, plantAccount } from '@/programs/test-support';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import {
  adminTokens,
  afterFee,
  balance,
  DAY,
  newWallet,
  now,
  ok,
  positionAddress,
  readConfig,
  readPosition,
  send,
  SPL,
  stake,
  stakeIx,
  stakerWallet,
  stakingEnv,
  toAddress,
  TOKEN_CONFIGS,
  unstakeIx,
  updateConfig,
  view,
  warp,
} from './helpers/staking';
import { expectError, expectStakingError } from './helpers/assert';

const HOUR = 3_600n;
const WEEK = 7n * DAY;

describe.each(TOKEN_CONFIGS)('staking deposit_rewards ($name)', (token) => {
  it('adds to the drip, released pro rata to reward weight over the drip period', async () => {
    const env = await stakingEnv(token);
    const { svm, admin } = env;
    const source = await adminTokens(env, 10_000n * TOKEN);
    const build = (amount: bigint) =>
      getDepositRewardsInstruction({ depositor: admin.pubkey, depositorToken: source, mint: env.mint, tokenProgram: env.tokenProgram, amount });
    const ix = build(100n * TOKEN);
    const other = await newWallet(svm);

    // Fail: not enough accounts
    expectError(send(env, admin, [web3WithAccountCount(ix, 6)]), 'NotEnoughAccountKeys');
    // Fail: data too short
    expectStakingError(send(env, admin, [web3WithData(ix, Uint8Array.of(6))]), 'InvalidInstructionData');
    // Fail: depositor did not sign
    expectError(send(env, other, [web3WithFlags(ix, 0, { isSigner: false })], [admin]), 'MissingRequiredSignature');
    // Fail: reward vault read-only
    expectStakingError(send(env, admin, [web3WithFlags(ix, 4, { isWritable: false })]), 'AccountNotWritable');
    // Fail: zero
    expectStakingError(send(env, admin, [build(0n)]), 'ZeroAmount');
    // Fail: a config copy owned by another program
    const fake = Keypair.generate().publicKey;
    plantAccount(svm, toAddress(fake), { owner: toAddress(SystemProgram.programId), data: mustReadAccount(svm, toAddress(env.addrs.config)).data });
    expectStakingError(send(env, admin, [web3WithAccount(ix, 1, fake)]), 'InvalidConfig');
    // Fail: rewards into the stake vault (would be counted as rewards but sit with the stakes)
    expectStakingError(send(env, admin, [web3WithAccount(ix, 4, env.addrs.stakeVault)]), 'InvalidVault');
    // Fail: wrong mint / token program
    expectStakingError(send(env, admin, [web3WithAccount(ix, 5, Keypair.generate().publicKey)]), 'InvalidMint');
    expectStakingError(send(env, admin, [web3WithAccount(ix, 6, SystemProgram.programId)]), 'InvalidTokenProgram');
    // Fail: paused
    updateConfig(env, { field: 'paused', paused: true });
    expectStakingError(send(env, admin, [ix]), 'Paused');
    updateConfig(env, { field: 'paused', paused: false });

    // Success: nobody stakes yet; the deposit joins the drip, spread over 7 days from now
    const received = afterFee(env, 100n * TOKEN);
    const first = ok(send(env, admin, [ix]));
    const t0 = now(svm);
    expect(readConfig(env)).toMatchObject({ undistributedScaled: 0n, accRewardPerWeight: 0n, totalFunded: received });
    expect(readConfig(env).drip).toMatchObject({ remaining: received, endTs: t0 + WEEK, periodSecs: WEEK });
    expect(balance(env, env.addrs.rewardVault)).toBe(received);
    expect(parseStakingEvents(first.logs)).toEqual([
      { kind: 'RewardsDeposited', depositor: admin.pubkey, amount: received, dripRemaining: received, dripEnd: t0 + WEEK },
    ]);

    // Success: two stakers with weights 1.1 : 3.9 (tier 0 vs tier 4 with the long-lock booster)
    // join in the same second: nothing has dripped yet, so nothing is theirs yet
    const alice = await stakerWallet(env);
    const bob = await stakerWallet(env);
    const a = stake(env, alice, 0, 1_000n * TOKEN);
    const b = stake(env, bob, 4, 1_000n * TOKEN);
    expect(view(env, a).pending).toBe(0n);
    expect(view(env, b).pending).toBe(0n);
    const wa = readPosition(env, a).rewardWeight;
    const wb = readPosition(env, b).rewardWeight;
    // One day later a seventh has dripped, shared by weight.
    warp(svm, DAY);
    const dayOne = received / 7n;
    let gainA = view(env, a).pending;
    let gainB = view(env, b).pending;
    expect(gainA + gainB).toBeLessThanOrEqual(dayOne + 1n);
    expect(gainA + gainB).toBeGreaterThanOrEqual(dayOne - 2n);
    expect(Number(gainB) / Number(gainA)).toBeCloseTo(Number(wb) / Number(wa), 6);

    // Success: a second deposit re-spreads what is left with the new amount over a fresh 7 days
    const aBefore = view(env, a).pending;
    const bBefore = view(env, b).pending;
    const second = ok(send(env, admin, [build(500n * TOKEN)]));
    const got = afterFee(env, 500n * TOKEN);
    const left = received - streamRelease(received, t0, t0 + WEEK, now(svm));
    expect(readConfig(env).drip).toMatchObject({ remaining: left + got, endTs: now(svm) + WEEK });
    expect(view(env, a).pending).toBe(aBefore);
    expect(readConfig(env).totalFunded).toBe(received + got);
    expect(second.computeUnits).toBeLessThan(token.program === 'token' ? 5_000 : 8_000);
    // After the period everything has reached the two positions, pro rata.
    warp(svm, WEEK);
    gainA = view(env, a).pending - aBefore;
    gainB = view(env, b).pending - bBefore;
    // ±2: each of the four pending amounts is rounded down.
    expect(gainA + gainB).toBeLessThanOrEqual(left + got + 2n);
    expect(gainA + gainB).toBeGreaterThanOrEqual(left + got - 2n);
    expect(Number(gainB) / Number(gainA)).toBeCloseTo(Number(wb) / Number(wa), 6);
    expect(settleGlobal(readConfig(env), now(svm)).dripRemaining).toBe(0n);
  });
});

describe('staking deposit_rewards: no reward for time not staked', () => {
  /** Alice has staked for a while; the sniper brings 9× her weight around a deposit of 1,000. */
  async function setUp() {
    const env = await stakingEnv(SPL);
    const alice = await stakerWallet(env);
    const sniper = await stakerWallet(env, 100_000n);
    const position = stake(env, alice, 0, 1_000n * TOKEN);
    warp(env.svm, 30n * DAY);
    const source = await adminTokens(env, 1_000n * TOKEN);
    const depositIx = getDepositRewardsInstruction({ depositor: env.admin.pubkey, depositorToken: source, mint: env.mint, tokenProgram: env.tokenProgram, amount: 1_000n * TOKEN });
    return { env, alice, sniper, position, depositIx };
  }

  it('stake, deposit and unstake in one slot earns nothing; the long-standing staker keeps all of it', async () => {
    const { env, alice, sniper, position, depositIx } = await setUp();
    const snipe = stakeIx(env, sniper, 0, 9_000n * TOKEN);
    const sniperPosition = positionAddress(env, sniper.pubkey, 0);
    const before = balance(env, sniper.token);
    ok(send(env, env.admin, [snipe, depositIx, unstakeIx(env, sniper, sniperPosition, 9_000n * TOKEN)], [sniper]));
    // Back exactly what was staked: no rewards (no-lock tier, so no penalty either).
    expect(balance(env, sniper.token)).toBe(before);
    warp(env.svm, WEEK);
    // Alice, the only weight while it dripped, gets the whole deposit (less rounding).
    const pending = view(env, position).pending;
    expect(pending).toBeLessThanOrEqual(1_000n * TOKEN);
    expect(pending).toBeGreaterThanOrEqual(1_000n * TOKEN - 1n);
    void alice;
  });

  it('a stake held for an hour around a deposit earns at most its share of that hour', async () => {
    const { env, sniper, position, depositIx } = await setUp();
    const sniperPosition = stake(env, sniper, 0, 9_000n * TOKEN);
    ok(send(env, env.admin, [depositIx]));
    warp(env.svm, HOUR);
    const before = balance(env, sniper.token);
    ok(send(env, sniper, [unstakeIx(env, sniper, sniperPosition, 9_000n * TOKEN)]));
    const paid = balance(env, sniper.token) - before - 9_000n * TOKEN;
    // 9/10 of the weight for 1 hour of a 168-hour drip: at most 1,000 × 1/168 × 9/10.
    const bound = (1_000n * TOKEN * HOUR * 9n) / (WEEK * 10n);
    expect(paid).toBeGreaterThan(0n);
    expect(paid).toBeLessThanOrEqual(bound);
    // Today's instant distribution would have paid 900.
    expect(paid).toBeLessThan(10n * TOKEN);
    // Alice gets the rest once the drip has run.
    warp(env.svm, WEEK);
    const pending = view(env, position).pending;
    expect(pending + paid).toBeLessThanOrEqual(1_000n * TOKEN);
    expect(pending + paid).toBeGreaterThanOrEqual(1_000n * TOKEN - 2n);
  });
});
