import { Keypair } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { findStakerPda, getCrankCompoundInstruction, parseStakingEvents, TOKEN } from '@/lib/programs/staking';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import {
  afterFee,
  balance,
  DAY,
  deposit,
  forgedConfig,
  newWallet,
  ok,
  readConfig,
  readPosition,
  readStaker,
  send,
  setAutoCompound,
  stake,
  stakerWallet,
  stakingEnv,
  TOKEN_CONFIGS,
  updateConfig,
  view,
  warp,
} from './helpers/staking';
import { expectError, expectStakingError } from './helpers/assert';

describe.each(TOKEN_CONFIGS)('staking crank_compound ($name)', (token) => {
  it('compounds opted-in positions for anyone who pays', async () => {
    const env = await stakingEnv(token);
    const { svm } = env;
    const cranker = await newWallet(svm);
    const alice = await stakerWallet(env);
    const bob = await stakerWallet(env);
    const carol = await stakerWallet(env);
    const a = stake(env, alice, 2, 1_000n * TOKEN);
    const b = stake(env, bob, 2, 1_000n * TOKEN);
    const c1 = stake(env, carol, 0, 1_000n * TOKEN);
    const c2 = stake(env, carol, 4, 1_000n * TOKEN);
    const entries = [
      { position: a, owner: alice.pubkey },
      { position: b, owner: bob.pubkey },
      { position: c1, owner: carol.pubkey },
      { position: c2, owner: carol.pubkey },
    ];
    const build = (list = entries) => getCrankCompoundInstruction({ mint: env.mint, tokenProgram: env.tokenProgram, positions: list });
    const ix = build();
    await deposit(env, 400n * TOKEN);
    warp(svm, DAY);

    // Fail: nobody opted in
    expectStakingError(send(env, cranker, [ix]), 'NothingToCompound');
    setAutoCompound(env, alice, a, true);
    setAutoCompound(env, carol, c1, true);
    setAutoCompound(env, carol, c2, true);

    // Fail: no pairs
    expectError(send(env, cranker, [web3WithAccountCount(ix, 6)]), 'NotEnoughAccountKeys');
    // Fail: half a pair
    expectStakingError(send(env, cranker, [web3WithAccountCount(ix, 7 + 2)]), 'InvalidInstructionData');
    // Fail: unexpected data
    expectStakingError(send(env, cranker, [web3WithData(ix, Uint8Array.of(11, 0))]), 'InvalidInstructionData');
    // Fail: a position read-only
    expectStakingError(send(env, cranker, [web3WithFlags(ix, 6, { isWritable: false })]), 'AccountNotWritable');
    // Fail: forged config
    expectStakingError(send(env, cranker, [web3WithAccount(ix, 0, forgedConfig(env))]), 'InvalidConfig');
    // Fail: vaults swapped (rewards out of the stake vault)
    const swapped = web3WithAccount(web3WithAccount(ix, 2, env.addrs.stakeVault), 3, env.addrs.rewardVault);
    expectStakingError(send(env, cranker, [swapped]), 'InvalidVault');
    // Fail: a position paired with another wallet's staker record
    expectStakingError(send(env, cranker, [web3WithAccount(ix, 7, findStakerPda(env.addrs.config, bob.pubkey)[0])]), 'InvalidStaker');
    // Fail: not a position
    expectStakingError(send(env, cranker, [web3WithAccount(ix, 6, env.addrs.rewardVault)]), 'InvalidPosition');
    // Fail: wrong mint
    expectStakingError(send(env, cranker, [web3WithAccount(ix, 4, Keypair.generate().publicKey)]), 'InvalidMint');
    // Fail: paused
    updateConfig(env, { field: 'paused', paused: true });
    expectStakingError(send(env, cranker, [ix]), 'Paused');
    updateConfig(env, { field: 'paused', paused: false });

    // Success: alice and both of carol's positions, bob skipped; carol's wallet capped
    const pa = view(env, a).pending;
    const pb = view(env, b).pending;
    const pc1 = view(env, c1).pending;
    const pc2 = view(env, c2).pending;
    const carolRoom = pc1 + pc2 / 2n;
    const carolTotal = readStaker(env, carol.pubkey)!.totalAmount;
    updateConfig(env, { field: 'stakeLimits', minStake: TOKEN, maxStakePerWallet: carolTotal + carolRoom });
    const before = { a: readPosition(env, a), c1: readPosition(env, c1), c2: readPosition(env, c2) };
    const stakeVault = balance(env, env.addrs.stakeVault);
    const result = ok(send(env, cranker, [ix]));
    const taken = pa + pc1 + (carolRoom - pc1);
    const received = afterFee(env, taken);
    expect(balance(env, env.addrs.stakeVault)).toBe(stakeVault + received);
    const after = { a: readPosition(env, a), c1: readPosition(env, c1), c2: readPosition(env, c2) };
    const credit = (x: bigint) => (received === taken ? x : (x * received) / taken);
    expect(after.a.amount).toBe(before.a.amount + credit(pa));
    expect(after.c1.amount).toBe(before.c1.amount + credit(pc1));
    expect(after.c2.amount).toBe(before.c2.amount + credit(carolRoom - pc1));
    expect(after.c2.unclaimed).toBe(pc2 - (carolRoom - pc1));
    expect(readPosition(env, b).unclaimed).toBe(0n);
    expect(view(env, b).pending).toBe(pb);
    // Not the owners' participation.
    expect(after.a.lastActivityTs).toBe(before.a.lastActivityTs);
    expect(readStaker(env, carol.pubkey)!.totalAmount).toBe(after.c1.amount + after.c2.amount);
    expect(readStaker(env, carol.pubkey)!.totalAmount).toBeLessThanOrEqual(carolTotal + carolRoom);
    const config = readConfig(env);
    expect(config.totalStaked).toBe(after.a.amount + readPosition(env, b).amount + after.c1.amount + after.c2.amount);
    expect(config.totalCompounded).toBe(taken);
    const credited = credit(pa) + credit(pc1) + credit(carolRoom - pc1);
    expect(parseStakingEvents(result.logs)).toEqual([{ kind: 'CrankCompounded', positions: 3, amount: credited }]);
    expect(result.computeUnits).toBeLessThan(token.program === 'token' ? 14_000 : 18_000);

    // Success: a position listed twice is compounded once
    await deposit(env, 100n * TOKEN);
    warp(svm, DAY);
    const owed = view(env, a).pending;
    const twice = build([
      { position: a, owner: alice.pubkey },
      { position: a, owner: alice.pubkey },
    ]);
    const amountBefore = readPosition(env, a).amount;
    ok(send(env, cranker, [twice]));
    expect(readPosition(env, a).amount).toBe(amountBefore + afterFee(env, owed));
  });
});
