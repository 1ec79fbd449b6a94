/**
 * Governance accounts as the app reads them: the generated decoders
 * (`lib/programs/generated/governance`, from the IDL) behind the checks the
 * program makes (length, discriminator, known enum values), turned into app
 * types: bigint amounts and powers, `Date` times (raw unix seconds kept
 * beside them as `…Ts`), state and type names, web3.js `PublicKey` addresses.
 */
import type { ReadonlyUint8Array } from '@solana/kit';
import { type AccountMeta, PublicKey } from '@solana/web3.js';
import {
  getActionDecoder,
  getActionMetaDecoder,
  getGovernanceConfigDecoder,
  getProposalDecoder,
  getVoteRecordDecoder,
  getVoterRecordDecoder,
  VoteWeighting,
} from '@/lib/programs/generated/governance';
import { expectAccount } from '../shared/accounts';
import { date, key } from '../shared/codecs';
import { approved, voteShare } from './math';
import { type GovernanceParams, PROPOSAL_TYPES, type ProposalType, VOTE_SIDES, type VoteSide } from './program';

export const CONFIG_DISCRIMINATOR = 1;
export const PROPOSAL_DISCRIMINATOR = 2;
export const ACTION_DISCRIMINATOR = 3;
export const VOTE_RECORD_DISCRIMINATOR = 4;
export const VOTER_RECORD_DISCRIMINATOR = 5;
export const CONFIG_LEN = 328;
export const PROPOSAL_LEN = 584;
export const ACTION_HEADER_LEN = 80;
export const ACTION_META_LEN = 40;
export const VOTE_RECORD_LEN = 128;
export const VOTER_RECORD_LEN = 96;

/** Byte offsets for `getProgramAccounts` memcmp filters (and the interface tests). */
export const CONFIG_OFFSETS = {
  discriminator: 0,
  stakingProgram: 8,
  stakingConfig: 40,
  mint: 72,
  tokenProgram: 104,
  authority: 136,
  treasury: 168,
  guardian: 200,
  quorumBps: 232,
  votingPeriodSecs: 240,
  minProposalPower: 272,
  proposalCount: 288,
  pendingGuardian: 296,
} as const;

export const PROPOSAL_OFFSETS = {
  discriminator: 0,
  state: 3,
  proposalType: 4,
  governance: 8,
  proposer: 40,
  id: 72,
  start: 96,
  end: 104,
  eta: 112,
  totalPower: 128,
  quorumRequired: 136,
  forWeight: 144,
  quorumPower: 168,
  actionMask: 184,
  quorumReachedAt: 224,
  descriptionHash: 232,
  title: 264,
  uri: 360,
} as const;

export const ACTION_OFFSETS = { discriminator: 0, index: 3, executed: 4, proposal: 8, programId: 40, executedAt: 72 } as const;

export const VOTE_RECORD_OFFSETS = { discriminator: 0, side: 3, proposal: 8, position: 40, voter: 72, power: 104, weight: 112 } as const;

export const VOTER_RECORD_OFFSETS = { discriminator: 0, records: 4, proposal: 8, voter: 40, forPower: 72, againstPower: 80, abstainPower: 88 } as const;

/** `0` (never set) → null. */
const optionalDate = (secs: bigint) => (secs !== 0n ? date(secs) : null);
const ZERO_KEY = new PublicKey(new Uint8Array(32));
const utf8 = new TextDecoder();

// ---------------------------------------------------------------- config

export interface GovernanceConfig extends GovernanceParams {
  version: number;
  bump: number;
  authorityBump: number;
  treasuryBump: number;
  stakingProgram: PublicKey;
  stakingConfig: PublicKey;
  mint: PublicKey;
  tokenProgram: PublicKey;
  /** The authority PDA: staking authority and vote authority, treasury owner, signer of actions. */
  authority: PublicKey;
  treasury: PublicKey;
  /** Id of the next proposal (also the number created so far). */
  proposalCount: bigint;
  /** Proposed by an executed proposal; becomes `guardian` when it signs `accept_guardian`. null: none pending. */
  pendingGuardian: PublicKey | null;
}

/** Decodes governance config data; throws on a wrong length or discriminator. */
export function decodeGovernanceConfig(data: ReadonlyUint8Array): GovernanceConfig {
  expectAccount(data, CONFIG_LEN, CONFIG_DISCRIMINATOR, 'not a governance config account');
  const r = getGovernanceConfigDecoder().decode(data);
  const guardian = key(r.guardian);
  const pendingGuardian = key(r.pendingGuardian);
  return {
    version: r.version,
    bump: r.bump,
    authorityBump: r.authorityBump,
    treasuryBump: r.treasuryBump,
    stakingProgram: key(r.stakingProgram),
    stakingConfig: key(r.stakingConfig),
    mint: key(r.mint),
    tokenProgram: key(r.tokenProgram),
    authority: key(r.authority),
    treasury: key(r.treasury),
    guardian: guardian.equals(ZERO_KEY) ? null : guardian,
    quorumBps: r.quorumBps,
    approvalBps: r.approvalBps,
    votingPeriodSecs: r.votingPeriodSecs,
    timelockSecs: r.timelockSecs,
    gracePeriodSecs: r.gracePeriodSecs,
    lateQuorumExtensionSecs: r.lateQuorumExtensionSecs,
    minProposalPower: r.minProposalPower,
    minVotePower: r.minVotePower,
    maxActions: r.maxActions,
    voteWeighting: r.voteWeighting === VoteWeighting.Quadratic ? 'quadratic' : 'linear',
    proposalCount: r.proposalCount,
    pendingGuardian: pendingGuardian.equals(ZERO_KEY) ? null : pendingGuardian,
  };
}

// ---------------------------------------------------------------- proposal

export type ProposalState = 'draft' | 'voting' | 'succeeded' | 'defeated' | 'queued' | 'executed' | 'cancelled' | 'vetoed' | 'expired';
export const PROPOSAL_STATES: readonly ProposalState[] = [
  'draft',
  'voting',
  'succeeded',
  'defeated',
  'queued',
  'executed',
  'cancelled',
  'vetoed',
  'expired',
];

export interface Proposal {
  governance: PublicKey;
  proposer: PublicKey;
  id: bigint;
  bump: number;
  state: ProposalState;
  type: ProposalType;
  title: string;
  uri: string;
  /** sha256 of the description document at `uri`. */
  descriptionHash: Uint8Array;
  /** Σ voting power of the positions the proposer showed. */
  proposerPower: bigint;
  createdAt: Date;
  /** Voting window (null while Draft); `votingEndsAt` includes any extension. */
  votingStartsAt: Date | null;
  votingEndsAt: Date | null;
  /** Executable from (null until queued). */
  eta: Date | null;
  /** When it reached its final state (null while still moving). */
  closedAt: Date | null;
  /** The snapshot quorum is measured against, and the votes it takes. */
  totalPower: bigint;
  quorumRequired: bigint;
  tallies: { for: bigint; against: bigint; abstain: bigint };
  /** Linear power of for + abstain votes (the quorum count). */
  quorumPower: bigint;
  quorumReachedAt: Date | null;
  /** Vote records counted now, and ever cast. */
  votes: number;
  votesCast: number;
  voteWeighting: 'linear' | 'quadratic';
  extended: boolean;
  quorumBps: number;
  approvalBps: number;
  timelockSecs: bigint;
  gracePeriodSecs: bigint;
  extensionSecs: bigint;
  /** Indices of the actions present, ascending (execution order), and those executed. */
  actionIndices: number[];
  executedIndices: number[];
  nextActionIndex: number;
  /** It has actions that replace or remove the guardian: the guardian cannot veto or cancel it. */
  changesGuardian: boolean;
  createdAtTs: bigint;
  startTs: bigint;
  endTs: bigint;
  etaTs: bigint;
  closedAtTs: bigint;
}

const bits = (mask: number) => [...Array(32).keys()].filter((i) => (mask >>> i) & 1);

/** Decodes proposal data; throws on a wrong length, discriminator, state or type. */
export function decodeProposal(data: ReadonlyUint8Array): Proposal {
  expectAccount(data, PROPOSAL_LEN, PROPOSAL_DISCRIMINATOR, 'not a governance proposal');
  // Checked before decoding: the enum decoder's own error names no field.
  const state = PROPOSAL_STATES[data[PROPOSAL_OFFSETS.state]!];
  const type = PROPOSAL_TYPES[data[PROPOSAL_OFFSETS.proposalType]!];
  if (!state) throw new Error(`unknown proposal state ${data[PROPOSAL_OFFSETS.state]}`);
  if (!type) throw new Error(`unknown proposal type ${data[PROPOSAL_OFFSETS.proposalType]}`);
  const r = getProposalDecoder().decode(data);
  return {
    governance: key(r.governance),
    proposer: key(r.proposer),
    id: r.id,
    bump: r.bump,
    state,
    type,
    title: utf8.decode(r.title.slice(0, r.titleLen)),
    uri: utf8.decode(r.uri.slice(0, r.uriLen)),
    descriptionHash: new Uint8Array(r.descriptionHash),
    proposerPower: r.proposerPower,
    createdAt: date(r.createdAt),
    votingStartsAt: optionalDate(r.start),
    votingEndsAt: optionalDate(r.end),
    eta: optionalDate(r.eta),
    closedAt: optionalDate(r.closedAt),
    totalPower: r.totalPower,
    quorumRequired: r.quorumRequired,
    tallies: { for: r.forWeight, against: r.againstWeight, abstain: r.abstainWeight },
    quorumPower: r.quorumPower,
    quorumReachedAt: optionalDate(r.quorumReachedAt),
    votes: r.votes,
    votesCast: r.votesCast,
    voteWeighting: r.voteWeighting === VoteWeighting.Quadratic ? 'quadratic' : 'linear',
    extended: r.extended,
    quorumBps: r.quorumBps,
    approvalBps: r.approvalBps,
    timelockSecs: r.timelockSecs,
    gracePeriodSecs: r.gracePeriodSecs,
    extensionSecs: r.extensionSecs,
    actionIndices: bits(r.actionMask),
    executedIndices: bits(r.executedMask),
    nextActionIndex: r.nextActionIndex,
    changesGuardian: r.guardianActions !== 0,
    createdAtTs: r.createdAt,
    startTs: r.start,
    endTs: r.end,
    etaTs: r.eta,
    closedAtTs: r.closedAt,
  };
}

/**
 * What the proposal page shows at `now` (unix seconds), including what the
 * chain has not written yet: voting over but not finalized ("counting"),
 * queued with the eta passed ("executable"), windows missed ("expired").
 */
export type ProposalPhase =
  | 'draft'
  | 'voting'
  | 'counting'
  | 'succeeded'
  | 'defeated'
  | 'queued'
  | 'executable'
  | 'executed'
  | 'cancelled'
  | 'vetoed'
  | 'expired';

export function proposalPhase(p: Proposal, now: bigint): ProposalPhase {
  switch (p.state) {
    case 'voting':
      return now < p.endTs ? 'voting' : 'counting';
    case 'succeeded':
      return now > p.endTs + p.gracePeriodSecs ? 'expired' : 'succeeded';
    case 'queued':
      if (now > p.etaTs + p.gracePeriodSecs) return 'expired';
      return now >= p.etaTs ? 'executable' : 'queued';
    default:
      return p.state;
  }
}

/** The live result: whether quorum is reached and approval met, and the shares (0..1). */
export interface ProposalOutcome {
  quorumReached: boolean;
  approved: boolean;
  /** Would succeed if voting ended now. */
  passing: boolean;
  /** quorumPower / quorumRequired (1 = just reached), 1 when nothing is required. */
  quorumProgress: number;
  /** for / (for + against), 0 with no votes. */
  forShare: number;
}

export function proposalOutcome(p: Proposal): ProposalOutcome {
  const quorumReached = p.quorumPower >= p.quorumRequired;
  const ok = approved(p.tallies.for, p.tallies.against, p.approvalBps);
  return {
    quorumReached,
    approved: ok,
    passing: quorumReached && ok,
    quorumProgress: p.quorumRequired === 0n ? 1 : voteShare(p.quorumPower, p.quorumRequired),
    forShare: voteShare(p.tallies.for, p.tallies.for + p.tallies.against),
  };
}

// ---------------------------------------------------------------- action

export interface ProposalAction {
  proposal: PublicKey;
  index: number;
  bump: number;
  executed: boolean;
  executedAt: Date | null;
  /** The instruction the action runs (signer flags as stored: the authority PDA signs by `invoke_signed`). */
  programId: PublicKey;
  accounts: AccountMeta[];
  data: Uint8Array;
}

/** Decodes action data; throws on a wrong discriminator or a length that does not match its header. */
export function decodeAction(data: ReadonlyUint8Array): ProposalAction {
  if (data.length < ACTION_HEADER_LEN || data[0] !== ACTION_DISCRIMINATOR) throw new Error('not a governance action');
  const r = getActionDecoder().decode(data);
  if (data.length !== ACTION_HEADER_LEN + ACTION_META_LEN * r.accountCount + r.dataLen) throw new Error('governance action has a wrong length');
  // After the header: `accountCount` metas, then `dataLen` bytes of instruction data.
  const meta = getActionMetaDecoder();
  const accounts: AccountMeta[] = Array.from({ length: r.accountCount }, (_, i) => {
    const m = meta.decode(r.metasAndData, ACTION_META_LEN * i);
    return { pubkey: key(m.pubkey), isSigner: m.isSigner, isWritable: m.isWritable };
  });
  const dataAt = ACTION_META_LEN * r.accountCount;
  return {
    proposal: key(r.proposal),
    index: r.index,
    bump: r.bump,
    executed: r.executed,
    executedAt: optionalDate(r.executedAt),
    programId: key(r.programId),
    accounts,
    data: new Uint8Array(r.metasAndData.slice(dataAt, dataAt + r.dataLen)),
  };
}

// ---------------------------------------------------------------- vote record

export interface VoteRecord {
  proposal: PublicKey;
  position: PublicKey;
  voter: PublicKey;
  side: VoteSide;
  /** Linear voting power counted toward quorum. */
  power: bigint;
  /** Weight in the tallies: linear its power; quadratic 0 (the wallet's weight per side is ⌊√Σ power⌋, `VoterRecord`). */
  weight: bigint;
  votedAt: Date;
  bump: number;
}

/** Decodes vote record data; throws on a wrong length, discriminator or side. */
export function decodeVoteRecord(data: ReadonlyUint8Array): VoteRecord {
  expectAccount(data, VOTE_RECORD_LEN, VOTE_RECORD_DISCRIMINATOR, 'not a governance vote record');
  const side = VOTE_SIDES[data[VOTE_RECORD_OFFSETS.side]!];
  if (!side) throw new Error(`unknown vote side ${data[VOTE_RECORD_OFFSETS.side]}`);
  const r = getVoteRecordDecoder().decode(data);
  return {
    proposal: key(r.proposal),
    position: key(r.position),
    voter: key(r.voter),
    side,
    power: r.power,
    weight: r.weight,
    votedAt: date(r.votedAt),
    bump: r.bump,
  };
}

// ---------------------------------------------------------------- voter record

/** A wallet's Σ power per side on a quadratic proposal; its weight there is ⌊√sum⌋ per side. */
export interface VoterRecord {
  proposal: PublicKey;
  voter: PublicKey;
  /** The wallet's vote records on the proposal (the voter record closes with the last). */
  records: number;
  power: Record<VoteSide, bigint>;
  bump: number;
}

/** Decodes voter record data; throws on a wrong length or discriminator. */
export function decodeVoterRecord(data: ReadonlyUint8Array): VoterRecord {
  expectAccount(data, VOTER_RECORD_LEN, VOTER_RECORD_DISCRIMINATOR, 'not a governance voter record');
  const r = getVoterRecordDecoder().decode(data);
  return {
    proposal: key(r.proposal),
    voter: key(r.voter),
    records: r.records,
    power: { for: r.forPower, against: r.againstPower, abstain: r.abstainPower },
    bump: r.bump,
  };
}
