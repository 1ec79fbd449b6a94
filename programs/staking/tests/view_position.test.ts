import { describe, expect, it } from 'vitest';
import { getViewPositionInstruction, pendingRewards, refreshedWeight, TOKEN } from '@/lib/programs/staking';
import { mustReadAccount } from '@/programs/test-support';
import { simulateWeb3, web3WithAccount, web3WithAccountCount, web3WithData } from '@/programs/test-support/web3';
import {
  claimIx,
  DAY,
  deposit,
  forgedConfig,
  fundStream,
  now,
  ok,
  readConfig,
  readPosition,
  send,
  SPL,
  stake,
  stakerWallet,
  stakingEnv,
  toAddress,
  view,
  warp,
  balance,
} from './helpers/staking';
import { expectError, expectStakingError } from './helpers/assert';

describe('staking view_position', () => {
  it('returns pending rewards and weights at now without writing', async () => {
    const env = await stakingEnv(SPL);
    const { svm, admin } = env;
    const alice = await stakerWallet(env);
    const position = stake(env, alice, 4, 1_000n * TOKEN);
    const ix = getViewPositionInstruction({ mint: env.mint, position });

    // Fail: not enough accounts
    expectError(simulateWeb3(svm, admin.kp, [web3WithAccountCount(ix, 1)]), 'NotEnoughAccountKeys');
    // Fail: unexpected data
    expectStakingError(simulateWeb3(svm, admin.kp, [web3WithData(ix, Uint8Array.of(14, 0))]), 'InvalidInstructionData');
    // Fail: forged config
    expectStakingError(simulateWeb3(svm, admin.kp, [web3WithAccount(ix, 0, forgedConfig(env))]), 'InvalidConfig');
    // Fail: not a position
    expectStakingError(simulateWeb3(svm, admin.kp, [web3WithAccount(ix, 1, env.addrs.rewardVault)]), 'InvalidPosition');

    // Success: mid-stream, after a deposit, with an expired booster; matches the TS projection and what claim pays
    await deposit(env, 10n * TOKEN);
    await fundStream(env, 1_000n * TOKEN, 60n * DAY);
    warp(svm, 33n * DAY + 17n);
    const before = mustReadAccount(svm, toAddress(env.addrs.config)).data;
    const result = ok(simulateWeb3(svm, admin.kp, [ix]));
    expect(result.returnData.length).toBe(48);
    const v = view(env, position);
    const t = now(svm);
    expect(v.pending).toBe(pendingRewards(readConfig(env), readPosition(env, position), t));
    expect(v.votingPower).toBe(3_000n * TOKEN);
    expect(v.rewardWeight).toBe(3_900n * TOKEN);
    expect(v.boostBps).toBe(2_000);
    expect(v.refreshedWeight).toBe(3_600n * TOKEN);
    expect(v.refreshedWeight).toBe(refreshedWeight(readConfig(env), readPosition(env, position), t));
    expect(v.unlockAtTs).toBe(readPosition(env, position).lockEndTs);
    expect(result.computeUnits).toBeLessThan(3_000);
    // Nothing written: sending it changes no byte either.
    ok(send(env, admin, [ix]));
    expect(mustReadAccount(svm, toAddress(env.addrs.config)).data).toEqual(before);
    const wallet = balance(env, alice.token);
    ok(send(env, alice, [claimIx(env, alice, position)]));
    expect(balance(env, alice.token) - wallet).toBe(v.pending);
  });
});
