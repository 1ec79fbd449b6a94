import { Keypair, SystemProgram } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { findStakerPda, parseStakingEvents, settleGlobal, TOKEN } from '@/lib/programs/staking';
import { mintSupply, mustReadAccount, plantAccount, readAccount } from '@/programs/test-support';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import {
  afterFee,
  balance,
  DAY,
  deposit,
  now,
  ok,
  positionExists,
  readConfig,
  readPosition,
  readStaker,
  send,
  SPL,
  stake,
  stakerWallet,
  stakingEnv,
  toAddress,
  tokenAccount,
  TOKEN_CONFIGS,
  unstakeIx,
  updateConfig,
  view,
  voteLock,
  warp,
} from './helpers/staking';
import { expectError, expectStakingError } from './helpers/assert';


describe.each(TOKEN_CONFIGS)('staking unstake ($name)', (token) => {
  it('withdraws with the early penalty recycled to the remaining stakers', async () => {
    const env = await stakingEnv(token);
    const { svm } = env;
    const alice = await stakerWallet(env);
    const bob = await stakerWallet(env);
    const position = stake(env, alice, 2, 1_000n * TOKEN);
    const bobPosition = stake(env, bob, 0, 1_000n * TOKEN);
    const staked = readPosition(env, position).amount;
    const amount = 400n * TOKEN;
    const ix = unstakeIx(env, alice, position, amount);

    // Fail: not enough accounts
    expectError(send(env, alice, [web3WithAccountCount(ix, 9)]), 'NotEnoughAccountKeys');
    // Fail: data too short
    expectStakingError(send(env, alice, [web3WithData(ix, Uint8Array.of(5, 1))]), 'InvalidInstructionData');
    // Fail: owner did not sign
    expectError(send(env, bob, [web3WithFlags(ix, 0, { isSigner: false })], [alice]), 'MissingRequiredSignature');
    // Fail: reward vault read-only
    expectStakingError(send(env, alice, [web3WithFlags(ix, 7, { isWritable: false })]), 'AccountNotWritable');
    // Fail: zero
    expectStakingError(send(env, alice, [unstakeIx(env, alice, position, 0n)]), 'ZeroAmount');
    // Fail: a config copy owned by another program
    const fake = Keypair.generate().publicKey;
    plantAccount(svm, toAddress(fake), { owner: toAddress(SystemProgram.programId), data: mustReadAccount(svm, toAddress(env.addrs.config)).data });
    expectStakingError(send(env, alice, [web3WithAccount(ix, 1, fake)]), 'InvalidConfig');
    // Fail: wrong mint, token program, substituted vaults
    expectStakingError(send(env, alice, [web3WithAccount(ix, 8, Keypair.generate().publicKey)]), 'InvalidMint');
    expectStakingError(send(env, alice, [web3WithAccount(ix, 9, SystemProgram.programId)]), 'InvalidTokenProgram');
    const attacker = await tokenAccount(env, bob.pubkey);
    expectStakingError(send(env, alice, [web3WithAccount(ix, 6, attacker)]), 'InvalidVault');
    expectStakingError(send(env, alice, [web3WithAccount(ix, 7, attacker)]), 'InvalidVault');
    // Fail: bob withdraws alice's position (to his own token account)
    const steal = web3WithAccount(web3WithAccount(unstakeIx(env, bob, position, amount), 3, findStakerPda(env.addrs.config, bob.pubkey)[0]), 5, bob.token);
    expectStakingError(send(env, bob, [steal]), 'NotPositionOwner');
    // Fail: another wallet's staker record
    expectStakingError(send(env, alice, [web3WithAccount(ix, 3, findStakerPda(env.addrs.config, bob.pubkey)[0])]), 'InvalidStaker');
    // Fail: more than the position holds
    expectStakingError(send(env, alice, [unstakeIx(env, alice, position, staked + 1n)]), 'InsufficientStake');
    // Fail: a partial unstake that would leave less than the minimum stake (1 base unit here)
    expectStakingError(send(env, alice, [unstakeIx(env, alice, position, staked - 1n)]), 'BelowMinimumStake');
    // Fail: the position passed as the staker record too
    expectStakingError(send(env, alice, [web3WithAccount(ix, 3, position)]), 'DuplicateAccount');

    // Success: early (30-day lock): 10 % stays behind and is shared by the remaining weight
    await deposit(env, 50n * TOKEN);
    warp(svm, DAY);
    const alicePending = view(env, position).pending;
    const bobPendingBefore = view(env, bobPosition).pending;
    const walletBefore = balance(env, alice.token);
    const rewardVaultBefore = balance(env, env.addrs.rewardVault);
    const dripLeft = settleGlobal(readConfig(env), now(svm)).dripRemaining;
    const result = ok(send(env, alice, [ix]));
    const penalty = amount / 10n;
    expect(balance(env, alice.token)).toBe(walletBefore + afterFee(env, amount - penalty));
    const recycled = afterFee(env, penalty);
    expect(balance(env, env.addrs.rewardVault)).toBe(rewardVaultBefore + recycled);
    let p = readPosition(env, position);
    expect(p.amount).toBe(staked - amount);
    expect(p.unclaimed).toBe(alicePending);
    expect(p.votingPower).toBe(((staked - amount) * 15n) / 10n);
    // The penalty joins the drip (with what is left of the deposit): nothing at once,
    // then bob and alice's remaining stake share it by weight as it drips.
    expect(readConfig(env).drip.remaining).toBe(dripLeft + recycled);
    expect(view(env, bobPosition).pending).toBe(bobPendingBefore);
    warp(svm, 7n * DAY);
    const bobWeight = readPosition(env, bobPosition).rewardWeight;
    const share = ((dripLeft + recycled) * bobWeight) / (bobWeight + p.rewardWeight);
    const bobGain = view(env, bobPosition).pending - bobPendingBefore;
    // ±1 for the floors of two pending amounts.
    expect(bobGain >= share - 1n && bobGain <= share + 1n, `${bobGain} vs ${share}`).toBe(true);
    const config = readConfig(env);
    expect(config.totalPenalties).toBe(penalty);
    expect(config.totalStaked).toBe(p.amount + readPosition(env, bobPosition).amount);
    expect(readStaker(env, alice.pubkey)!.totalAmount).toBe(p.amount);
    expect(parseStakingEvents(result.logs)[0]).toMatchObject({ kind: 'Unstaked', amount, penalty, rewardsPaid: 0n, closed: false });
    expect(result.computeUnits).toBeLessThan(token.program === 'token' ? 10_000 : 16_000);

    // Fail: locked by a governance vote
    const until = now(svm) + 7n * DAY;
    voteLock(env, position, until);
    expectStakingError(send(env, alice, [unstakeIx(env, alice, position, 1n)]), 'VoteLocked');

    // Success: after the lock (and the vote) end, everything is free; the position closes and pays its rewards
    warp(svm, 31n * DAY);
    const lamportsBefore = readAccount(svm, alice.address)!.lamports;
    const rent = readAccount(svm, toAddress(position))!.lamports;
    const rewards = view(env, position).pending;
    const before = balance(env, alice.token);
    const close = ok(send(env, alice, [unstakeIx(env, alice, position, p.amount)]));
    expect(balance(env, alice.token)).toBe(before + afterFee(env, p.amount) + afterFee(env, rewards));
    expect(positionExists(env, position)).toBe(false);
    expect(readAccount(svm, alice.address)!.lamports).toBe(lamportsBefore + rent - 5_000n);
    expect(readStaker(env, alice.pubkey)).toMatchObject({ totalAmount: 0n, votingPower: 0n, openPositions: 0, nextPositionId: 1 });
    expect(readConfig(env)).toMatchObject({ openPositions: 1, totalStaked: readPosition(env, bobPosition).amount });
    expect(parseStakingEvents(close.logs)[0]).toMatchObject({ kind: 'Unstaked', penalty: 0n, rewardsPaid: rewards, closed: true });
    p = readPosition(env, bobPosition);

    // Fail: the closed position is gone
    expectStakingError(send(env, alice, [unstakeIx(env, alice, position, 1n)]), 'InvalidPosition');

    // Success: the no-lock tier never pays a penalty, even right away; allowed while paused
    updateConfig(env, { field: 'paused', paused: true });
    const carol = await stakerWallet(env);
    updateConfig(env, { field: 'paused', paused: false });
    const carolPosition = stake(env, carol, 0, 200n * TOKEN);
    updateConfig(env, { field: 'paused', paused: true });
    const carolAmount = readPosition(env, carolPosition).amount;
    const carolBefore = balance(env, carol.token);
    ok(send(env, carol, [unstakeIx(env, carol, carolPosition, carolAmount)]));
    expect(balance(env, carol.token)).toBe(carolBefore + afterFee(env, carolAmount));
  });

  it('sends penalties to the treasury or burns them', async () => {
    const env = await stakingEnv(token);
    const alice = await stakerWallet(env);
    const position = stake(env, alice, 4, 1_000n * TOKEN);
    const treasury = await tokenAccount(env, env.admin.pubkey);
    updateConfig(env, { field: 'penaltyDestination', destination: 'treasury', treasury });

    // Fail: treasury account missing
    const ix = unstakeIx(env, alice, position, 100n * TOKEN);
    expectStakingError(send(env, alice, [web3WithAccountCount(ix, 10)]), 'InvalidTreasury');
    // Fail: another account as treasury
    expectStakingError(send(env, alice, [web3WithAccount(ix, 10, alice.token)]), 'InvalidTreasury');
    // Fail: treasury read-only
    expectStakingError(send(env, alice, [web3WithFlags(ix, 10, { isWritable: false })]), 'AccountNotWritable');

    // Success: treasury
    ok(send(env, alice, [ix]));
    expect(balance(env, treasury)).toBe(afterFee(env, 10n * TOKEN));
    expect(readConfig(env).totalRewardWeight).toBe(readPosition(env, position).rewardWeight);

    // Success: burn (the mint is writable in the client's instruction)
    updateConfig(env, { field: 'penaltyDestination', destination: 'burn' });
    const supply = mintSupply(env.svm, toAddress(env.mint));
    ok(send(env, alice, [unstakeIx(env, alice, position, 100n * TOKEN)]));
    expect(mintSupply(env.svm, toAddress(env.mint))).toBe(supply - 10n * TOKEN);
    expect(readConfig(env).totalPenalties).toBe(20n * TOKEN);
  });
});

describe('staking unstake (recycling with nobody left)', () => {
  it('keeps a recycled penalty for the next staker when the leaver was the last one', async () => {
    const env = await stakingEnv(SPL);
    const alice = await stakerWallet(env);
    const bob = await stakerWallet(env);
    const position = stake(env, alice, 4, 1_000n * TOKEN);
    ok(send(env, alice, [unstakeIx(env, alice, position, 1_000n * TOKEN)]));
    const config = readConfig(env);
    expect(config.totalRewardWeight).toBe(0n);
    expect(config.drip.remaining).toBe(100n * TOKEN);
    const bobPosition = stake(env, bob, 0, 100n * TOKEN);
    // It drips to bob, the only weight, over the drip period.
    expect(view(env, bobPosition).pending).toBe(0n);
    warp(env.svm, 7n * DAY);
    // Rounded down by at most one base unit (the remainder stays undistributed).
    expect(100n * TOKEN - view(env, bobPosition).pending).toBeLessThanOrEqual(1n);
  });
});
