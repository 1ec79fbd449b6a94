import { Keypair, PublicKey, SystemProgram } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import {
  decodeConfig,
  findPositionPda,
  findStakerPda,
  getStakeInstruction,
  getUpdateConfigInstruction,
  parseStakingEvents,
  STAKING_PROGRAM_ID,
  stakingAddresses,
  TOKEN,
} from '@/lib/programs/staking';
import { mustReadAccount, plantAccount } from '@/programs/test-support';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import { dayCeil } from '@/lib/programs/staking/schedule';
import {
  afterFee,
  airdrop,
  balance,
  DAY,
  ok,
  positionAddress,
  readConfig,
  readPosition,
  readStaker,
  send,
  stake,
  stakeIx,
  stakerWallet,
  stakingEnv,
  START_TS,
  toAddress,
  tokenAccount,
  TOKEN_CONFIGS,
} from './helpers/staking';
import { expectError, expectStakingError } from './helpers/assert';

/** The position address of `id` under a valid bump below the canonical one. */
function lowerPositionAddress(config: PublicKey, owner: PublicKey, id: number, canonicalBump: number): { address: PublicKey; bump: number } {
  const idBytes = Buffer.alloc(4);
  idBytes.writeUInt32LE(id);
  for (let bump = canonicalBump - 1; bump >= 0; bump--) {
    try {
      const address = PublicKey.createProgramAddressSync([Buffer.from('position'), config.toBuffer(), owner.toBuffer(), idBytes, Buffer.of(bump)], STAKING_PROGRAM_ID);
      return { address, bump };
    } catch {
      // On the curve: not a PDA, try the next bump down.
    }
  }
  throw new Error('no lower bump');
}

describe.each(TOKEN_CONFIGS)('staking stake ($name)', (token) => {
  it('opens a position and the staker record', async () => {
    const env = await stakingEnv(token);
    const { svm } = env;
    const alice = await stakerWallet(env, 2_000_000n);
    const bob = await stakerWallet(env);
    const amount = 1_000n * TOKEN;
    const ix = stakeIx(env, alice, 4, amount);

    // Fail: not enough accounts
    expectError(send(env, alice, [web3WithAccountCount(ix, 9)]), 'NotEnoughAccountKeys');

    // Fail: data too short
    expectStakingError(send(env, alice, [web3WithData(ix, ix.data.subarray(0, 14))]), 'InvalidInstructionData');

    // Fail: owner did not sign
    expectError(send(env, bob, [web3WithFlags(ix, 0, { isSigner: false })], [alice]), 'MissingRequiredSignature');

    // Fail: position read-only
    expectStakingError(send(env, alice, [web3WithFlags(ix, 4, { isWritable: false })]), 'AccountNotWritable');

    // Fail: zero amount
    expectStakingError(send(env, alice, [stakeIx(env, alice, 4, 0n)]), 'ZeroAmount');

    // Fail: a copy of the config owned by another program
    const fake = Keypair.generate().publicKey;
    plantAccount(svm, toAddress(fake), { owner: toAddress(SystemProgram.programId), data: mustReadAccount(svm, toAddress(env.addrs.config)).data });
    expectStakingError(send(env, alice, [web3WithAccount(ix, 1, fake)]), 'InvalidConfig');

    // Fail: no such tier
    expectStakingError(send(env, alice, [stakeIx(env, alice, 5, amount)]), 'InvalidTier');

    // Fail: another mint
    const otherMint = Keypair.generate().publicKey;
    expectStakingError(send(env, alice, [web3WithAccount(ix, 7, otherMint)]), 'InvalidMint');

    // Fail: another token program
    expectStakingError(send(env, alice, [web3WithAccount(ix, 8, SystemProgram.programId)]), 'InvalidTokenProgram');

    // Fail: a vault of the attacker's instead of the stake vault
    const attackerVault = await tokenAccount(env, bob.pubkey);
    expectStakingError(send(env, alice, [web3WithAccount(ix, 6, attackerVault)]), 'InvalidVault');

    // Fail: the reward vault as stake vault
    expectStakingError(send(env, alice, [web3WithAccount(ix, 6, env.addrs.rewardVault)]), 'InvalidVault');

    // Fail: below the minimum stake
    expectStakingError(send(env, alice, [stakeIx(env, alice, 0, 99n * TOKEN)]), 'BelowMinimumStake');

    // Fail: above the per-wallet maximum
    expectStakingError(send(env, alice, [stakeIx(env, alice, 0, 1_000_001n * TOKEN)]), 'MaxStakePerWalletExceeded');

    // Fail: not the staker's next id
    const wrongId = getStakeInstruction({
      owner: alice.pubkey,
      ownerToken: alice.token,
      mint: env.mint,
      tokenProgram: env.tokenProgram,
      tier: 4,
      amount,
      positionId: 1,
    });
    expectStakingError(send(env, alice, [wrongId]), 'PositionIdMismatch');

    // Fail: the position address of another wallet
    expectStakingError(send(env, alice, [web3WithAccount(ix, 4, positionAddress(env, bob.pubkey, 0))]), 'InvalidAddress');

    // Fail: position bump does not give the position address
    const data = Uint8Array.from(ix.data);
    data[14] = (data[14]! + 1) % 256;
    expectStakingError(send(env, alice, [web3WithData(ix, data)]), 'InvalidAddress');

    // Fail: a valid but non-canonical position bump (its own, second address for this id)
    const [canonical, canonicalBump] = findPositionPda(env.addrs.config, alice.pubkey, 0);
    const lower = lowerPositionAddress(env.addrs.config, alice.pubkey, 0, canonicalBump);
    expect(lower.address.equals(canonical)).toBe(false);
    const lowerData = Uint8Array.from(ix.data);
    lowerData[14] = lower.bump;
    expectStakingError(send(env, alice, [web3WithData(web3WithAccount(ix, 4, lower.address), lowerData)]), 'InvalidAddress');

    // Fail: the position passed as the staker record too
    expectStakingError(send(env, alice, [web3WithAccount(ix, 3, canonical)]), 'DuplicateAccount');

    // Fail: the staker record of another wallet (not its canonical address)
    const bobStaker = stakeIx(env, bob, 0, amount).keys[3]!.pubkey;
    expectStakingError(send(env, alice, [web3WithAccount(ix, 3, bobStaker)]), 'InvalidAddress');

    // Fail: paused
    ok(send(env, env.admin, [getUpdateConfigInstruction({ authority: env.admin.pubkey, mint: env.mint, update: { field: 'paused', paused: true } })]));
    expectStakingError(send(env, alice, [ix]), 'Paused');
    ok(send(env, env.admin, [getUpdateConfigInstruction({ authority: env.admin.pubkey, mint: env.mint, update: { field: 'paused', paused: false } })]));

    // Success, although someone sent lamports to the position address first (a creation-blocking attempt)
    const position = positionAddress(env, alice.pubkey, 0);
    airdrop(env, position, 1_000n);
    const before = balance(env, alice.token);
    const result = ok(send(env, alice, [ix]));
    const received = afterFee(env, amount);
    const p = readPosition(env, position);
    expect(p.owner.equals(alice.pubkey)).toBe(true);
    expect(p.config.equals(env.addrs.config)).toBe(true);
    expect(p.id).toBe(0);
    expect(p.tier).toBe(4);
    expect(p.tierName).toBe('180 days');
    expect(p.amount).toBe(received);
    expect(p.lockStartTs).toBe(START_TS);
    expect(p.lockEndTs).toBe(dayCeil(START_TS + 180n * DAY)); // 00:00 UTC on or after
    expect(p.multiplierBps).toBe(30_000);
    expect(p.votingPower).toBe((received * 3n));
    // Long lock (+20 %) and participation (+10 %).
    expect(p.boostBps).toBe(3_000);
    expect(p.rewardWeight).toBe((received * 3n * 13n) / 10n);
    expect(p.unclaimed).toBe(0n);
    expect(p.autoCompound).toBe(false);
    expect(p.voteLockedUntil).toBeNull();
    expect(balance(env, alice.token)).toBe(before - amount);
    expect(balance(env, env.addrs.stakeVault)).toBe(received);
    const staker = readStaker(env, alice.pubkey)!;
    expect(staker).toMatchObject({ totalAmount: received, votingPower: received * 3n, nextPositionId: 1, openPositions: 1 });
    const config = readConfig(env);
    expect(config).toMatchObject({ totalStaked: received, totalVotingPower: received * 3n, totalRewardWeight: p.rewardWeight, openPositions: 1, stakers: 1 });
    expect(parseStakingEvents(result.logs)).toEqual([
      { kind: 'Staked', position, owner: alice.pubkey, tier: 4, amount: received, lockEnd: dayCeil(START_TS + 180n * DAY), votingPower: received * 3n },
    ]);
    // First stake: creates the staker record too (canonical bump search, 1,500 CU per bump tried),
    // and proves the position's bump canonical (a hash and a curve check, ~320 CU, per higher bump).
    const stakerBump = findStakerPda(env.addrs.config, alice.pubkey)[1];
    const bumpCost = (id: number) => 350 * (255 - findPositionPda(env.addrs.config, alice.pubkey, id)[1]);
    expect(result.computeUnits).toBeLessThan((token.program === 'token' ? 10_000 : 12_000) + 1_500 * (255 - stakerBump) + bumpCost(0));

    // Success: a second position (no lock). Target ≤ 8,000 CU with the token CPI;
    // last known 5,496 (SPL Token), 7,182 (Token-2022).
    const second = stakeIx(env, alice, 0, 500n * TOKEN);
    const r2 = ok(send(env, alice, [second]));
    expect(readPosition(env, positionAddress(env, alice.pubkey, 1))).toMatchObject({ id: 1, tier: 0, boostBps: 1_000 });
    expect(readStaker(env, alice.pubkey)).toMatchObject({ nextPositionId: 2, openPositions: 2 });
    expect(r2.computeUnits).toBeLessThanOrEqual((token.transferFeeBasisPoints ? 9_000 : 8_000) + bumpCost(1));

    // Fail: the two positions plus this one would pass the wallet maximum
    const room = 1_000_000n * TOKEN - readStaker(env, alice.pubkey)!.totalAmount;
    expectStakingError(send(env, alice, [stakeIx(env, alice, 0, room + 1n)]), 'MaxStakePerWalletExceeded');
    ok(send(env, alice, [stakeIx(env, alice, 0, room)]));
  });

  if (token.transferFeeBasisPoints) {
    it('checks the minimum against what arrived after the transfer fee', async () => {
      const env = await stakingEnv(token);
      const alice = await stakerWallet(env);
      // Fail: 100 tokens sent, 99 arrive
      expectStakingError(send(env, alice, [stakeIx(env, alice, 0, 100n * TOKEN)]), 'BelowMinimumStake');
      const position = stake(env, alice, 0, 102n * TOKEN);
      expect(readPosition(env, position).amount).toBe(afterFee(env, 102n * TOKEN));
    });
  }

  it('keeps configs of different mints apart', async () => {
    const env = await stakingEnv(token);
    const alice = await stakerWallet(env);
    stake(env, alice, 1, 200n * TOKEN);
    // Fail: a position address derived under another mint's config
    const other = stakingAddresses(Keypair.generate().publicKey);
    const ix = stakeIx(env, alice, 1, 200n * TOKEN);
    expectStakingError(send(env, alice, [web3WithAccount(ix, 1, other.config)]), 'InvalidConfig');
    expect(decodeConfig(mustReadAccount(env.svm, toAddress(env.addrs.config)).data).openPositions).toBe(1);
  });
});
