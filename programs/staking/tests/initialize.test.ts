import {
  createInitializeMint2Instruction,
  createInitializeNonTransferableMintInstruction,
  createInitializePermanentDelegateInstruction,
  ExtensionType,
  getMintLen,
  TOKEN_2022_PROGRAM_ID,
  TOKEN_PROGRAM_ID,
} from '@solana/spl-token';
import { Keypair, PublicKey, SystemProgram } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { findSchedulePda, getInitializeInstruction, parseStakingEvents, STAKING_PROGRAM_ID, stakingAddresses, TOKEN } from '@/lib/programs/staking';
import { mustReadAccount, tokenAccountOwner } from '@/programs/test-support';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import {
  airdrop,
  DAY,
  newWallet,
  ok,
  readConfig,
  send,
  stakingEnv,
  START_TS,
  toAddress,
  TOKEN_CONFIGS,
} from './helpers/staking';
import { expectError, expectStakingError } from './helpers/assert';

describe.each(TOKEN_CONFIGS)('staking initialize ($name)', (token) => {
  it('creates the config and both vaults with the defaults', async () => {
    const env = await stakingEnv(token, { initialize: false });
    const { svm, admin, mint, tokenProgram } = env;
    const ix = getInitializeInstruction({ payer: admin.pubkey, mint, tokenProgram });
    const other = await newWallet(svm);

    // Fail: not enough accounts
    expectError(send(env, admin, [web3WithAccountCount(ix, 6)]), 'NotEnoughAccountKeys');
    expectError(send(env, admin, [web3WithAccountCount(ix, 7)]), 'NotEnoughAccountKeys');

    // Fail: unexpected data
    expectStakingError(send(env, admin, [web3WithData(ix, Uint8Array.of(0, 1))]), 'InvalidInstructionData');

    // Fail: unknown instruction
    expectStakingError(send(env, admin, [web3WithData(ix, Uint8Array.of(99))]), 'InvalidInstructionData');

    // Fail: payer did not sign
    expectError(send(env, other, [web3WithFlags(ix, 0, { isSigner: false })]), 'MissingRequiredSignature');

    // Fail: config read-only
    expectStakingError(send(env, admin, [web3WithFlags(ix, 1, { isWritable: false })]), 'AccountNotWritable');

    // Fail: not a token program
    expectStakingError(send(env, admin, [web3WithAccount(ix, 5, SystemProgram.programId)]), 'InvalidTokenProgram');

    // Fail: the mint belongs to the other token program
    const otherTokenProgram = tokenProgram.equals(TOKEN_PROGRAM_ID) ? TOKEN_2022_PROGRAM_ID : TOKEN_PROGRAM_ID;
    expectStakingError(send(env, admin, [web3WithAccount(ix, 5, otherTokenProgram)]), 'InvalidMint');

    // Fail: the "mint" is a wallet
    expectStakingError(send(env, admin, [web3WithAccount(ix, 2, admin.pubkey)]), 'InvalidMint');

    // Fail: config address of another mint
    const otherMint = Keypair.generate().publicKey;
    expectStakingError(send(env, admin, [web3WithAccount(ix, 1, stakingAddresses(otherMint).config)]), 'InvalidAddress');

    // Fail: schedule read-only; another config's schedule address
    expectStakingError(send(env, admin, [web3WithFlags(ix, 7, { isWritable: false })]), 'AccountNotWritable');
    expectStakingError(send(env, admin, [web3WithAccount(ix, 7, stakingAddresses(otherMint).schedule)]), 'InvalidAddress');

    // Fail: vaults swapped
    const swapped = web3WithAccount(web3WithAccount(ix, 3, env.addrs.rewardVault), 4, env.addrs.stakeVault);
    expectStakingError(send(env, admin, [swapped]), 'InvalidAddress');

    // Success (even though someone sent lamports to the config and a vault address first)
    airdrop(env, env.addrs.config, 1_000_000n);
    airdrop(env, env.addrs.stakeVault, 5_000_000n);
    const result = ok(send(env, admin, [ix]));
    const config = readConfig(env);
    expect(config.authority.equals(admin.pubkey)).toBe(true);
    expect(config.voteAuthority.equals(admin.pubkey)).toBe(true);
    expect(config.mint.equals(mint)).toBe(true);
    expect(config.tokenProgram.equals(tokenProgram)).toBe(true);
    expect(config.stakeVault.equals(env.addrs.stakeVault)).toBe(true);
    expect(config.rewardVault.equals(env.addrs.rewardVault)).toBe(true);
    expect(config.decimals).toBe(9);
    expect(config.paused).toBe(false);
    expect(config.penaltyDestination).toBe('recycle');
    expect(config.treasury).toBeNull();
    expect(config.tiers.map((t) => [t.lockSecs, t.multiplierBps])).toEqual([
      [0n, 10_000],
      [7n * DAY, 12_000],
      [30n * DAY, 15_000],
      [90n * DAY, 20_000],
      [180n * DAY, 30_000],
    ]);
    expect(config.tiers.map((t) => t.name)).toEqual(['No lock', '7 days', '30 days', '90 days', '180 days']);
    expect(config.penaltyBps).toBe(1_000);
    expect(config.boosters).toEqual({
      longLockBps: 2_000,
      voterBps: 1_500,
      participationBps: 1_000,
      longLockMinSecs: 90n * DAY,
      voterBoostSecs: 30n * DAY,
      participationWindowSecs: 30n * DAY,
    });
    expect(config.minStake).toBe(100n * TOKEN);
    expect(config.maxStakePerWallet).toBe(1_000_000n * TOKEN);
    expect(config.drip).toMatchObject({ remaining: 0n, endTs: 0n, periodSecs: 7n * DAY });
    // Stored, not the zero an older config reads as the default.
    expect(Array.from(mustReadAccount(svm, toAddress(env.addrs.config)).data.subarray(528, 536))).toEqual([0x80, 0x3a, 0x09, 0, 0, 0, 0, 0]);
    expect([config.totalStaked, config.totalRewardWeight, config.accRewardPerWeight, config.stream.remaining]).toEqual([
      0n,
      0n,
      0n,
      0n,
    ]);
    for (const vault of [env.addrs.stakeVault, env.addrs.rewardVault]) {
      const account = mustReadAccount(svm, toAddress(vault));
      expect(account.owner).toBe(toAddress(tokenProgram));
      expect(account.data.length).toBe(env.accountSpace);
      expect(tokenAccountOwner(svm, toAddress(vault))).toBe(toAddress(env.addrs.config));
      expect(account.lamports).toBeGreaterThanOrEqual(svm.minimumBalanceForRentExemption(BigInt(env.accountSpace)));
    }
    // The schedule's first 10,240 bytes: header (kind 4, version, bump, config,
    // first_day = today), no history room until extend_schedule completes the ring;
    // the config starts synced today.
    const schedule = mustReadAccount(svm, toAddress(env.addrs.schedule));
    expect(schedule.owner).toBe(toAddress(STAKING_PROGRAM_ID));
    expect(schedule.data.length).toBe(10_240);
    const header = new DataView(schedule.data.buffer, schedule.data.byteOffset, 56);
    expect([schedule.data[0], schedule.data[1], schedule.data[2]]).toEqual([4, 1, findSchedulePda(env.addrs.config)[1]]);
    expect(Buffer.from(schedule.data.subarray(8, 40)).equals(env.addrs.config.toBuffer())).toBe(true);
    expect([header.getUint32(40, true), header.getUint32(44, true), header.getUint32(48, true)]).toEqual([Number(START_TS / DAY), 0, 0]);
    expect(config.syncedDay).toBe(Number(START_TS / DAY));
    expect(config.stream.lastUpdateTs).toBe(START_TS);
    const events = parseStakingEvents(result.logs);
    expect(events).toEqual([{ kind: 'Initialized', config: env.addrs.config, mint, authority: admin.pubkey }]);

    // Fail: already initialised
    expectStakingError(send(env, admin, [ix]), 'AlreadyInitialized');
  });
});

describe('staking initialize (Token-2022 extensions)', () => {
  async function mintWith(extension: 'permanentDelegate' | 'nonTransferable') {
    const env = await stakingEnv(TOKEN_CONFIGS[1], { initialize: false });
    const mint = Keypair.generate();
    const type = extension === 'permanentDelegate' ? ExtensionType.PermanentDelegate : ExtensionType.NonTransferable;
    const space = getMintLen([type]);
    const init =
      extension === 'permanentDelegate'
        ? createInitializePermanentDelegateInstruction(mint.publicKey, env.admin.pubkey, TOKEN_2022_PROGRAM_ID)
        : createInitializeNonTransferableMintInstruction(mint.publicKey, TOKEN_2022_PROGRAM_ID);
    ok(
      send(
        env,
        env.admin,
        [
          SystemProgram.createAccount({
            fromPubkey: env.admin.pubkey,
            newAccountPubkey: mint.publicKey,
            space,
            lamports: Number(env.svm.minimumBalanceForRentExemption(BigInt(space))),
            programId: TOKEN_2022_PROGRAM_ID,
          }),
          init,
          createInitializeMint2Instruction(mint.publicKey, 9, env.admin.pubkey, null, TOKEN_2022_PROGRAM_ID),
        ],
        [mint],
      ),
    );
    return { env, mint: mint.publicKey };
  }

  it.each(['permanentDelegate', 'nonTransferable'] as const)('refuses a mint with %s', async (extension) => {
    const { env, mint } = await mintWith(extension);
    const ix = getInitializeInstruction({ payer: env.admin.pubkey, mint, tokenProgram: TOKEN_2022_PROGRAM_ID });
    // Fail: the extension could drain or trap the vaults
    expectStakingError(send(env, env.admin, [ix]), 'UnsupportedMintExtension');
    expect(env.svm.getAccount(toAddress(new PublicKey(stakingAddresses(mint).config))).exists).toBe(false);
  });
});
