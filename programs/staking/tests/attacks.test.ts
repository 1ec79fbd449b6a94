/**
 * Attacks across instructions: accounts of one deployment used with another,
 * amounts at the edges of u64, a forged config holding the attacker as
 * authority, and duplicated accounts.
 */
import { Keypair, PublicKey, SystemProgram, type TransactionInstruction } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import {
  findStakerPda,
  getAddStakeInstruction,
  getCrankCompoundInstruction,
  getExtendLockInstruction,
  getInitializeInstructions,
  getLockForVoteInstruction,
  getRefreshInstruction,
  getStakeInstruction,
  getUpdateConfigInstruction,
  stakingAddresses,
  TOKEN,
} from '@/lib/programs/staking';
import { createMint, mustReadAccount, plantAccount } from '@/programs/test-support';
import { web3WithAccount } from '@/programs/test-support/web3';
import {
  claimIx,
  compoundIx,
  DAY,
  deposit,
  newWallet,
  now,
  ok,
  readConfig,
  readPosition,
  send,
  SPL,
  stake,
  stakeIx,
  stakerWallet,
  stakingEnv,
  toAddress,
  tokenAccount,
  unstakeIx,
  updateConfig,
  warp,
} from './helpers/staking';
import { expectStakingError } from './helpers/assert';

const U64_MAX = (1n << 64n) - 1n;

describe('staking attacks', () => {
  it('keeps two deployments (two mints) apart', async () => {
    const env = await stakingEnv(SPL);
    const alice = await stakerWallet(env);
    const position = stake(env, alice, 0, 1_000n * TOKEN);
    await deposit(env, 10n * TOKEN);

    // A second mint with its own config, vaults and rewards.
    const otherMint = new PublicKey(await createMint(env.svm, env.admin.signer, { program: 'token', decimals: 9, mintAuthority: env.minter.address }));
    ok(send(env, env.admin, getInitializeInstructions({ payer: env.admin.pubkey, mint: otherMint, tokenProgram: env.tokenProgram })));
    const other = stakingAddresses(otherMint);

    // Fail: claim alice's position against the other config (its reward vault, its mint)
    const cross = claimIx({ ...env, mint: otherMint }, alice, position);
    expectStakingError(send(env, alice, [cross]), 'InvalidPosition');
    // Fail: the other deployment's reward vault with this config
    expectStakingError(send(env, alice, [web3WithAccount(claimIx(env, alice, position), 5, other.rewardVault)]), 'InvalidVault');
    // Fail: refresh this position under the other config
    expectStakingError(send(env, alice, [getRefreshInstruction({ mint: otherMint, positions: [{ position, owner: alice.pubkey }] })]), 'InvalidPosition');
  });

  it('refuses a forged config that names the attacker as authority', async () => {
    const env = await stakingEnv(SPL);
    const mallory = await newWallet(env.svm);
    const alice = await stakerWallet(env);
    const position = stake(env, alice, 0, 1_000n * TOKEN);
    // Same bytes as the real config but authority / vote authority = mallory, owned by the System Program.
    const data = Uint8Array.from(mustReadAccount(env.svm, toAddress(env.addrs.config)).data);
    data.set(mallory.pubkey.toBytes(), 8);
    data.set(mallory.pubkey.toBytes(), 40);
    const fake = Keypair.generate().publicKey;
    plantAccount(env.svm, toAddress(fake), { owner: toAddress(SystemProgram.programId), data });

    // Fail: pause through the forged config
    const pause = getUpdateConfigInstruction({ authority: mallory.pubkey, mint: env.mint, update: { field: 'paused', paused: true } });
    expectStakingError(send(env, mallory, [web3WithAccount(pause, 1, fake)]), 'InvalidConfig');
    // Fail: vote-lock alice's position through it
    const lock = getLockForVoteInstruction({ voteAuthority: mallory.pubkey, position, owner: alice.pubkey, mint: env.mint, until: readPosition(env, position).lockStartTs + 86_400n });
    expectStakingError(send(env, mallory, [web3WithAccount(lock, 1, fake)]), 'InvalidConfig');
    // Fail: and through the real config
    expectStakingError(send(env, mallory, [lock]), 'NotVoteAuthority');
    expect(readConfig(env).paused).toBe(false);
  });

  it('handles amounts at the edge of u64 with named errors', async () => {
    const env = await stakingEnv(SPL);
    const whale = await newWallet(env.svm);
    const whaleToken = await tokenAccount(env, whale.pubkey, U64_MAX / 2n);
    const build = (tier: number, amount: bigint, positionId = 0) =>
      getStakeInstruction({ owner: whale.pubkey, ownerToken: whaleToken, mint: env.mint, tokenProgram: env.tokenProgram, tier, amount, positionId });

    // Fail: u64::MAX is above the wallet maximum
    expectStakingError(send(env, whale, [build(0, U64_MAX)]), 'MaxStakePerWalletExceeded');

    // With no wallet maximum: voting power of u64::MAX / 2 at 3.0× does not fit u64
    updateConfig(env, { field: 'stakeLimits', minStake: 1n, maxStakePerWallet: U64_MAX });
    expectStakingError(send(env, whale, [build(4, U64_MAX / 2n)]), 'MathOverflow');

    // Success: u64::MAX / 4 at 1.0× (weight with participation 1.1×)
    ok(send(env, whale, [build(0, U64_MAX / 4n)]));
    // Fail: a second stake whose weight (0.2 × 3.0 × 1.3 of u64::MAX) would overflow the total
    expectStakingError(send(env, whale, [build(4, U64_MAX / 5n, 1)]), 'MathOverflow');
    const config = readConfig(env);
    expect(config.totalStaked).toBe(U64_MAX / 4n);

    // Success: rewards as large as the rest of the supply still settle without overflow
    const alice = await stakerWallet(env, 1_000n);
    const position = stake(env, alice, 0, 100n * TOKEN);
    await deposit(env, U64_MAX / 4n);
    warp(env.svm, DAY);
    const before = readPosition(env, position);
    ok(send(env, alice, [claimIx(env, alice, position)]));
    expect(readPosition(env, position).rewardsPaid).toBeGreaterThan(before.rewardsPaid);
    // Fail: unstaking more than the position holds
    expectStakingError(send(env, alice, [unstakeIx(env, alice, position, U64_MAX)]), 'InsufficientStake');
  });

  it('refuses to be paid twice through a duplicated position account', async () => {
    const env = await stakingEnv(SPL);
    const alice = await stakerWallet(env);
    const position = stake(env, alice, 0, 1_000n * TOKEN);
    await deposit(env, 10n * TOKEN);
    // Two claims in one transaction: the second finds nothing left.
    expectStakingError(send(env, alice, [claimIx(env, alice, position), claimIx(env, alice, position)]), 'NothingToClaim');
    // Fail: the config passed again as the position
    expectStakingError(send(env, alice, [web3WithAccount(claimIx(env, alice, position), 3, env.addrs.config)]), 'DuplicateAccount');
  });

  it('names aliased state accounts in every instruction that takes two of them', async () => {
    const env = await stakingEnv(SPL);
    const alice = await stakerWallet(env);
    const position = stake(env, alice, 2, 1_000n * TOKEN);
    await deposit(env, 10n * TOKEN);
    const staker = findStakerPda(env.addrs.config, alice.pubkey)[0];
    const { config } = env.addrs;
    const owned = { owner: alice.pubkey, position, mint: env.mint, tokenProgram: env.tokenProgram };
    const pairs = [{ position, owner: alice.pubkey }];
    // Each instruction with the indices of its config, schedule, staker and position.
    type Case = { name: string; ix: TransactionInstruction; config: number; schedule: number; staker: number; position: number };
    const cases: Case[] = [
      { name: 'stake', ix: stakeIx(env, alice, 0, 100n * TOKEN), config: 1, schedule: 2, staker: 3, position: 4 },
      { name: 'add_stake', ix: getAddStakeInstruction({ ...owned, ownerToken: alice.token, amount: TOKEN }), config: 1, schedule: 2, staker: 3, position: 4 },
      { name: 'extend_lock', ix: getExtendLockInstruction({ ...owned, tier: 3 }), config: 1, schedule: 2, staker: 3, position: 4 },
      { name: 'unstake', ix: unstakeIx(env, alice, position, TOKEN), config: 1, schedule: 2, staker: 3, position: 4 },
      { name: 'claim', ix: claimIx(env, alice, position), config: 1, schedule: 2, staker: 8, position: 3 },
      { name: 'compound', ix: compoundIx(env, alice, position), config: 1, schedule: 2, staker: 3, position: 4 },
      { name: 'crank_compound', ix: getCrankCompoundInstruction({ mint: env.mint, tokenProgram: env.tokenProgram, positions: pairs }), config: 0, schedule: 1, staker: 7, position: 6 },
      { name: 'refresh', ix: getRefreshInstruction({ mint: env.mint, positions: pairs }), config: 0, schedule: 1, staker: 3, position: 2 },
      { name: 'lock_for_vote', ix: getLockForVoteInstruction({ voteAuthority: env.admin.pubkey, position, owner: alice.pubkey, mint: env.mint, until: now(env.svm) + 86_400n }), config: 1, schedule: 2, staker: 4, position: 3 },
    ];
    for (const c of cases) {
      const payer = c.name === 'lock_for_vote' ? env.admin : alice;
      expect(c.ix.keys[c.config]!.pubkey.equals(config), c.name).toBe(true);
      expect(c.ix.keys[c.staker]!.pubkey.equals(staker), c.name).toBe(true);
      expect(c.ix.keys[c.schedule]!.pubkey.equals(env.addrs.schedule), c.name).toBe(true);
      // Fail: the position as the staker record
      expectStakingError(send(env, payer, [web3WithAccount(c.ix, c.staker, c.ix.keys[c.position]!.pubkey)]), 'DuplicateAccount');
      // Fail: the config as the position
      expectStakingError(send(env, payer, [web3WithAccount(c.ix, c.position, config)]), 'DuplicateAccount');
      // Fail: the config as the staker record
      expectStakingError(send(env, payer, [web3WithAccount(c.ix, c.staker, config)]), 'DuplicateAccount');
      // Fail: the position, the staker record or the config as the schedule
      for (const as of [c.position, c.staker, c.config]) {
        const r = send(env, payer, [web3WithAccount(c.ix, c.schedule, c.ix.keys[as]!.pubkey)]);
        expect(r.ok ? 'success' : r.error, `${c.name}: account ${as} as the schedule`).not.toBe('AccountBorrowFailed');
        expectStakingError(r, 'DuplicateAccount');
      }
    }
  });
});
