import { describe, expect, it } from 'vitest';
import {
  currentRewardWeight,
  decodePositionView,
  decodeSchedule,
  getSyncInstruction,
  getViewPositionInstruction,
  pendingRewards,
  refreshedWeight,
  TOKEN,
} from '@/lib/programs/staking';
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
  sendRaw,
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
    expectError(simulateWeb3(svm, admin.kp, [web3WithAccountCount(ix, 2)]), 'NotEnoughAccountKeys');
    // Fail: unexpected data
    expectStakingError(simulateWeb3(svm, admin.kp, [web3WithData(ix, Uint8Array.of(14, 0))]), 'InvalidInstructionData');
    // Fail: forged config
    expectStakingError(simulateWeb3(svm, admin.kp, [web3WithAccount(ix, 0, forgedConfig(env))]), 'InvalidConfig');
    // Fail: not a position
    expectStakingError(simulateWeb3(svm, admin.kp, [web3WithAccount(ix, 2, env.addrs.rewardVault)]), 'InvalidPosition');

    // Success: mid-stream, after a deposit, with an expired booster; matches the TS projection and what claim pays
    await deposit(env, 10n * TOKEN);
    await fundStream(env, 1_000n * TOKEN, 60n * DAY);
    warp(svm, 33n * DAY + 17n);
    // Fail: more than 8 day boundaries behind (a write would say the same): simulate `sync` first
    expectStakingError(simulateWeb3(svm, admin.kp, [ix]), 'SyncRequired');
    // The TS projection settles any number of days from the stored state; the
    // program's view after a simulated sync gives the same.
    const schedule = decodeSchedule(mustReadAccount(svm, toAddress(env.addrs.schedule)).data);
    const config = readConfig(env);
    const v = view(env, position);
    const t = now(svm);
    const p = readPosition(env, position);
    expect(v.pending).toBe(pendingRewards(config, schedule, p, t));
    expect(v.votingPower).toBe(3_000n * TOKEN);
    // Stored at the stake (long lock +20 %, participation +10 %); now the
    // participation booster has lapsed at its boundary: +20 %.
    expect(v.rewardWeight).toBe(3_900n * TOKEN);
    expect(v.boostBps).toBe(2_000);
    expect(v.refreshedWeight).toBe(3_600n * TOKEN);
    expect(v.refreshedWeight).toBe(currentRewardWeight(p, t));
    expect(v.refreshedWeight).toBe(refreshedWeight(config, p, t));
    expect(v.unlockAtTs).toBe(p.lockEndTs);

    // Within 8 boundaries the view walks them itself, read-only: sending it changes no byte.
    ok(sendRaw(env, admin, [getSyncInstruction({ mint: env.mint })]));
    warp(svm, 3n * DAY);
    const before = [env.addrs.config, env.addrs.schedule, position].map((a) => mustReadAccount(svm, toAddress(a)).data);
    const result = ok(simulateWeb3(svm, admin.kp, [ix]));
    expect(result.returnData.length).toBe(48);
    const walked = decodePositionView(result.returnData);
    const projected = pendingRewards(readConfig(env), decodeSchedule(before[1]!), readPosition(env, position), now(svm));
    expect(walked.pending).toBe(projected);
    // Three boundaries walked on a copy of the config, both channels releasing.
    expect(result.computeUnits).toBeLessThan(8_000);
    ok(sendRaw(env, admin, [ix]));
    expect([env.addrs.config, env.addrs.schedule, position].map((a) => mustReadAccount(svm, toAddress(a)).data)).toEqual(before);
    const wallet = balance(env, alice.token);
    ok(send(env, alice, [claimIx(env, alice, position)]));
    expect(balance(env, alice.token) - wallet).toBe(walked.pending);
  });
});
