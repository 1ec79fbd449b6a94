/**
 * `initialize`: only the staking authority, for its own staking config, mint
 * and token program, with parameters in bounds; creates the config and the
 * treasury (SPL Token and Token-2022 with a transfer fee), once.
 */
import { PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GOVERNANCE_PARAMS,
  encodeGovernanceParams,
  GovernanceInstruction,
  getHandOverInstructions,
  getInitializeInstruction,
  governanceAddresses,
  parseGovernanceEvents,
} from '@/lib/programs/governance';
import { getInitializeInstructions as getStakingInitializeInstructions, stakingAddresses } from '@/lib/programs/staking';
import { createMint, createSvm, tokenAccountOwner, tokenProgramAddress } from '@/programs/test-support';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import { expectError, expectGovError } from './helpers/assert';
import { balance, newWallet, ok, readConfig, readGovernance, send, setTime, START_TS, TOKEN_CONFIGS, toAddress, type GovEnv } from './helpers/governance';

async function bareEnv(token = TOKEN_CONFIGS[0]!) {
  const svm = createSvm(['staking', 'governance']);
  setTime(svm, START_TS);
  const admin = await newWallet(svm, 100n);
  const minter = await newWallet(svm);
  const guardian = await newWallet(svm);
  const mint = new PublicKey(
    await createMint(svm, admin.signer, { program: token.program, decimals: 9, mintAuthority: minter.address, transferFeeBasisPoints: token.transferFeeBasisPoints }),
  );
  const tokenProgram = new PublicKey(tokenProgramAddress(token.program));
  const env = { svm, token, admin, minter, mint, tokenProgram, addrs: stakingAddresses(mint), accountSpace: 165, gov: governanceAddresses({ mint }), guardian } as GovEnv;
  ok(send(env, admin, getStakingInitializeInstructions({ payer: admin.pubkey, mint, tokenProgram })));
  return env;
}

describe.each(TOKEN_CONFIGS)('governance initialize ($name)', (token) => {
  it('lets the staking authority create governance and its treasury once', async () => {
    const env = await bareEnv(token);
    const { admin, mint, tokenProgram, gov } = env;
    const ix = getInitializeInstruction({ payer: admin.pubkey, mint, tokenProgram, params: { guardian: env.guardian.pubkey } });
    const stranger = await newWallet(env.svm);
    const withParams = (patch: Partial<typeof DEFAULT_GOVERNANCE_PARAMS>) =>
      web3WithData(ix, Uint8Array.from([GovernanceInstruction.Initialize, ...encodeGovernanceParams({ ...DEFAULT_GOVERNANCE_PARAMS, ...patch })]));

    // Fail: not enough accounts, data too short
    expectError(send(env, admin, [web3WithAccountCount(ix, 7)]), 'NotEnoughAccountKeys');
    expectGovError(send(env, admin, [web3WithData(ix, ix.data.subarray(0, 20))]), 'InvalidInstructionData');
    // Fail: payer did not sign / treasury read-only
    expectError(send(env, stranger, [web3WithFlags(ix, 0, { isSigner: false })], [admin]), 'MissingRequiredSignature');
    expectGovError(send(env, admin, [web3WithFlags(ix, 4, { isWritable: false })]), 'AccountNotWritable');
    // Fail: not the staking authority
    const strangers = getInitializeInstruction({ payer: stranger.pubkey, mint, tokenProgram });
    expectGovError(send(env, stranger, [strangers]), 'NotStakingAuthority');
    // Fail: not a staking config (the stake vault), wrong mint, wrong token program
    expectGovError(send(env, admin, [web3WithAccount(ix, 2, env.addrs.stakeVault)]), 'InvalidStakingConfig');
    expectGovError(send(env, admin, [web3WithAccount(ix, 5, env.addrs.stakeVault)]), 'InvalidMint');
    expectGovError(send(env, admin, [web3WithAccount(ix, 6, env.admin.pubkey)]), 'InvalidTokenProgram');
    expectError(send(env, admin, [web3WithAccount(ix, 7, tokenProgram)]), 'IncorrectProgramId');
    // Fail: config, authority or treasury not the canonical PDA
    expectGovError(send(env, admin, [web3WithAccount(ix, 1, gov.treasury)]), 'InvalidAddress');
    expectGovError(send(env, admin, [web3WithAccount(ix, 3, gov.treasury)]), 'InvalidAddress');
    expectGovError(send(env, admin, [web3WithAccount(ix, 4, gov.authority)]), 'InvalidAddress');
    // Fail: parameters out of bounds
    for (const patch of [
      { quorumBps: 0 },
      { quorumBps: 10_001 },
      { approvalBps: 5_000 },
      { approvalBps: 10_001 },
      { votingPeriodSecs: 3_599n },
      { votingPeriodSecs: 30n * 86_400n + 1n },
      { timelockSecs: -1n },
      { timelockSecs: 30n * 86_400n + 1n },
      { gracePeriodSecs: 86_399n },
      { lateQuorumExtensionSecs: 7n * 86_400n + 1n },
      { maxActions: 17 },
    ]) {
      expectGovError(send(env, admin, [withParams(patch)]), 'InvalidParameter');
    }
    const badWeighting = Uint8Array.from(withParams({}).data);
    badWeighting[1 + 53] = 2;
    expectGovError(send(env, admin, [web3WithData(ix, badWeighting)]), 'InvalidParameter');

    // Success, with the hand-over in the same transaction
    const result = ok(send(env, admin, [ix, ...getHandOverInstructions({ mint, currentAuthority: admin.pubkey })]));
    const config = readGovernance(env);
    expect(config).toMatchObject({
      quorumBps: 1_000,
      approvalBps: 6_600,
      votingPeriodSecs: 7n * 86_400n,
      timelockSecs: 3n * 86_400n,
      gracePeriodSecs: 14n * 86_400n,
      lateQuorumExtensionSecs: 86_400n,
      minProposalPower: 10_000n * 1_000_000_000n,
      minVotePower: 1_000n * 1_000_000_000n,
      maxActions: 10,
      voteWeighting: 'linear',
      proposalCount: 0n,
    });
    expect(config.guardian?.equals(env.guardian.pubkey)).toBe(true);
    for (const [k, v] of [
      ['stakingConfig', env.addrs.config],
      ['stakingProgram', gov.stakingProgramId],
      ['mint', mint],
      ['tokenProgram', tokenProgram],
      ['authority', gov.authority],
      ['treasury', gov.treasury],
    ] as const) {
      expect(config[k].equals(v), k).toBe(true);
    }
    expect(tokenAccountOwner(env.svm, toAddress(gov.treasury))).toBe(toAddress(gov.authority));
    expect(balance(env, gov.treasury)).toBe(0n);
    const staking = readConfig(env);
    expect(staking.authority.equals(gov.authority) && staking.voteAuthority.equals(gov.authority)).toBe(true);
    expect(staking.pendingAuthority === null && staking.pendingVoteAuthority === null).toBe(true);
    expect(parseGovernanceEvents(result.logs)).toEqual([
      { kind: 'Initialized', governance: gov.governance, stakingConfig: env.addrs.config, authority: gov.authority, treasury: gov.treasury },
      { kind: 'StakingAuthorityAccepted', stakingConfig: env.addrs.config, which: 'voteAuthority' },
      { kind: 'StakingAuthorityAccepted', stakingConfig: env.addrs.config, which: 'authority' },
    ]);

    // Fail: once only (and the old authority no longer is one)
    expectGovError(send(env, admin, [ix]), 'NotStakingAuthority');
  });
});
