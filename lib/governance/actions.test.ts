import { PublicKey, SYSVAR_CLOCK_PUBKEY, SYSVAR_RENT_PUBKEY } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { resolveCluster } from '@/lib/config/cluster';
import { findProposalPda, findVoterRecordPda, GovernanceInstruction, stakingConfigAction, treasuryTransferAction } from '@/lib/programs/governance';
import { StakingInstruction } from '@/lib/programs/staking';
import { castVote } from './actions/cast-vote';
import { changeVote } from './actions/change-vote';
import { createProposal } from './actions/create-proposal';
import { execute } from './actions/execute';
import { finalize } from './actions/finalize';
import { relinquish } from './actions/relinquish';
import { draftAction, draftProblem } from './draft';
import { governanceKeys } from './keys';
import { ADDRESSES, K, MINT } from './test-fixtures';

const cluster = resolveCluster({ id: 'localnet', customRpcUrl: null }, { cluster: undefined, rpcUrl: undefined, programIds: {} } as never);
const deployment = { cluster, mint: MINT, programId: ADDRESSES.programId, addresses: ADDRESSES };
const owner = new PublicKey('9hcGcrwq1p5PGDqbu3sd7t8UMc31n6aXazvuPscCLqEw');
const ctx = { deployment, owner };
const [proposal] = findProposalPda(ADDRESSES.governance, 7n);
const ref = { address: proposal, id: 7n, voteWeighting: 'linear' as const };
const meta = { title: 'Lower the early-unstake penalty to 8 %', type: 'parameter-change' as const, uri: 'ipfs://bafy', descriptionHash: new Uint8Array(32).fill(1) };
const penalty = draftAction('parameter', stakingConfigAction({ mint: MINT, update: { field: 'penaltyBps', penaltyBps: 800 } }));
const discriminator = (ix: { programId: PublicKey; data: Uint8Array }) => (ix.programId.equals(ADDRESSES.programId) ? ix.data[0] : `other`);

describe('governance actions (one file per verb)', () => {
  it('create → add action → open voting: one transaction when it fits, labelled with the number', () => {
    const requests = createProposal({ ...ctx, id: 7n, meta, backing: [owner], actions: [penalty], activate: true });
    expect(requests).toHaveLength(1);
    expect(requests[0]!.label).toBe('Create proposal #7');
    // Activation is preceded by staking's sync (the quorum basis counts every lock as it stands today).
    expect(requests[0]!.instructions.map(discriminator)).toEqual([GovernanceInstruction.CreateProposal, GovernanceInstruction.AddAction, 'other', GovernanceInstruction.Activate]);
    const sync = requests[0]!.instructions[2]!;
    expect(sync.programId.equals(ADDRESSES.stakingProgramId) && sync.data[0]).toBe(StakingInstruction.Sync);
    expect(sync.keys.map((k) => k.pubkey.toBase58())).toEqual([ADDRESSES.stakingConfig, ADDRESSES.stakingSchedule].map((k) => k.toBase58()));
    // The list and the config (proposal count) refresh after it lands.
    expect(requests[0]!.invalidate).toEqual([governanceKeys.proposals(cluster, ADDRESSES.governance), governanceKeys.config(cluster, ADDRESSES.governance)]);
    const draft = createProposal({ ...ctx, id: 7n, meta, backing: [owner], actions: [penalty], activate: false });
    expect(draft[0]!.instructions.map(discriminator)).toEqual([GovernanceInstruction.CreateProposal, GovernanceInstruction.AddAction]);
  });

  it('many actions spill into further transactions, each action with its setup', () => {
    const transfers = Array.from({ length: 6 }, (_, i) =>
      draftAction(
        'treasury-transfer',
        treasuryTransferAction({ mint: MINT, tokenProgram: new PublicKey('TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA'), destination: new PublicKey(Uint8Array.from({ length: 32 }, () => i + 1)), amount: K }),
      ),
    );
    const requests = createProposal({ ...ctx, id: 7n, meta, backing: [owner], actions: transfers, activate: true });
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.map((r) => r.label)).toEqual(requests.map((_, i) => `Create proposal #7 (${i + 1} of ${requests.length})`));
    const all = requests.flatMap((r) => r.instructions.map(discriminator));
    expect(all.filter((d) => d === GovernanceInstruction.AddAction)).toHaveLength(6);
    expect(all.at(-1)).toBe(GovernanceInstruction.Activate);
  });

  it('refuses an action that names its own proposal (add_action would)', () => {
    const self = draftAction('raw', stakingConfigAction({ mint: MINT, update: { field: 'penaltyBps', penaltyBps: 800 } }));
    self.instruction.keys.push({ pubkey: proposal, isSigner: false, isWritable: false });
    expect(draftProblem(self, proposal, 0, ADDRESSES.programId)).toBe('An action may not name its own proposal or action account.');
    expect(() => createProposal({ ...ctx, id: 7n, meta, backing: [owner], actions: [self], activate: true })).toThrow(/Action 1/);
  });

  it('vote, change, withdraw, finalize and execute say what they do', () => {
    const vote = castVote({ ...ctx, proposal: ref, side: 'for', positions: [owner] });
    expect(vote.label).toBe('Vote For on proposal #7');
    // Staking's sync first (each vote lock writes a position there), then the vote.
    expect(vote.instructions.map(discriminator)).toEqual(['other', GovernanceInstruction.CastVote]);
    expect(vote.instructions[0]!.data[0]).toBe(StakingInstruction.Sync);
    expect(Array.from(vote.instructions[1]!.data.subarray(0, 2))).toEqual([GovernanceInstruction.CastVote, 0]);
    expect(vote.instructions[1]!.keys[5]!.pubkey.equals(ADDRESSES.stakingSchedule)).toBe(true);
    expect(changeVote({ ...ctx, proposal: ref, side: 'abstain', positions: [owner] }).label).toBe('Change vote to Abstain on proposal #7');
    expect(relinquish({ ...ctx, proposal: ref, positions: [owner], votingOpen: true }).label).toBe('Withdraw vote on proposal #7');
    expect(relinquish({ ...ctx, proposal: ref, positions: [owner], votingOpen: false }).label).toBe('Reclaim vote rent on proposal #7');
    // A quadratic proposal adds the wallet's voter record (after the pairs, before the Clock and Rent sysvars; its bump last in the data).
    const quadratic = { ...ref, voteWeighting: 'quadratic' as const };
    const [voterRecord, voterBump] = findVoterRecordPda(proposal, owner, ADDRESSES.programId);
    const qVote = castVote({ ...ctx, proposal: quadratic, side: 'for', positions: [owner] }).instructions[1]!;
    expect(qVote.keys.length).toBe(vote.instructions[1]!.keys.length + 1);
    expect(qVote.keys.at(-3)!.pubkey.equals(voterRecord) && qVote.data.at(-1) === voterBump).toBe(true);
    expect(qVote.keys.slice(-2).map((k) => k.pubkey.toBase58())).toEqual([SYSVAR_CLOCK_PUBKEY.toBase58(), SYSVAR_RENT_PUBKEY.toBase58()]);
    expect(changeVote({ ...ctx, proposal: quadratic, side: 'abstain', positions: [owner] }).instructions[0]!.keys.at(-1)!.pubkey.equals(voterRecord)).toBe(true);
    expect(relinquish({ ...ctx, proposal: quadratic, positions: [owner], votingOpen: true }).instructions[0]!.keys.at(-1)!.pubkey.equals(voterRecord)).toBe(true);
    expect(finalize({ ...ctx, proposal: ref }).instructions[0]!.keys).toEqual([{ pubkey: proposal, isSigner: false, isWritable: true }]);
    const action = {
      proposal,
      index: 0,
      bump: 255,
      executed: false,
      executedAt: null,
      programId: penalty.instruction.programId,
      accounts: penalty.instruction.keys,
      data: Uint8Array.from(penalty.instruction.data),
    };
    const run = execute({ ...ctx, proposal: ref, actions: [action, { ...action, index: 1 }, { ...action, index: 2, executed: true }] });
    expect(run).toHaveLength(1);
    expect(run[0]!.label).toBe('Execute proposal #7');
    // Staking's sync first; the executed action is skipped; the authority PDA is not a transaction signer (governance signs for it).
    expect(run[0]!.instructions.map(discriminator)).toEqual(['other', GovernanceInstruction.Execute, GovernanceInstruction.Execute]);
    expect(run[0]!.instructions[0]!.data[0]).toBe(StakingInstruction.Sync);
    expect(run[0]!.instructions[1]!.keys.find((k) => k.pubkey.equals(ADDRESSES.authority))?.isSigner).toBe(false);
  });
});
