/**
 * Governance events (`programs/governance/src/interface/event.rs`), read from
 * `Program data: <base64>` log lines.
 */
import { PublicKey } from '@solana/web3.js';
import { EventReader, parseEvents } from '../shared/events';
import { PROPOSAL_STATES, type ProposalState } from './accounts';
import { GOVERNANCE_PROGRAM_ID, PROPOSAL_TYPES, type ProposalType, VOTE_SIDES, type VoteSide } from './program';

export enum GovernanceEventKind {
  Initialized = 1,
  ProposalCreated = 2,
  ActionAdded = 3,
  ActionRemoved = 4,
  ProposalActivated = 5,
  VoteCast = 6,
  VoteChanged = 7,
  VoteRelinquished = 8,
  VotingExtended = 9,
  ProposalFinalized = 10,
  ProposalQueued = 11,
  ActionExecuting = 12,
  ProposalExecuted = 13,
  ProposalCancelled = 14,
  ProposalVetoed = 15,
  ConfigUpdated = 16,
  StakingPauseSet = 17,
  ProposalExpired = 18,
  GuardianProposed = 19,
  GuardianProposalCancelled = 20,
  GuardianAccepted = 21,
  StakingAuthorityAccepted = 22,
}

export type GovernanceEvent =
  | { kind: 'Initialized'; governance: PublicKey; stakingConfig: PublicKey; authority: PublicKey; treasury: PublicKey }
  | { kind: 'ProposalCreated'; proposal: PublicKey; proposer: PublicKey; id: bigint; type: ProposalType; proposerPower: bigint }
  | { kind: 'ActionAdded'; proposal: PublicKey; action: PublicKey; index: number }
  | { kind: 'ActionRemoved'; proposal: PublicKey; index: number }
  | { kind: 'ProposalActivated'; proposal: PublicKey; start: bigint; end: bigint; totalPower: bigint; quorumRequired: bigint }
  | { kind: 'VoteCast'; proposal: PublicKey; voter: PublicKey; side: VoteSide; positions: number; power: bigint; weight: bigint }
  | { kind: 'VoteChanged'; proposal: PublicKey; voter: PublicKey; side: VoteSide; records: number; weight: bigint }
  | { kind: 'VoteRelinquished'; proposal: PublicKey; voter: PublicKey; records: number; weightRemoved: bigint }
  | { kind: 'VotingExtended'; proposal: PublicKey; end: bigint }
  | { kind: 'ProposalFinalized'; proposal: PublicKey; state: ProposalState; for: bigint; against: bigint; abstain: bigint; quorumPower: bigint }
  | { kind: 'ProposalQueued'; proposal: PublicKey; eta: bigint }
  | { kind: 'ActionExecuting'; proposal: PublicKey; index: number; programId: PublicKey }
  | { kind: 'ProposalExecuted'; proposal: PublicKey }
  | { kind: 'ProposalCancelled'; proposal: PublicKey; by: PublicKey }
  | { kind: 'ProposalVetoed'; proposal: PublicKey; guardian: PublicKey }
  | { kind: 'ConfigUpdated'; field: number }
  | { kind: 'StakingPauseSet'; guardian: PublicKey; paused: boolean }
  | { kind: 'ProposalExpired'; proposal: PublicKey }
  | { kind: 'GuardianProposed'; pendingGuardian: PublicKey }
  /** `pendingGuardian`: the proposal dropped (the zero key when nothing was pending). */
  | { kind: 'GuardianProposalCancelled'; pendingGuardian: PublicKey }
  /** `previous`: the zero key when there was no guardian. */
  | { kind: 'GuardianAccepted'; guardian: PublicKey; previous: PublicKey }
  | { kind: 'StakingAuthorityAccepted'; stakingConfig: PublicKey; which: 'authority' | 'voteAuthority' };

/** Governance events start with a 1-byte kind; a vote side is one byte. */
class Reader extends EventReader {
  constructor(data: Uint8Array) {
    super(data, 1);
  }
  side(): VoteSide {
    return VOTE_SIDES[this.u8()] ?? 'abstain';
  }
}

/** Decodes one event (the first base64 part of a `Program data:` line). */
export function decodeGovernanceEvent(data: Uint8Array): GovernanceEvent | null {
  const r = new Reader(data);
  switch (data[0]) {
    case GovernanceEventKind.Initialized:
      return { kind: 'Initialized', governance: r.key(), stakingConfig: r.key(), authority: r.key(), treasury: r.key() };
    case GovernanceEventKind.ProposalCreated:
      return {
        kind: 'ProposalCreated',
        proposal: r.key(),
        proposer: r.key(),
        id: r.u64(),
        type: PROPOSAL_TYPES[r.u8()] ?? 'text-only',
        proposerPower: r.u64(),
      };
    case GovernanceEventKind.ActionAdded:
      return { kind: 'ActionAdded', proposal: r.key(), action: r.key(), index: r.u8() };
    case GovernanceEventKind.ActionRemoved:
      return { kind: 'ActionRemoved', proposal: r.key(), index: r.u8() };
    case GovernanceEventKind.ProposalActivated:
      return { kind: 'ProposalActivated', proposal: r.key(), start: r.i64(), end: r.i64(), totalPower: r.u64(), quorumRequired: r.u64() };
    case GovernanceEventKind.VoteCast:
      return { kind: 'VoteCast', proposal: r.key(), voter: r.key(), side: r.side(), positions: r.u8(), power: r.u64(), weight: r.u64() };
    case GovernanceEventKind.VoteChanged:
      return { kind: 'VoteChanged', proposal: r.key(), voter: r.key(), side: r.side(), records: r.u8(), weight: r.u64() };
    case GovernanceEventKind.VoteRelinquished:
      return { kind: 'VoteRelinquished', proposal: r.key(), voter: r.key(), records: r.u8(), weightRemoved: r.u64() };
    case GovernanceEventKind.VotingExtended:
      return { kind: 'VotingExtended', proposal: r.key(), end: r.i64() };
    case GovernanceEventKind.ProposalFinalized:
      return {
        kind: 'ProposalFinalized',
        proposal: r.key(),
        state: PROPOSAL_STATES[r.u8()] ?? 'defeated',
        for: r.u64(),
        against: r.u64(),
        abstain: r.u64(),
        quorumPower: r.u64(),
      };
    case GovernanceEventKind.ProposalQueued:
      return { kind: 'ProposalQueued', proposal: r.key(), eta: r.i64() };
    case GovernanceEventKind.ActionExecuting:
      return { kind: 'ActionExecuting', proposal: r.key(), index: r.u8(), programId: r.key() };
    case GovernanceEventKind.ProposalExecuted:
      return { kind: 'ProposalExecuted', proposal: r.key() };
    case GovernanceEventKind.ProposalCancelled:
      return { kind: 'ProposalCancelled', proposal: r.key(), by: r.key() };
    case GovernanceEventKind.ProposalVetoed:
      return { kind: 'ProposalVetoed', proposal: r.key(), guardian: r.key() };
    case GovernanceEventKind.ConfigUpdated:
      return { kind: 'ConfigUpdated', field: r.u8() };
    case GovernanceEventKind.StakingPauseSet:
      return { kind: 'StakingPauseSet', guardian: r.key(), paused: r.u8() !== 0 };
    case GovernanceEventKind.ProposalExpired:
      return { kind: 'ProposalExpired', proposal: r.key() };
    case GovernanceEventKind.GuardianProposed:
      return { kind: 'GuardianProposed', pendingGuardian: r.key() };
    case GovernanceEventKind.GuardianProposalCancelled:
      return { kind: 'GuardianProposalCancelled', pendingGuardian: r.key() };
    case GovernanceEventKind.GuardianAccepted:
      return { kind: 'GuardianAccepted', guardian: r.key(), previous: r.key() };
    case GovernanceEventKind.StakingAuthorityAccepted:
      return { kind: 'StakingAuthorityAccepted', stakingConfig: r.key(), which: r.u8() === 1 ? 'voteAuthority' : 'authority' };
    default:
      return null;
  }
}

/**
 * Every governance event in a transaction's logs: `Program data: …` lines logged
 * while `programId` is the innermost running program (followed through the
 * `invoke [n]` / `success` / `failed` lines, so events of a staking CPI are not
 * taken for governance's, and a proposal's own `update_config` counts).
 */
export function parseGovernanceEvents(logs: string[], programId: PublicKey = GOVERNANCE_PROGRAM_ID): GovernanceEvent[] {
  return parseEvents(logs, programId, decodeGovernanceEvent);
}
