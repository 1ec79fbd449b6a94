import { Keypair, SystemProgram } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { findStakerPda, getAddStakeInstruction, parseStakingEvents, TOKEN } from '@/lib/programs/staking';
import { mustReadAccount, plantAccount } from '@/programs/test-support';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import { dayCeil } from '@/lib/programs/staking/schedule';
import {
  afterFee,
  DAY,
  deposit,
  now,
  ok,
  readConfig,
  readPosition,
  readStaker,
  send,
  stake,
  type StakerWallet,
  stakerWallet,
  stakingEnv,
  toAddress,
  tokenAccount,
  TOKEN_CONFIGS,
  updateConfig,
  view,
  warp,
  type Env,
} from './helpers/staking';
import { expectError, expectStakingError } from './helpers/assert';

const addIx = (env: Env, w: StakerWallet, position: Keypair['publicKey'], amount: bigint) =>
  getAddStakeInstruction({ owner: w.pubkey, ownerToken: w.token, position, mint: env.mint, tokenProgram: env.tokenProgram, amount });

describe.each(TOKEN_CONFIGS)('staking add_stake ($name)', (token) => {
  it('adds tokens, settles rewards first and restarts the lock', async () => {
    const env = await stakingEnv(token);
    const { svm } = env;
    const alice = await stakerWallet(env, 1_100_000n);
    const bob = await stakerWallet(env);
    const position = stake(env, alice, 2, 1_000n * TOKEN);
    const bobPosition = stake(env, bob, 0, 1_000n * TOKEN);
    const amount = 500n * TOKEN;
    const ix = addIx(env, alice, position, amount);

    // Fail: not enough accounts
    expectError(send(env, alice, [web3WithAccountCount(ix, 8)]), 'NotEnoughAccountKeys');
    // Fail: data too short
    expectStakingError(send(env, alice, [web3WithData(ix, ix.data.subarray(0, 8))]), 'InvalidInstructionData');
    // Fail: owner did not sign
    expectError(send(env, bob, [web3WithFlags(ix, 0, { isSigner: false })], [alice]), 'MissingRequiredSignature');
    // Fail: staker read-only
    expectStakingError(send(env, alice, [web3WithFlags(ix, 3, { isWritable: false })]), 'AccountNotWritable');
    // Fail: zero
    expectStakingError(send(env, alice, [addIx(env, alice, position, 0n)]), 'ZeroAmount');
    // Fail: a config copy owned by the System Program
    const fake = Keypair.generate().publicKey;
    plantAccount(svm, toAddress(fake), { owner: toAddress(SystemProgram.programId), data: mustReadAccount(svm, toAddress(env.addrs.config)).data });
    expectStakingError(send(env, alice, [web3WithAccount(ix, 1, fake)]), 'InvalidConfig');
    // Fail: wrong mint / token program / vault
    expectStakingError(send(env, alice, [web3WithAccount(ix, 7, Keypair.generate().publicKey)]), 'InvalidMint');
    expectStakingError(send(env, alice, [web3WithAccount(ix, 8, SystemProgram.programId)]), 'InvalidTokenProgram');
    expectStakingError(send(env, alice, [web3WithAccount(ix, 6, await tokenAccount(env, alice.pubkey))]), 'InvalidVault');
    // Fail: someone else's position
    expectStakingError(send(env, alice, [addIx(env, alice, bobPosition, amount)]), 'NotPositionOwner');
    // Fail: the staker record as position (both places name one account)
    expectStakingError(send(env, alice, [web3WithAccount(ix, 4, ix.keys[3]!.pubkey)]), 'DuplicateAccount');
    // Fail: another wallet's staker record
    const bobStaker = findStakerPda(env.addrs.config, bob.pubkey)[0];
    expectStakingError(send(env, alice, [web3WithAccount(ix, 3, bobStaker)]), 'InvalidStaker');
    // Fail: above the wallet maximum
    const room = 1_000_000n * TOKEN - readStaker(env, alice.pubkey)!.totalAmount;
    expectStakingError(send(env, alice, [addIx(env, alice, position, room + 1n)]), 'MaxStakePerWalletExceeded');
    // Fail: paused
    updateConfig(env, { field: 'paused', paused: true });
    expectStakingError(send(env, alice, [ix]), 'Paused');
    updateConfig(env, { field: 'paused', paused: false });

    // Success: rewards earned before are kept; the lock restarts for 30 days from now
    await deposit(env, 100n * TOKEN);
    warp(svm, 10n * DAY);
    const pending = view(env, position).pending;
    const before = readPosition(env, position);
    const result = ok(send(env, alice, [ix]));
    const received = afterFee(env, amount);
    const p = readPosition(env, position);
    expect(p.amount).toBe(before.amount + received);
    expect(p.unclaimed).toBe(pending);
    expect(p.lockStartTs).toBe(now(svm));
    expect(p.lockEndTs).toBe(dayCeil(now(svm) + 30n * DAY)); // the next 00:00 UTC
    expect(p.votingPower).toBe((p.amount * 15n) / 10n);
    expect(readStaker(env, alice.pubkey)!.totalAmount).toBe(p.amount);
    const config = readConfig(env);
    expect(config.totalStaked).toBe(p.amount + readPosition(env, bobPosition).amount);
    expect(config.totalRewardWeight).toBe(p.rewardWeight + readPosition(env, bobPosition).rewardWeight);
    expect(parseStakingEvents(result.logs)[0]).toMatchObject({ kind: 'StakeAdded', amount: received, total: p.amount, lockEnd: p.lockEndTs });
    expect(result.computeUnits).toBeLessThan(token.program === 'token' ? 6_000 : 9_000);

    // Success: a lock that runs longer than the tier's is kept
    ok(send(env, alice, [addIx(env, alice, position, 100n * TOKEN)]));
    expect(readPosition(env, position).lockEndTs).toBe(p.lockEndTs);
  });
});
