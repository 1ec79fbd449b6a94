import { getAssociatedTokenAddressSync } from '@solana/spl-token';
import { Keypair, SystemProgram } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { findStakerPda, getClaimInstructions, parseStakingEvents, TOKEN } from '@/lib/programs/staking';
import { mustReadAccount, plantAccount } from '@/programs/test-support';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import {
  afterFee,
  balance,
  claimIx,
  DAY,
  deposit,
  now,
  ok,
  readConfig,
  readPosition,
  send,
  stake,
  stakerWallet,
  stakingEnv,
  toAddress,
  tokenAccount,
  TOKEN_CONFIGS,
  updateConfig,
  view,
  warp,
} from './helpers/staking';
import { expectError, expectStakingError } from './helpers/assert';

describe.each(TOKEN_CONFIGS)('staking claim ($name)', (token) => {
  it('pays unclaimed + accrued rewards once', async () => {
    const env = await stakingEnv(token);
    const { svm } = env;
    const alice = await stakerWallet(env);
    const bob = await stakerWallet(env);
    const position = stake(env, alice, 3, 1_000n * TOKEN);
    stake(env, bob, 0, 1_000n * TOKEN);
    const ix = claimIx(env, alice, position);

    // Fail: nothing yet
    expectStakingError(send(env, alice, [ix]), 'NothingToClaim');
    await deposit(env, 100n * TOKEN);

    // Fail: not enough accounts
    expectError(send(env, alice, [web3WithAccountCount(ix, 8)]), 'NotEnoughAccountKeys');
    // Fail: unexpected data
    expectStakingError(send(env, alice, [web3WithData(ix, Uint8Array.of(8, 0))]), 'InvalidInstructionData');
    // Fail: owner did not sign
    expectError(send(env, bob, [web3WithFlags(ix, 0, { isSigner: false })], [alice]), 'MissingRequiredSignature');
    // Fail: destination read-only
    expectStakingError(send(env, alice, [web3WithFlags(ix, 4, { isWritable: false })]), 'AccountNotWritable');
    // Fail: staker read-only; another wallet's staker record
    expectStakingError(send(env, alice, [web3WithFlags(ix, 8, { isWritable: false })]), 'AccountNotWritable');
    expectStakingError(send(env, alice, [web3WithAccount(ix, 8, findStakerPda(env.addrs.config, bob.pubkey)[0])]), 'InvalidStaker');
    // Fail: a config copy owned by another program
    const fake = Keypair.generate().publicKey;
    plantAccount(svm, toAddress(fake), { owner: toAddress(SystemProgram.programId), data: mustReadAccount(svm, toAddress(env.addrs.config)).data });
    expectStakingError(send(env, alice, [web3WithAccount(ix, 1, fake)]), 'InvalidConfig');
    // Fail: paying out of the stake vault
    expectStakingError(send(env, alice, [web3WithAccount(ix, 5, env.addrs.stakeVault)]), 'InvalidVault');
    // Fail: wrong mint / token program
    expectStakingError(send(env, alice, [web3WithAccount(ix, 6, Keypair.generate().publicKey)]), 'InvalidMint');
    expectStakingError(send(env, alice, [web3WithAccount(ix, 7, SystemProgram.programId)]), 'InvalidTokenProgram');
    // Fail: bob claims alice's position into his account
    expectStakingError(send(env, bob, [web3WithAccount(claimIx(env, bob, position), 4, bob.token)]), 'NotPositionOwner');
    // Fail: the config as position, the position as staker record (named, not the runtime's borrow failure)
    expectStakingError(send(env, alice, [web3WithAccount(ix, 3, env.addrs.config)]), 'DuplicateAccount');
    expectStakingError(send(env, alice, [web3WithAccount(ix, 8, position)]), 'DuplicateAccount');
    // Fail: the stake vault as position
    expectStakingError(send(env, alice, [web3WithAccount(ix, 3, env.addrs.stakeVault)]), 'InvalidPosition');
  });

  it('pays, then refuses to pay the same rewards again', async () => {
    const env = await stakingEnv(token);
    const { svm } = env;
    const alice = await stakerWallet(env);
    const position = stake(env, alice, 3, 1_000n * TOKEN);
    await deposit(env, 100n * TOKEN);
    warp(svm, 40n * DAY);

    // Fail: paused
    updateConfig(env, { field: 'paused', paused: true });
    expectStakingError(send(env, alice, [claimIx(env, alice, position)]), 'Paused');
    updateConfig(env, { field: 'paused', paused: false });

    // Success
    const pending = view(env, position).pending;
    expect(pending).toBeGreaterThan(0n);
    const before = balance(env, alice.token);
    const result = ok(send(env, alice, [claimIx(env, alice, position)]));
    expect(balance(env, alice.token)).toBe(before + afterFee(env, pending));
    const p = readPosition(env, position);
    expect(p.unclaimed).toBe(0n);
    expect(p.rewardsPaid).toBe(pending);
    expect(p.lastActivityTs).toBe(now(svm));
    // 40 days after staking the participation booster had lapsed; claiming renews it.
    expect(p.boostBps).toBe(2_000 + 1_000);
    expect(readConfig(env).totalClaimed).toBe(pending);
    expect(parseStakingEvents(result.logs)).toEqual([{ kind: 'Claimed', position, owner: alice.pubkey, amount: pending }]);
    // Target: ≤ 8,000 CU including the token CPI; last known 3,322 (SPL Token), 5,008 (Token-2022).
    expect(result.computeUnits).toBeLessThanOrEqual(8_000);

    // Fail: nothing left to claim (no reward is paid twice)
    expectStakingError(send(env, alice, [claimIx(env, alice, position)]), 'NothingToClaim');

    // Success: to the owner's associated token account, created in the same transaction
    // (deposits drip: a day of this one has reached the position)
    await deposit(env, 10n * TOKEN);
    warp(svm, DAY);
    const ata = getAssociatedTokenAddressSync(env.mint, alice.pubkey, false, env.tokenProgram);
    const owed = view(env, position).pending;
    ok(send(env, alice, getClaimInstructions({ owner: alice.pubkey, position, mint: env.mint, tokenProgram: env.tokenProgram, ataExists: false })));
    expect(balance(env, ata)).toBe(afterFee(env, owed));
    // Claims may go to any account the owner chooses.
    await deposit(env, 10n * TOKEN);
    warp(svm, DAY);
    const elsewhere = await tokenAccount(env, Keypair.generate().publicKey);
    ok(send(env, alice, [web3WithAccount(claimIx(env, alice, position), 4, elsewhere)]));
    expect(balance(env, elsewhere)).toBeGreaterThan(0n);
  });
});
