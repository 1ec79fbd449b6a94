/**
 * The client against the program's interface docs: error table = error.rs,
 * event kinds = event.rs, account offsets = the layout tables in state/*.rs,
 * builders' accounts and data = instruction.rs; decoders read those offsets.
 */
import { Keypair, PublicKey, SYSVAR_CLOCK_PUBKEY, SYSVAR_RENT_PUBKEY, TransactionInstruction } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import {
  ACTION_HEADER_LEN,
  ACTION_OFFSETS,
  CONFIG_LEN,
  CONFIG_OFFSETS,
  decodeAction,
  decodeGovernanceConfig,
  decodeProposal,
  decodeVoteRecord,
  decodeVoterRecord,
  PROPOSAL_LEN,
  PROPOSAL_OFFSETS,
  proposalOutcome,
  proposalPhase,
  VOTE_RECORD_LEN,
  VOTE_RECORD_OFFSETS,
  VOTER_RECORD_LEN,
  VOTER_RECORD_OFFSETS,
} from './accounts';
import { GOVERNANCE_ERRORS, getGovernanceError } from './errors';
import { decodeGovernanceEvent, GovernanceEventKind, parseGovernanceEvents } from './events';
import {
  encodeAddActionData,
  encodeGovernanceUpdateConfigData,
  getAcceptGuardianInstruction,
  getAcceptStakingAuthorityInstruction,
  getActivateInstruction,
  getAddActionInstruction,
  getCancelInstruction,
  getCastVoteInstruction,
  getChangeVoteInstruction,
  getCreateProposalInstruction,
  getExecuteInstruction,
  getFinalizeInstruction,
  getGovernanceUpdateConfigInstruction,
  getHandOverInstructions,
  getInitializeInstruction,
  getQueueInstruction,
  getRelinquishInstruction,
  getRemoveActionInstruction,
  getSetStakingPausedInstruction,
  getVetoInstruction,
} from './instructions';
import {
  findActionPda,
  findProposalPda,
  findVoteRecordPda,
  findVoterRecordPda,
  GOVERNANCE_PROGRAM_ID,
  GovernanceInstruction,
  governanceAddresses,
} from './program';
import { accountFlags, enumEntries, expectDocumentedLayout, expectErrorTableMirrors, interfaceDocs } from '../shared/interface-docs.testing';

const docs = interfaceDocs('governance');
const read = docs.read;

/** The `[s, w]`-style flags of each account in an instruction's doc comment. */
function documentedFlags(variant: string): string {
  const src = read('instruction.rs');
  const start = src.indexOf(`    ${variant} = `);
  const doc = src.slice(src.lastIndexOf('Accounts:', start), start);
  return [...doc.matchAll(/^\s*\/\/\/ \d+\. `\[([sw, ]*)\]`/gm)].map((m) => m[1]!.replace(/[ ,]/g, '') || '-').join(' ');
}

describe('governance client vs interface', () => {
  it('mirrors the error enum in order, with sentences', () => {
    expectErrorTableMirrors(docs, GOVERNANCE_ERRORS, 51);
    expect(getGovernanceError(46)?.name).toBe('InvalidVoterRecord');
    expect(getGovernanceError(47)?.name).toBe('StakingNotSynced');
    expect([getGovernanceError(48)?.name, getGovernanceError(49)?.name]).toEqual(['NotPendingGuardian', 'NoPendingGuardian']);
    expect(getGovernanceError(35)?.name).toBe('TimelockNotElapsed');
    expect(getGovernanceError(999)).toBeUndefined();
  });

  it('mirrors the event kinds and instruction discriminators', () => {
    expect(docs.variants(read('event.rs'))).toEqual(enumEntries(GovernanceEventKind));
    const src = read('instruction.rs');
    expect(docs.variants(src.slice(0, src.indexOf('impl GovernanceInstruction')))).toEqual(enumEntries(GovernanceInstruction));
  });

  it('uses the documented account offsets and lengths', () => {
    for (const [file, offsets, len] of [
      ['state/config.rs', CONFIG_OFFSETS, CONFIG_LEN],
      ['state/proposal.rs', PROPOSAL_OFFSETS, PROPOSAL_LEN],
      ['state/vote_record.rs', VOTE_RECORD_OFFSETS, VOTE_RECORD_LEN],
      ['state/voter_record.rs', VOTER_RECORD_OFFSETS, VOTER_RECORD_LEN],
      ['state/action.rs', ACTION_OFFSETS, ACTION_HEADER_LEN],
    ] as const) {
      expectDocumentedLayout(docs, file, offsets, len);
    }
  });

  it('decodes accounts written at those offsets', () => {
    const who = Keypair.generate().publicKey;
    const c = new Uint8Array(CONFIG_LEN);
    const cv = new DataView(c.buffer);
    c[0] = 1;
    c[5] = 1;
    c[6] = 7;
    c.set(who.toBytes(), CONFIG_OFFSETS.guardian);
    cv.setUint16(CONFIG_OFFSETS.quorumBps, 1_234, true);
    cv.setBigInt64(CONFIG_OFFSETS.votingPeriodSecs, 99n, true);
    cv.setBigUint64(CONFIG_OFFSETS.proposalCount, 5n, true);
    const config = decodeGovernanceConfig(c);
    expect(config).toMatchObject({ voteWeighting: 'quadratic', maxActions: 7, quorumBps: 1_234, votingPeriodSecs: 99n, proposalCount: 5n });
    expect(config.guardian?.equals(who)).toBe(true);
    expect(config.pendingGuardian).toBeNull();
    c.fill(0, CONFIG_OFFSETS.guardian, CONFIG_OFFSETS.guardian + 32);
    c.set(who.toBytes(), CONFIG_OFFSETS.pendingGuardian);
    expect(decodeGovernanceConfig(c).guardian).toBeNull();
    expect(decodeGovernanceConfig(c).pendingGuardian?.equals(who)).toBe(true);
    expect(() => decodeGovernanceConfig(c.subarray(1))).toThrow('not a governance config account');

    const p = new Uint8Array(PROPOSAL_LEN);
    const pv = new DataView(p.buffer);
    p[0] = 2;
    p[PROPOSAL_OFFSETS.state] = 4;
    p[PROPOSAL_OFFSETS.proposalType] = 1;
    p.set(who.toBytes(), PROPOSAL_OFFSETS.proposer);
    pv.setBigInt64(PROPOSAL_OFFSETS.end, 1_000n, true);
    pv.setBigInt64(PROPOSAL_OFFSETS.eta, 2_000n, true);
    pv.setBigInt64(208, 100n, true); // grace period
    pv.setBigUint64(PROPOSAL_OFFSETS.quorumRequired, 10n, true);
    pv.setBigUint64(PROPOSAL_OFFSETS.forWeight, 7n, true);
    pv.setBigUint64(PROPOSAL_OFFSETS.forWeight + 8, 3n, true);
    pv.setBigUint64(PROPOSAL_OFFSETS.quorumPower, 10n, true);
    pv.setUint16(198, 6_600, true); // approval
    pv.setUint32(PROPOSAL_OFFSETS.actionMask, 0b1011, true);
    pv.setUint32(PROPOSAL_OFFSETS.actionMask + 4, 0b0001, true);
    const title = new TextEncoder().encode('Fund the maker season');
    p[193] = title.length;
    p.set(title, PROPOSAL_OFFSETS.title);
    const proposal = decodeProposal(p);
    expect(proposal).toMatchObject({
      state: 'queued',
      type: 'treasury-spending',
      title: 'Fund the maker season',
      uri: '',
      tallies: { for: 7n, against: 3n, abstain: 0n },
      actionIndices: [0, 1, 3],
      executedIndices: [0],
      votingEndsAt: new Date(1_000_000),
      votingStartsAt: null,
    });
    expect(proposalPhase(proposal, 1_999n)).toBe('queued');
    expect(proposalPhase(proposal, 2_000n)).toBe('executable');
    expect(proposalPhase(proposal, 2_101n)).toBe('expired');
    expect(proposalOutcome(proposal)).toMatchObject({ quorumReached: true, approved: true, passing: true, forShare: 0.7 });
    p[PROPOSAL_OFFSETS.state] = 9;
    expect(() => decodeProposal(p)).toThrow('unknown proposal state 9');

    const v = new Uint8Array(VOTE_RECORD_LEN);
    v[0] = 4;
    v[VOTE_RECORD_OFFSETS.side] = 2;
    new DataView(v.buffer).setBigUint64(VOTE_RECORD_OFFSETS.weight, 31n, true);
    expect(decodeVoteRecord(v)).toMatchObject({ side: 'abstain', weight: 31n });

    const w = new Uint8Array(VOTER_RECORD_LEN);
    const wv = new DataView(w.buffer);
    w[0] = 5;
    wv.setUint32(VOTER_RECORD_OFFSETS.records, 3, true);
    w.set(who.toBytes(), VOTER_RECORD_OFFSETS.voter);
    wv.setBigUint64(VOTER_RECORD_OFFSETS.forPower, 9n, true);
    wv.setBigUint64(VOTER_RECORD_OFFSETS.abstainPower, 4n, true);
    const voterRecord = decodeVoterRecord(w);
    expect(voterRecord).toMatchObject({ records: 3, power: { for: 9n, against: 0n, abstain: 4n } });
    expect(voterRecord.voter.equals(who)).toBe(true);
    w[0] = 4;
    expect(() => decodeVoterRecord(w)).toThrow();

    const instruction = new TransactionInstruction({
      programId: who,
      keys: [{ pubkey: who, isSigner: true, isWritable: false }],
      data: Buffer.from([1, 2, 3]),
    });
    const stored = encodeAddActionData(0, 255, instruction);
    // Stored form: header, one 40-byte meta, 3 data bytes (built from the add_action data).
    const a = new Uint8Array(ACTION_HEADER_LEN + 40 + 3);
    a[0] = 3;
    a[3] = 2;
    a[5] = 1;
    new DataView(a.buffer).setUint16(6, 3, true);
    a.set(who.toBytes(), ACTION_OFFSETS.programId);
    a.set(who.toBytes(), ACTION_HEADER_LEN);
    a[ACTION_HEADER_LEN + 32] = 1;
    a.set([1, 2, 3], ACTION_HEADER_LEN + 40);
    const action = decodeAction(a);
    expect(action).toMatchObject({ index: 2, executed: false, accounts: [{ pubkey: who, isSigner: true, isWritable: false }] });
    expect([...action.data]).toEqual([1, 2, 3]);
    expect(stored.length).toBe(3 + 32 + 1 + 33 + 2 + 3);
    expect(() => decodeAction(a.subarray(0, a.length - 1))).toThrow('governance action has a wrong length');
  });

  it('builds every instruction with the documented accounts and data', () => {
    const mint = Keypair.generate().publicKey;
    const user = Keypair.generate().publicKey;
    const position = Keypair.generate().publicKey;
    const tokenProgram = new PublicKey('TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA');
    const d = governanceAddresses({ mint });
    const [proposal] = findProposalPda(d.governance, 0n);
    const memo = new TransactionInstruction({ programId: user, keys: [], data: Buffer.from('hi') });
    const storedAction = { proposal, index: 0, bump: 255, executed: false, executedAt: null, programId: tokenProgram, accounts: [{ pubkey: d.authority, isSigner: true, isWritable: false }], data: new Uint8Array() };
    const cases = [
      ['Initialize', getInitializeInstruction({ payer: user, mint, tokenProgram }), 87],
      ['CreateProposal', getCreateProposalInstruction({ mint, proposer: user, id: 0n, type: 'text-only', title: 'T', uri: 'u', descriptionHash: new Uint8Array(32), positions: [position] }), 45 + 2],
      ['AddAction', getAddActionInstruction({ mint, proposer: user, proposal, index: 0, action: memo }), 3 + 32 + 1 + 2 + 2],
      ['RemoveAction', getRemoveActionInstruction({ proposer: user, proposal, index: 0 }), 1],
      ['Activate', getActivateInstruction({ mint, proposer: user, proposal }), 1],
      ['CastVote', getCastVoteInstruction({ mint, voter: user, proposal, weighting: 'linear', side: 'for', positions: [position] }), 3],
      ['ChangeVote', getChangeVoteInstruction({ voter: user, proposal, weighting: 'linear', side: 'abstain', positions: [position] }), 2],
      ['Relinquish', getRelinquishInstruction({ voter: user, proposal, weighting: 'linear', positions: [position] }), 1],
      ['Finalize', getFinalizeInstruction({ proposal }), 1],
      ['Queue', getQueueInstruction({ proposal }), 1],
      ['Execute', getExecuteInstruction({ mint, proposal, action: storedAction }), 1],
      ['Cancel', getCancelInstruction({ mint, authority: user, proposal }), 1],
      ['Veto', getVetoInstruction({ mint, guardian: user, proposal }), 1],
      ['UpdateConfig', getGovernanceUpdateConfigInstruction({ mint, update: { field: 'quorumBps', quorumBps: 1 } }), 4],
      ['SetStakingPaused', getSetStakingPausedInstruction({ mint, guardian: user, paused: true }), 2],
      ['AcceptGuardian', getAcceptGuardianInstruction({ mint, pendingGuardian: user }), 1],
      ['AcceptStakingAuthority', getAcceptStakingAuthorityInstruction({ mint, which: 'voteAuthority' }), 2],
    ] as const;
    for (const [name, ix, length] of cases) {
      expect(ix.programId.equals(GOVERNANCE_PROGRAM_ID), name).toBe(true);
      expect(ix.data[0], name).toBe(GovernanceInstruction[name]);
      expect(ix.data.length, name).toBe(length);
      // Documented fixed accounts first; variable tails (positions, pairs, action accounts) as the builders add them.
      const documented = documentedFlags(name);
      expect(accountFlags(ix).startsWith(documented), `${name}: ${accountFlags(ix)} vs ${documented}`).toBe(true);
    }
    expect(documentedFlags('CastVote')).toBe('sw - w - w w - -');
    // Quadratic proposals: the voter record after the pairs / records, its bump last in cast_vote's data.
    const [voterRecord, voterBump] = findVoterRecordPda(proposal, user);
    const quadratic = getCastVoteInstruction({ mint, voter: user, proposal, weighting: 'quadratic', side: 'for', positions: [position] });
    expect(accountFlags(quadratic)).toBe('sw - w - w w - - w w w - -');
    expect(quadratic.keys[10]!.pubkey.equals(voterRecord) && quadratic.data.length === 4 && quadratic.data[3] === voterBump).toBe(true);
    for (const ix of [
      getChangeVoteInstruction({ voter: user, proposal, weighting: 'quadratic', side: 'for', positions: [position] }),
      getRelinquishInstruction({ voter: user, proposal, weighting: 'quadratic', positions: [position] }),
    ]) {
      expect(ix.keys.length).toBe(4);
      expect(ix.keys[3]!.pubkey.equals(voterRecord) && ix.keys[3]!.isWritable).toBe(true);
    }
    const src = read('instruction.rs');
    expect(src).toContain('then, quadratic proposals only: `[w]` voter record PDA `["voter", proposal, voter]`');
    expect(src.match(/then, quadratic proposals only: `\[w\]` the voter's voter record/g)).toHaveLength(2);
    expect(documentedFlags('Initialize')).toBe('sw w - - w - - -');
    const vote = cases[5][1];
    const [record, bump] = findVoteRecordPda(proposal, position);
    expect(accountFlags(vote)).toBe('sw - w - w w - - w w - -');
    expect(vote.keys[9]!.pubkey.equals(record) && vote.data[2] === bump).toBe(true);
    expect(vote.keys[3]!.pubkey.equals(d.authority) && vote.keys[4]!.pubkey.equals(d.stakingConfig)).toBe(true);
    expect(vote.keys[5]!.pubkey.equals(d.stakingSchedule)).toBe(true);
    // The Clock and Rent sysvars last (after the quadratic voter record too).
    for (const ix of [vote, quadratic]) {
      expect(ix.keys.slice(-2).map((k) => k.pubkey.toBase58())).toEqual([SYSVAR_CLOCK_PUBKEY.toBase58(), SYSVAR_RENT_PUBKEY.toBase58()]);
    }
    // Execute: the stored authority signer is not a transaction signer; the program goes last.
    const execute = cases[10][1];
    expect(accountFlags(execute)).toBe('- w w - -');
    expect(execute.keys[2]!.pubkey.equals(findActionPda(proposal, 0)[0]) && execute.keys[4]!.pubkey.equals(tokenProgram)).toBe(true);
    // The guardian: field 10 proposes (the zero key cancels), field 11 removes, with no value.
    expect([...encodeGovernanceUpdateConfigData({ field: 'removeGuardian' })]).toEqual([13, 11]);
    expect([...encodeGovernanceUpdateConfigData({ field: 'guardian', guardian: null })]).toEqual([13, 10, ...new Uint8Array(32)]);
    // Hand-over: propose the vote authority, then the authority (the old authority signs both), then governance accepts each.
    const handOver = getHandOverInstructions({ mint, currentAuthority: user });
    expect(handOver.map((ix) => [...ix.data.subarray(0, 2)])).toEqual([
      [1, 2],
      [1, 1],
      [16, 1],
      [16, 0],
    ]);
    expect(handOver.slice(0, 2).every((ix) => ix.data.subarray(2).equals(d.authority.toBuffer()) && ix.keys[0]!.pubkey.equals(user))).toBe(true);
    expect(accountFlags(handOver[2]!)).toBe('- - w -');
    expect(handOver[2]!.keys.map((k) => k.pubkey.toBase58())).toEqual([d.governance, d.authority, d.stakingConfig, d.stakingProgramId].map((k) => k.toBase58()));
    expect(() => getCreateProposalInstruction({ mint, proposer: user, id: 0n, type: 'text-only', title: '', uri: '', descriptionHash: new Uint8Array(32), positions: [] })).toThrow('the title must be 1 to 96 bytes');
    expect(() => getCastVoteInstruction({ mint, voter: user, proposal, weighting: 'linear', side: 'for', positions: [] })).toThrow('vote with 1 to 16 positions');
  });

  it('decodes events and keeps to the governance program in the logs', () => {
    const proposal = Keypair.generate().publicKey;
    const data = new Uint8Array(1 + 32 + 8);
    data[0] = GovernanceEventKind.ProposalQueued;
    data.set(proposal.toBytes(), 1);
    new DataView(data.buffer).setBigInt64(33, 1_700_000_000n, true);
    expect(decodeGovernanceEvent(data)).toEqual({ kind: 'ProposalQueued', proposal, eta: 1_700_000_000n });
    const line = `Program data: ${Buffer.from(data).toString('base64')}`;
    const id = GOVERNANCE_PROGRAM_ID.toBase58();
    const staking = Keypair.generate().publicKey.toBase58();
    const logs = [`Program ${id} invoke [1]`, `Program ${staking} invoke [2]`, line, `Program ${staking} success`, line, `Program ${id} success`];
    expect(parseGovernanceEvents(logs)).toHaveLength(1);
  });
});
