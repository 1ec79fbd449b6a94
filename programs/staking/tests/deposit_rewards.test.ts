import { Keypair, SystemProgram } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { ACC_SCALE, getDepositRewardsInstruction, parseStakingEvents, TOKEN } from '@/lib/programs/staking';
import { mustReadAccount, plantAccount } from '@/programs/test-support';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import {
  adminTokens,
  afterFee,
  balance,
  newWallet,
  ok,
  readConfig,
  readPosition,
  send,
  stake,
  stakerWallet,
  stakingEnv,
  toAddress,
  TOKEN_CONFIGS,
  updateConfig,
  view,
} from './helpers/staking';
import { expectError, expectStakingError } from './helpers/assert';

describe.each(TOKEN_CONFIGS)('staking deposit_rewards ($name)', (token) => {
  it('distributes at once pro rata to reward weight', async () => {
    const env = await stakingEnv(token);
    const { svm, admin } = env;
    const source = await adminTokens(env, 10_000n * TOKEN);
    const build = (amount: bigint) =>
      getDepositRewardsInstruction({ depositor: admin.pubkey, depositorToken: source, mint: env.mint, tokenProgram: env.tokenProgram, amount });
    const ix = build(100n * TOKEN);
    const other = await newWallet(svm);

    // Fail: not enough accounts
    expectError(send(env, admin, [web3WithAccountCount(ix, 5)]), 'NotEnoughAccountKeys');
    // Fail: data too short
    expectStakingError(send(env, admin, [web3WithData(ix, Uint8Array.of(6))]), 'InvalidInstructionData');
    // Fail: depositor did not sign
    expectError(send(env, other, [web3WithFlags(ix, 0, { isSigner: false })], [admin]), 'MissingRequiredSignature');
    // Fail: reward vault read-only
    expectStakingError(send(env, admin, [web3WithFlags(ix, 3, { isWritable: false })]), 'AccountNotWritable');
    // Fail: zero
    expectStakingError(send(env, admin, [build(0n)]), 'ZeroAmount');
    // Fail: a config copy owned by another program
    const fake = Keypair.generate().publicKey;
    plantAccount(svm, toAddress(fake), { owner: toAddress(SystemProgram.programId), data: mustReadAccount(svm, toAddress(env.addrs.config)).data });
    expectStakingError(send(env, admin, [web3WithAccount(ix, 1, fake)]), 'InvalidConfig');
    // Fail: rewards into the stake vault (would be counted as rewards but sit with the stakes)
    expectStakingError(send(env, admin, [web3WithAccount(ix, 3, env.addrs.stakeVault)]), 'InvalidVault');
    // Fail: wrong mint / token program
    expectStakingError(send(env, admin, [web3WithAccount(ix, 4, Keypair.generate().publicKey)]), 'InvalidMint');
    expectStakingError(send(env, admin, [web3WithAccount(ix, 5, SystemProgram.programId)]), 'InvalidTokenProgram');
    // Fail: paused
    updateConfig(env, { field: 'paused', paused: true });
    expectStakingError(send(env, admin, [ix]), 'Paused');
    updateConfig(env, { field: 'paused', paused: false });

    // Success: nobody stakes yet, so the deposit waits in `undistributed`
    const received = afterFee(env, 100n * TOKEN);
    const first = ok(send(env, admin, [ix]));
    expect(readConfig(env)).toMatchObject({ undistributedScaled: received * ACC_SCALE, accRewardPerWeight: 0n, totalFunded: received });
    expect(balance(env, env.addrs.rewardVault)).toBe(received);
    expect(parseStakingEvents(first.logs)).toEqual([{ kind: 'RewardsDeposited', depositor: admin.pubkey, amount: received }]);

    // Success: two stakers with weights 1.1 : 3.9 (tier 0 vs tier 4 with the long-lock booster);
    // the waiting deposit goes to the first staker's weight at the next settlement
    const alice = await stakerWallet(env);
    const bob = await stakerWallet(env);
    const a = stake(env, alice, 0, 1_000n * TOKEN);
    const b = stake(env, bob, 4, 1_000n * TOKEN);
    expect(view(env, a).pending).toBeGreaterThanOrEqual(received - 1n);
    const aBefore = view(env, a).pending;
    const bBefore = view(env, b).pending;
    const second = ok(send(env, admin, [build(500n * TOKEN)]));
    const got = afterFee(env, 500n * TOKEN);
    const wa = readPosition(env, a).rewardWeight;
    const wb = readPosition(env, b).rewardWeight;
    const gainA = view(env, a).pending - aBefore;
    const gainB = view(env, b).pending - bBefore;
    expect(gainA + gainB).toBeLessThanOrEqual(got);
    expect(gainA + gainB).toBeGreaterThanOrEqual(got - 2n);
    expect(Number(gainB) / Number(gainA)).toBeCloseTo(Number(wb) / Number(wa), 6);
    expect(readConfig(env).totalFunded).toBe(received + got);
    expect(second.computeUnits).toBeLessThan(token.program === 'token' ? 5_000 : 8_000);
  });
});
