import { Keypair, SystemProgram } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { findStakerPda, parseStakingEvents, TOKEN } from '@/lib/programs/staking';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import {
  afterFee,
  balance,
  compoundIx,
  DAY,
  deposit,
  forgedConfig,
  now,
  ok,
  readConfig,
  readPosition,
  readStaker,
  send,
  stake,
  stakerWallet,
  stakingEnv,
  TOKEN_CONFIGS,
  updateConfig,
  view,
  warp,
} from './helpers/staking';
import { expectError, expectStakingError } from './helpers/assert';

describe.each(TOKEN_CONFIGS)('staking compound ($name)', (token) => {
  it('moves rewards into the stake, within the wallet maximum', async () => {
    const env = await stakingEnv(token);
    const { svm } = env;
    const alice = await stakerWallet(env);
    const bob = await stakerWallet(env);
    const position = stake(env, alice, 2, 1_000n * TOKEN);
    const bobPosition = stake(env, bob, 0, 1_000n * TOKEN);
    const ix = compoundIx(env, alice, position);

    // Fail: nothing to compound yet
    expectStakingError(send(env, alice, [ix]), 'NothingToCompound');
    await deposit(env, 200n * TOKEN);
    warp(svm, DAY);

    // Fail: not enough accounts
    expectError(send(env, alice, [web3WithAccountCount(ix, 8)]), 'NotEnoughAccountKeys');
    // Fail: unexpected data
    expectStakingError(send(env, alice, [web3WithData(ix, Uint8Array.of(9, 9))]), 'InvalidInstructionData');
    // Fail: owner did not sign
    expectError(send(env, bob, [web3WithFlags(ix, 0, { isSigner: false })], [alice]), 'MissingRequiredSignature');
    // Fail: stake vault read-only
    expectStakingError(send(env, alice, [web3WithFlags(ix, 6, { isWritable: false })]), 'AccountNotWritable');
    // Fail: forged config
    expectStakingError(send(env, alice, [web3WithAccount(ix, 1, forgedConfig(env))]), 'InvalidConfig');
    // Fail: vaults swapped
    const swapped = web3WithAccount(web3WithAccount(ix, 5, env.addrs.stakeVault), 6, env.addrs.rewardVault);
    expectStakingError(send(env, alice, [swapped]), 'InvalidVault');
    // Fail: wrong mint / token program
    expectStakingError(send(env, alice, [web3WithAccount(ix, 7, Keypair.generate().publicKey)]), 'InvalidMint');
    expectStakingError(send(env, alice, [web3WithAccount(ix, 8, SystemProgram.programId)]), 'InvalidTokenProgram');
    // Fail: someone else's position; another wallet's staker
    expectStakingError(send(env, alice, [compoundIx(env, alice, bobPosition)]), 'NotPositionOwner');
    expectStakingError(send(env, alice, [web3WithAccount(ix, 3, findStakerPda(env.addrs.config, bob.pubkey)[0])]), 'InvalidStaker');
    // Fail: paused
    updateConfig(env, { field: 'paused', paused: true });
    expectStakingError(send(env, alice, [ix]), 'Paused');
    updateConfig(env, { field: 'paused', paused: false });

    // Success
    const pending = view(env, position).pending;
    const before = readPosition(env, position);
    const stakeVault = balance(env, env.addrs.stakeVault);
    const result = ok(send(env, alice, [ix]));
    const received = afterFee(env, pending);
    const p = readPosition(env, position);
    expect(p.amount).toBe(before.amount + received);
    expect(p.unclaimed).toBe(0n);
    expect(p.rewardsPaid).toBe(pending);
    expect(p.lockEndTs).toBe(before.lockEndTs);
    expect(p.lastActivityTs).toBe(now(svm));
    expect(p.votingPower).toBe((p.amount * 15n) / 10n);
    expect(balance(env, env.addrs.stakeVault)).toBe(stakeVault + received);
    expect(readStaker(env, alice.pubkey)!.totalAmount).toBe(p.amount);
    const config = readConfig(env);
    expect(config.totalCompounded).toBe(pending);
    expect(config.totalStaked).toBe(p.amount + readPosition(env, bobPosition).amount);
    expect(parseStakingEvents(result.logs)).toEqual([{ kind: 'Compounded', position, owner: alice.pubkey, amount: received }]);
    expect(result.computeUnits).toBeLessThan(token.program === 'token' ? 6_000 : 9_000);

    // Success: at most up to the wallet maximum; the rest stays claimable
    await deposit(env, 200n * TOKEN);
    warp(svm, DAY);
    const owed = view(env, position).pending;
    const room = 10n * TOKEN;
    updateConfig(env, { field: 'stakeLimits', minStake: TOKEN, maxStakePerWallet: p.amount + room });
    ok(send(env, alice, [ix]));
    const q = readPosition(env, position);
    expect(q.amount).toBe(p.amount + afterFee(env, room));
    expect(q.unclaimed).toBe(owed - room);
    // Fail: at the maximum (with a transfer fee the fee's worth of room is left: close it first)
    updateConfig(env, { field: 'stakeLimits', minStake: TOKEN, maxStakePerWallet: q.amount });
    expectStakingError(send(env, alice, [ix]), 'NothingToCompound');
  });
});
