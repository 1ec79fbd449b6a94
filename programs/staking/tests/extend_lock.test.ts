import { Keypair, SystemProgram } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { findStakerPda, getExtendLockInstruction, parseStakingEvents, TOKEN } from '@/lib/programs/staking';
import { mustReadAccount, plantAccount } from '@/programs/test-support';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import { dayCeil } from '@/lib/programs/staking/schedule';
import {
  DAY,
  deposit,
  now,
  ok,
  readConfig,
  readPosition,
  readStaker,
  send,
  SPL,
  stake,
  stakerWallet,
  stakingEnv,
  toAddress,
  updateConfig,
  view,
  warp,
} from './helpers/staking';
import { expectError, expectStakingError } from './helpers/assert';

describe('staking extend_lock', () => {
  it('moves a position to the same or a longer tier', async () => {
    const env = await stakingEnv(SPL);
    const { svm } = env;
    const alice = await stakerWallet(env);
    const bob = await stakerWallet(env);
    const position = stake(env, alice, 1, 1_000n * TOKEN);
    const bobPosition = stake(env, bob, 1, 1_000n * TOKEN);
    const ix = getExtendLockInstruction({ owner: alice.pubkey, position, mint: env.mint, tier: 3 });

    // Fail: not enough accounts
    expectError(send(env, alice, [web3WithAccountCount(ix, 4)]), 'NotEnoughAccountKeys');
    // Fail: no tier byte
    expectStakingError(send(env, alice, [web3WithData(ix, Uint8Array.of(4))]), 'InvalidInstructionData');
    // Fail: owner did not sign
    expectError(send(env, bob, [web3WithFlags(ix, 0, { isSigner: false })], [alice]), 'MissingRequiredSignature');
    // Fail: position read-only
    expectStakingError(send(env, alice, [web3WithFlags(ix, 4, { isWritable: false })]), 'AccountNotWritable');
    // Fail: fake config
    const fake = Keypair.generate().publicKey;
    plantAccount(svm, toAddress(fake), { owner: toAddress(SystemProgram.programId), data: mustReadAccount(svm, toAddress(env.addrs.config)).data });
    expectStakingError(send(env, alice, [web3WithAccount(ix, 1, fake)]), 'InvalidConfig');
    // Fail: no such tier
    expectStakingError(send(env, alice, [getExtendLockInstruction({ owner: alice.pubkey, position, mint: env.mint, tier: 5 })]), 'InvalidTier');
    // Fail: a shorter tier
    expectStakingError(send(env, alice, [getExtendLockInstruction({ owner: alice.pubkey, position, mint: env.mint, tier: 0 })]), 'TierDowngrade');
    // Fail: someone else's position
    expectStakingError(send(env, alice, [getExtendLockInstruction({ owner: alice.pubkey, position: bobPosition, mint: env.mint, tier: 3 })]), 'NotPositionOwner');
    // Fail: another wallet's staker record
    expectStakingError(send(env, alice, [web3WithAccount(ix, 3, findStakerPda(env.addrs.config, bob.pubkey)[0])]), 'InvalidStaker');
    // Fail: paused
    updateConfig(env, { field: 'paused', paused: true });
    expectStakingError(send(env, alice, [ix]), 'Paused');
    updateConfig(env, { field: 'paused', paused: false });

    // Success: 7 days → 90 days from now, 2.0×, long-lock booster; rewards settled first
    await deposit(env, 10n * TOKEN);
    warp(svm, 3n * DAY);
    const pending = view(env, position).pending;
    const result = ok(send(env, alice, [ix]));
    let p = readPosition(env, position);
    expect(p.tier).toBe(3);
    expect(p.lockStartTs).toBe(now(svm));
    expect(p.lockEndTs).toBe(dayCeil(now(svm) + 90n * DAY));
    expect(p.multiplierBps).toBe(20_000);
    expect(p.votingPower).toBe(2_000n * TOKEN);
    expect(p.boostBps).toBe(3_000);
    expect(p.unclaimed).toBe(pending);
    expect(readStaker(env, alice.pubkey)!.votingPower).toBe(2_000n * TOKEN);
    expect(readConfig(env).totalVotingPower).toBe(2_000n * TOKEN + 1_200n * TOKEN);
    expect(parseStakingEvents(result.logs)[0]).toMatchObject({ kind: 'LockExtended', tier: 3, lockEnd: p.lockEndTs, votingPower: 2_000n * TOKEN });
    expect(result.computeUnits).toBeLessThan(4_000);

    // Success: same tier later restarts the 90 days from then (never shortens)
    warp(svm, 30n * DAY);
    ok(send(env, alice, [ix]));
    p = readPosition(env, position);
    expect(p.lockEndTs).toBe(dayCeil(now(svm) + 90n * DAY));

    // Success: once the lock has ended it counts at 1.0×; re-locking at its tier
    // restores 2.0× (voting power, staker record and totals).
    warp(svm, 91n * DAY);
    expect(view(env, position).votingPower).toBe(1_000n * TOKEN);
    ok(send(env, alice, [ix]));
    p = readPosition(env, position);
    expect([p.multiplierBps, p.votingPower, p.lockEndTs]).toEqual([20_000, 2_000n * TOKEN, dayCeil(now(svm) + 90n * DAY)]);
    expect(view(env, position).votingPower).toBe(2_000n * TOKEN);
    expect(readStaker(env, alice.pubkey)!.votingPower).toBe(2_000n * TOKEN);
    // Bob's 7-day lock ended long ago and nothing wrote it: the total counts it at 1.0× (the schedule).
    expect(readConfig(env).totalVotingPower).toBe(2_000n * TOKEN + 1_000n * TOKEN);
  });
});
