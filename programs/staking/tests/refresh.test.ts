import { Keypair } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { findStakerPda, parseStakingEvents, TOKEN } from '@/lib/programs/staking';
import { mustReadAccount, plantAccount } from '@/programs/test-support';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithExtraAccounts, web3WithFlags } from '@/programs/test-support/web3';
import {
  DAY,
  deposit,
  forgedConfig,
  newWallet,
  ok,
  readConfig,
  readPosition,
  readStaker,
  refreshIx,
  send,
  SPL,
  stake,
  stakerWallet,
  stakingEnv,
  toAddress,
  view,
  warp,
} from './helpers/staking';
import { expectError, expectStakingError } from './helpers/assert';

describe('staking refresh', () => {
  it('lets anyone stop expired boosters from earning', async () => {
    const env = await stakingEnv(SPL);
    const { svm } = env;
    const anyone = await newWallet(svm);
    const alice = await stakerWallet(env);
    const bob = await stakerWallet(env);
    const a = stake(env, alice, 0, 1_000n * TOKEN);
    const b = stake(env, bob, 3, 1_000n * TOKEN);
    const ix = refreshIx(env, [a, b]);

    // Fail: no positions; a position without its staker
    expectError(send(env, anyone, [web3WithAccountCount(ix, 2)]), 'NotEnoughAccountKeys');
    expectError(send(env, anyone, [web3WithAccountCount(ix, 2)]), 'NotEnoughAccountKeys');
    expectStakingError(send(env, anyone, [web3WithAccountCount(ix, 5)]), 'InvalidInstructionData');
    expectStakingError(send(env, anyone, [web3WithExtraAccounts(ix, [{ pubkey: a, isSigner: false, isWritable: true }])]), 'InvalidInstructionData');
    // Fail: unexpected data
    expectStakingError(send(env, anyone, [web3WithData(ix, Uint8Array.of(12, 1))]), 'InvalidInstructionData');
    // Fail: config read-only; a position read-only; a staker read-only
    expectStakingError(send(env, anyone, [web3WithFlags(ix, 0, { isWritable: false })]), 'AccountNotWritable');
    expectStakingError(send(env, anyone, [web3WithFlags(ix, 4, { isWritable: false })]), 'AccountNotWritable');
    expectStakingError(send(env, anyone, [web3WithFlags(ix, 4, { isWritable: false })]), 'AccountNotWritable');
    // Fail: a position with another wallet's staker record
    expectStakingError(send(env, anyone, [web3WithAccount(ix, 3, findStakerPda(env.addrs.config, bob.pubkey)[0])]), 'InvalidStaker');
    // Fail: forged config
    expectStakingError(send(env, anyone, [web3WithAccount(ix, 0, forgedConfig(env))]), 'InvalidConfig');
    // Fail: a copy of a position owned by another program
    const fake = Keypair.generate().publicKey;
    plantAccount(svm, toAddress(fake), { owner: toAddress(env.tokenProgram), data: mustReadAccount(svm, toAddress(a)).data });
    expectStakingError(send(env, anyone, [web3WithAccount(ix, 2, fake)]), 'InvalidPosition');

    // 31 days later alice's participation booster (+10 %) has lapsed, bob's long lock (+20 %) still runs
    await deposit(env, 100n * TOKEN);
    warp(svm, 31n * DAY);
    const pendingA = view(env, a).pending;
    const pendingB = view(env, b).pending;
    expect(view(env, a).refreshedWeight).toBe(1_000n * TOKEN);
    expect(readPosition(env, a).rewardWeight).toBe(1_100n * TOKEN);

    // Success
    const result = ok(send(env, anyone, [ix]));
    const pa = readPosition(env, a);
    const pb = readPosition(env, b);
    expect([pa.boostBps, pa.rewardWeight, pa.votingPower]).toEqual([0, 1_000n * TOKEN, 1_000n * TOKEN]);
    expect([pb.boostBps, pb.rewardWeight]).toEqual([2_000, 2_400n * TOKEN]);
    // Rewards up to now were settled at the old weights.
    expect(pa.unclaimed).toBe(pendingA);
    expect(pb.unclaimed).toBe(pendingB);
    expect(readConfig(env).totalRewardWeight).toBe(pa.rewardWeight + pb.rewardWeight);
    expect(parseStakingEvents(result.logs)).toEqual([{ kind: 'Refreshed', positions: 2, totalRewardWeight: 3_400n * TOKEN }]);
    expect(result.computeUnits).toBeLessThan(6_000);

    // Success: refreshing twice in a row (or the same position twice) changes nothing
    ok(send(env, anyone, [refreshIx(env, [a, a])]));
    expect(readPosition(env, a).rewardWeight).toBe(1_000n * TOKEN);
    expect(readConfig(env).totalRewardWeight).toBe(3_400n * TOKEN);

    // After bob's lock ends his long-lock booster goes, and his 90-day multiplier
    // (2.0×) falls to the no-lock tier's (1.0×): voting power and weight.
    warp(svm, 60n * DAY);
    expect(view(env, b).votingPower).toBe(1_000n * TOKEN);
    expect(readPosition(env, b).votingPower).toBe(2_000n * TOKEN);
    ok(send(env, anyone, [refreshIx(env, [b])]));
    const ended = readPosition(env, b);
    expect([ended.multiplierBps, ended.votingPower, ended.rewardWeight]).toEqual([10_000, 1_000n * TOKEN, 1_000n * TOKEN]);
    expect(readStaker(env, bob.pubkey)!.votingPower).toBe(1_000n * TOKEN);
    const config = readConfig(env);
    expect([config.totalVotingPower, config.totalRewardWeight]).toEqual([2_000n * TOKEN, 2_000n * TOKEN]);
  });
});
