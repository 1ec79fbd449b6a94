/**
 * Round trip of the generated client (lib/programs/generated/governance, from
 * programs/idl/governance.ts) against the committed programs/deploy/governance.so
 * (and staking.so, set up through the generated staking client): every
 * instruction of the IDL, built by the generated builders alone, runs in
 * LiteSVM on a quadratic governance; every account kind (config, proposal,
 * action with its metas and data, vote record, voter record) decodes to the
 * values the program wrote; every error code of the IDL maps to its name and
 * message, and a sample of them comes back from the program.
 */
import { type AccountMeta, AccountRole, type Address, createNoopSigner, type Instruction, isSignerRole, isWritableRole, type KeyPairSigner } from '@solana/kit';
import { PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import {
  findActionPda,
  findAuthorityPda,
  findGovernancePda,
  findProposalPda,
  findTreasuryPda,
  findVoteRecordPda,
  findVoterRecordPda,
  getAcceptGuardianInstruction,
  getAcceptStakingAuthorityInstruction,
  getActionDecoder,
  getActionMetaDecoder,
  getActivateInstruction,
  getAddActionInstructionAsync,
  getCancelInstruction,
  getCastVoteInstruction,
  getChangeVoteInstruction,
  getCreateProposalInstructionAsync,
  getExecuteInstruction,
  getFinalizeInstruction,
  getGovernanceConfigDecoder,
  getGovernanceErrorMessage,
  getInitializeInstructionAsync,
  getProposalDecoder,
  getQueueInstruction,
  getRelinquishInstruction,
  getRemoveActionInstruction,
  getSetStakingPausedInstruction,
  getUpdateConfigInstruction,
  getVetoInstruction,
  getVoteRecordDecoder,
  getVoterRecordDecoder,
  type GovernanceError,
  ProposalState,
  ProposalType,
  StakingAuthorityKind,
  VoteSide,
  VoteWeighting,
} from '@/lib/programs/generated/governance';
import { GOVERNANCE_ERROR_TABLE } from '@/lib/programs/generated/governance/errorTable';
import * as staking from '@/lib/programs/generated/staking';
import { GOVERNANCE_ERRORS } from '@/lib/programs/governance';
import { governanceIdl } from '@/programs/idl/governance';
import { createSvm, expectFailure, expectSuccess, mustReadAccount, programAddress, readAccount, send } from '@/programs/test-support';
import { DAY, newWallet, now, SPL, stakingEnv, START_TS, tokenAccount, toAddress, warp } from './helpers/governance';

const TOKEN = 1_000_000_000n;
const HOUR = 3_600n;
const ZERO = '11111111111111111111111111111111' as Address;
const pascal = (name: string) => name[0]!.toUpperCase() + name.slice(1);
const utf8 = (bytes: ArrayLike<number>) => new TextDecoder().decode(Uint8Array.from(bytes));

/** ⌊√n⌋ (the quadratic weight). */
function isqrt(n: bigint): bigint {
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

/** Staking and a quadratic governance with a guardian, set up and handed over through the generated clients. */
async function fixture() {
  const env = await stakingEnv(SPL, { initialize: false, svm: createSvm(['staking', 'governance']) });
  const { svm } = env;
  const mint = toAddress(env.mint);
  const tokenProgram = toAddress(env.tokenProgram);
  const admin = env.admin.signer;
  const run = async (payer: KeyPairSigner, ...instructions: Instruction[]) => expectSuccess(await send(svm, payer, instructions));
  const [config] = await staking.findConfigPda({ mint });
  const extend = await staking.getExtendScheduleInstructionAsync({ payer: admin, config });
  await run(admin, await staking.getInitializeInstructionAsync({ payer: admin, mint, tokenProgram }), extend, extend);
  const [governance] = await findGovernancePda({ stakingConfig: config });
  const [authority] = await findAuthorityPda({ governance });
  const guardian = await newWallet(svm);
  return { env, svm, mint, tokenProgram, admin, run, config, governance, authority, guardian };
}

describe('governance generated client', () => {
  it('runs every IDL instruction in LiteSVM and decodes what the program wrote', async () => {
    const f = await fixture();
    const { svm, mint, tokenProgram, admin, run, config, governance, authority, guardian } = f;
    const read = <T>(decoder: { decode: (d: Uint8Array) => T }, at: Address) => decoder.decode(mustReadAccount(svm, at).data);
    const ran: string[] = [];
    const step = async (name: string, payer: KeyPairSigner, ...instructions: Instruction[]) => {
      ran.push(name);
      return run(payer, ...instructions);
    };
    const stakingProgram = programAddress('staking');

    // initialize, then the hand-over of both staking authorities (proposed by the admin, accepted by governance).
    const init = await getInitializeInstructionAsync({
      payer: admin,
      stakingConfig: config,
      mint,
      tokenProgram,
      quorumBps: 1_000,
      approvalBps: 6_600,
      votingPeriodSecs: HOUR,
      timelockSecs: 0n,
      gracePeriodSecs: DAY,
      lateQuorumExtensionSecs: 0n,
      minProposalPower: TOKEN,
      minVotePower: TOKEN,
      maxActions: 16,
      voteWeighting: VoteWeighting.Quadratic,
      guardian: guardian.address,
    });
    const handOver = [
      staking.getUpdateConfigInstruction({ authority: admin, config, update: { __kind: 'SetVoteAuthority', voteAuthority: authority } }),
      staking.getUpdateConfigInstruction({ authority: admin, config, update: { __kind: 'SetAuthority', authority } }),
      ...[StakingAuthorityKind.VoteAuthority, StakingAuthorityKind.Authority].map((which) =>
        getAcceptStakingAuthorityInstruction({ governance, authority, stakingConfig: config, stakingProgram, which }),
      ),
    ];
    await step('initialize', admin, init, ...handOver);
    ran.push('acceptStakingAuthority');
    const [treasury, treasuryBump] = await findTreasuryPda({ governance });
    expect(read(getGovernanceConfigDecoder(), governance)).toMatchObject({
      discriminator: 1,
      stakingProgram,
      stakingConfig: config,
      mint,
      tokenProgram,
      authority,
      treasury,
      treasuryBump,
      guardian: guardian.address,
      pendingGuardian: ZERO,
      quorumBps: 1_000,
      approvalBps: 6_600,
      votingPeriodSecs: HOUR,
      gracePeriodSecs: DAY,
      minVotePower: TOKEN,
      maxActions: 16,
      voteWeighting: VoteWeighting.Quadratic,
      proposalCount: 0n,
    });
    expect(staking.getStakingConfigDecoder().decode(mustReadAccount(svm, config).data)).toMatchObject({ authority, voteAuthority: authority });

    // A voter stakes 20,000 tokens without a lock.
    const voter = await newWallet(svm);
    const voterToken = toAddress(await tokenAccount(f.env, new PublicKey(voter.address), 20_000n * TOKEN));
    const [position, positionBump] = await staking.findPositionPda({ config, owner: voter.address, positionId: 0 });
    const [stakeVault] = await staking.findStakeVaultPda({ config });
    await run(
      voter.signer,
      await staking.getStakeInstructionAsync({ owner: voter.signer, config, ownerToken: voterToken, stakeVault, mint, tokenProgram, tier: 0, amount: 20_000n * TOKEN, positionId: 0, positionBump }),
    );

    // Three proposals: 0 with actions (passes), 1 cancelled as a draft, 2 vetoed while voting.
    const hash = new Uint8Array(32).fill(7);
    const propose = async (id: bigint, title: string, uri: string) => {
      const [proposal, bump] = await findProposalPda({ governance, id });
      const bytes = new TextEncoder().encode(title + uri);
      await step(
        'createProposal',
        voter.signer,
        await getCreateProposalInstructionAsync({
          proposer: voter.signer,
          payer: voter.signer,
          governance,
          stakingConfig: config,
          id,
          bump,
          proposalType: ProposalType.ParameterChange,
          descriptionHash: hash,
          titleLen: new TextEncoder().encode(title).length,
          uriLen: bytes.length - new TextEncoder().encode(title).length,
          titleAndUri: title + uri,
          positions: [position],
        }),
      );
      return proposal;
    };
    const p0 = await propose(0n, 'Fewer actions — ünïcode', 'ipfs://bafy');
    const p1 = await propose(1n, 'Cancel me', '');
    const p2 = await propose(2n, 'Veto me', 'https://keel.example/2');
    const created = read(getProposalDecoder(), p0);
    expect(created).toMatchObject({
      discriminator: 2,
      state: ProposalState.Draft,
      proposalType: ProposalType.ParameterChange,
      governance,
      proposer: voter.address,
      id: 0n,
      proposerPower: 20_000n * TOKEN,
      createdAt: START_TS,
      start: 0n,
    });
    expect(utf8(created.title.slice(0, created.titleLen))).toBe('Fewer actions — ünïcode');
    expect(utf8(created.uri.slice(0, created.uriLen))).toBe('ipfs://bafy');
    expect([...created.descriptionHash]).toEqual([...hash]);

    // Actions of proposal 0: governance's own update_config (max actions 5; propose a new guardian), built by the
    // generated builder with the authority PDA as a signer that never signs here, stored as metas.
    const pda = createNoopSigner(authority);
    const updates = [
      getUpdateConfigInstruction({ authority: pda, governance, update: { __kind: 'MaxActions', maxActions: 5 } }),
      getUpdateConfigInstruction({ authority: pda, governance, update: { __kind: 'RemoveGuardian' } }),
    ];
    const next = await newWallet(svm);
    updates.push(getUpdateConfigInstruction({ authority: pda, governance, update: { __kind: 'Guardian', guardian: next.address } }));
    ran.push('updateConfig');
    const metas = (ix: Instruction) => (ix.accounts ?? []).map((a) => ({ pubkey: a.address, flags: (isSignerRole(a.role) ? 1 : 0) | (isWritableRole(a.role) ? 2 : 0) }));
    for (const [index, ix] of updates.entries()) {
      const [, bump] = await findActionPda({ proposal: p0, index });
      await step(
        'addAction',
        voter.signer,
        await getAddActionInstructionAsync({ proposer: voter.signer, payer: voter.signer, governance, proposal: p0, index, bump, programId: ix.programAddress, metas: metas(ix), data: ix.data! }),
      );
    }
    const [action1] = await findActionPda({ proposal: p0, index: 1 });
    await step('removeAction', voter.signer, getRemoveActionInstruction({ proposer: voter.signer, proposal: p0, action: action1 }));
    expect(readAccount(svm, action1)).toBeNull();
    const [action0, action0Bump] = await findActionPda({ proposal: p0, index: 0 });
    const stored = read(getActionDecoder(), action0);
    expect(stored).toMatchObject({ discriminator: 3, bump: action0Bump, index: 0, executed: false, accountCount: 2, dataLen: 3, proposal: p0, programId: governanceIdl.program.publicKey, executedAt: 0n });
    const storedMetas = [0, 1].map((i) => getActionMetaDecoder().decode(stored.metasAndData, 40 * i));
    expect(storedMetas).toEqual([
      { pubkey: authority, isSigner: true, isWritable: false, reserved: new Uint8Array(6) },
      { pubkey: governance, isSigner: false, isWritable: true, reserved: new Uint8Array(6) },
    ]);
    expect([...stored.metasAndData.slice(80)]).toEqual([...updates[0]!.data!]);

    // Voting: activate 0 and 2 (staking synced today), cancel the draft 1.
    await step('activate', voter.signer, getActivateInstruction({ proposer: voter.signer, governance, proposal: p0, stakingConfig: config }));
    await run(voter.signer, getActivateInstruction({ proposer: voter.signer, governance, proposal: p2, stakingConfig: config }));
    await step('cancel', voter.signer, getCancelInstruction({ authority: voter.signer, governance, proposal: p1 }));
    expect(read(getProposalDecoder(), p1).state).toBe(ProposalState.Cancelled);
    const [schedule] = await staking.findSchedulePda({ config });
    const [voteRecord, voteBump] = await findVoteRecordPda({ proposal: p0, position });
    const [voterRecord, voterBump] = await findVoterRecordPda({ proposal: p0, voter: voter.address });
    await step(
      'castVote',
      voter.signer,
      getCastVoteInstruction({
        voter: voter.signer,
        governance,
        proposal: p0,
        authority,
        stakingConfig: config,
        stakingSchedule: schedule,
        stakingProgram,
        side: VoteSide.Against,
        bumps: [voteBump, voterBump],
        votes: [position, voteRecord, voterRecord],
      }),
    );
    await step('changeVote', voter.signer, getChangeVoteInstruction({ voter: voter.signer, proposal: p0, side: VoteSide.For, records: [voteRecord, voterRecord] }));
    const power = 20_000n * TOKEN;
    expect(read(getVoteRecordDecoder(), voteRecord)).toMatchObject({ discriminator: 4, bump: voteBump, side: VoteSide.For, proposal: p0, position, voter: voter.address, power, weight: 0n, votedAt: START_TS });
    expect(read(getVoterRecordDecoder(), voterRecord)).toMatchObject({ discriminator: 5, bump: voterBump, records: 1, proposal: p0, voter: voter.address, forPower: power, againstPower: 0n, abstainPower: 0n });
    expect(read(getProposalDecoder(), p0)).toMatchObject({ state: ProposalState.Voting, voteWeighting: VoteWeighting.Quadratic, forWeight: isqrt(power), againstWeight: 0n, quorumPower: power, totalPower: power, votes: 1, votesCast: 1, start: START_TS, end: START_TS + HOUR });
    // The position is locked in staking until the vote ends.
    expect(staking.getPositionDecoder().decode(mustReadAccount(svm, position).data).voteLockedUntil).toBe(START_TS + HOUR);

    // The guardian vetoes 2, pauses staking and resumes it.
    await step('veto', guardian.signer, getVetoInstruction({ guardian: guardian.signer, governance, proposal: p2 }));
    expect(read(getProposalDecoder(), p2).state).toBe(ProposalState.Vetoed);
    const pause = (paused: boolean) => getSetStakingPausedInstruction({ guardian: guardian.signer, governance, authority, stakingConfig: config, stakingProgram, paused });
    await step('setStakingPaused', guardian.signer, pause(true));
    expect(staking.getStakingConfigDecoder().decode(mustReadAccount(svm, config).data).paused).toBe(true);
    await run(guardian.signer, pause(false));

    // After the end: finalize (Succeeded), relinquish (records closed, rent back), queue, execute both actions.
    warp(svm, HOUR);
    await step('finalize', voter.signer, getFinalizeInstruction({ proposal: p0 }));
    expect(read(getProposalDecoder(), p0).state).toBe(ProposalState.Succeeded);
    await step('relinquish', voter.signer, getRelinquishInstruction({ voter: voter.signer, proposal: p0, records: [voteRecord, voterRecord] }));
    expect([readAccount(svm, voteRecord), readAccount(svm, voterRecord)]).toEqual([null, null]);
    await step('queue', voter.signer, getQueueInstruction({ proposal: p0 }));
    expect(read(getProposalDecoder(), p0)).toMatchObject({ state: ProposalState.Queued, eta: now(svm) });
    for (const [index, ix] of [0, 2].map((i) => [i, updates[i]!] as const)) {
      const [action] = await findActionPda({ proposal: p0, index });
      // The action's accounts in stored order with their stored roles (the PDA signs by invoke_signed), then its program.
      const built = getExecuteInstruction({ governance, proposal: p0, action, actionAccounts: [] });
      const accounts: AccountMeta[] = [
        ...built.accounts,
        ...(ix.accounts ?? []).map((a) => ({ address: a.address, role: isWritableRole(a.role) ? AccountRole.WRITABLE : AccountRole.READONLY })),
        { address: ix.programAddress, role: AccountRole.READONLY },
      ];
      await step('execute', voter.signer, { ...built, accounts });
    }
    expect(read(getActionDecoder(), action0)).toMatchObject({ executed: true, executedAt: now(svm) });
    expect(read(getProposalDecoder(), p0)).toMatchObject({ state: ProposalState.Executed, executedMask: 0b101, actionMask: 0b101, guardianActions: 1 });
    expect(read(getGovernanceConfigDecoder(), governance)).toMatchObject({ maxActions: 5, guardian: guardian.address, pendingGuardian: next.address });

    // The proposed guardian accepts.
    await step('acceptGuardian', next.signer, getAcceptGuardianInstruction({ pendingGuardian: next.signer, governance }));
    expect(read(getGovernanceConfigDecoder(), governance)).toMatchObject({ guardian: next.address, pendingGuardian: ZERO });

    expect([...new Set(ran)].sort()).toEqual(governanceIdl.program.instructions.map((ix) => ix.name).sort());
  });

  it('maps every IDL error code to its name and message, and gets them from the program', async () => {
    for (const error of governanceIdl.program.errors) {
      expect(getGovernanceErrorMessage(error.code as GovernanceError), error.name).toBe(error.message);
      expect(GOVERNANCE_ERROR_TABLE[error.code]).toEqual({ name: pascal(error.name), message: error.message });
      expect(GOVERNANCE_ERRORS[error.code]).toEqual({ name: pascal(error.name), message: error.message });
    }
    expect(Object.keys(GOVERNANCE_ERROR_TABLE)).toHaveLength(governanceIdl.program.errors.length);

    const f = await fixture();
    const { svm, mint, tokenProgram, admin, config, governance, authority, guardian } = f;
    const params = {
      payer: admin,
      stakingConfig: config,
      mint,
      tokenProgram,
      quorumBps: 1_000,
      approvalBps: 6_600,
      votingPeriodSecs: HOUR,
      timelockSecs: 0n,
      gracePeriodSecs: DAY,
      lateQuorumExtensionSecs: 0n,
      minProposalPower: TOKEN,
      minVotePower: TOKEN,
      maxActions: 16,
      voteWeighting: VoteWeighting.Linear,
      guardian: guardian.address,
    };
    const stranger = await newWallet(svm);
    const [p0, bump] = await findProposalPda({ governance, id: 0n });
    const causes: [string, () => Promise<Instruction>, KeyPairSigner][] = [
      ['invalidParameter', () => getInitializeInstructionAsync({ ...params, approvalBps: 5_000 }), admin],
      ['notStakingAuthority', () => getInitializeInstructionAsync({ ...params, payer: stranger.signer }), stranger.signer],
      ['noPendingGuardian', async () => getAcceptGuardianInstruction({ pendingGuardian: stranger.signer, governance }), stranger.signer],
      ['notGuardian', async () => getSetStakingPausedInstruction({ guardian: stranger.signer, governance, authority, stakingConfig: config, stakingProgram: programAddress('staking'), paused: true }), stranger.signer],
      [
        'invalidTitle',
        () =>
          getCreateProposalInstructionAsync({
            proposer: stranger.signer,
            payer: stranger.signer,
            governance,
            stakingConfig: config,
            id: 0n,
            bump,
            proposalType: ProposalType.TextOnly,
            descriptionHash: new Uint8Array(32),
            titleLen: 0,
            uriLen: 0,
            titleAndUri: '',
            positions: [],
          }),
        stranger.signer,
      ],
      ['invalidProposal', async () => getFinalizeInstruction({ proposal: p0 }), stranger.signer],
    ];
    let initialized = false;
    for (const [name, build, payer] of causes) {
      if (name === 'noPendingGuardian' && !initialized) {
        await f.run(admin, await getInitializeInstructionAsync(params));
        initialized = true;
      }
      const failure = expectFailure(await send(svm, payer, [await build()]));
      const error = governanceIdl.program.errors.find((e) => e.name === name)!;
      expect(failure.customCode, `${name}: ${failure.error}\n${failure.logs.join('\n')}`).toBe(error.code);
      expect(GOVERNANCE_ERRORS[failure.customCode!]?.message).toBe(error.message);
    }
  });
});
