/**
 * Governance program interface for the app: id, the IDL's enums (generated),
 * seeds, PDAs, limits and defaults, mirroring
 * `programs/governance/src/interface/`. PDAs use web3.js 1.x `PublicKey` (the
 * web app's wallet stack) and are derived synchronously, so the builders stay
 * synchronous.
 */
import { PublicKey } from '@solana/web3.js';
import { LOCALNET_PROGRAM_IDS } from '@/lib/config/programs';
import { findConfigPda, findSchedulePda, STAKING_PROGRAM_ID } from '@/lib/programs/staking/program';
import { textSeed, u64Seed } from '../shared/seeds';

/** The IDL's instruction enum (its values are the discriminators), `Proposal.state` and `Proposal.proposal_type`. */
export { GovernanceInstruction } from '@/lib/programs/generated/governance/programs/governance';
export { ProposalState as ProposalStateCode } from '@/lib/programs/generated/governance/types/proposalState';
export { ProposalType as ProposalTypeCode } from '@/lib/programs/generated/governance/types/proposalType';

/** Localnet id (programs/keys/governance-keypair.json). Builders take another via `programId`. */
export const GOVERNANCE_PROGRAM_ID = new PublicKey(LOCALNET_PROGRAM_IDS.governance);

/** `update_config` fields (second data byte). */
export enum GovernanceConfigField {
  QuorumBps = 0,
  ApprovalBps = 1,
  VotingPeriod = 2,
  Timelock = 3,
  GracePeriod = 4,
  LateQuorumExtension = 5,
  MinProposalPower = 6,
  MinVotePower = 7,
  MaxActions = 8,
  VoteWeighting = 9,
  /** Proposes a guardian (all zero cancels the proposal); it takes the role with `accept_guardian`. */
  Guardian = 10,
  /** Removes the guardian and any pending one. */
  RemoveGuardian = 11,
}

export type ProposalType = 'parameter-change' | 'treasury-spending' | 'program-upgrade-note' | 'feature-toggle' | 'text-only';
export const PROPOSAL_TYPES: readonly ProposalType[] = [
  'parameter-change',
  'treasury-spending',
  'program-upgrade-note',
  'feature-toggle',
  'text-only',
];

export type VoteSide = 'for' | 'against' | 'abstain';
export const VOTE_SIDES: readonly VoteSide[] = ['for', 'against', 'abstain'];

export type VoteWeighting = 'linear' | 'quadratic';

export const GOVERNANCE_SEED = 'governance';
export const AUTHORITY_SEED = 'authority';
export const TREASURY_SEED = 'treasury';
export const PROPOSAL_SEED = 'proposal';
export const ACTION_SEED = 'action';
export const VOTE_SEED = 'vote';
export const VOTER_SEED = 'voter';

export const HOUR_SECS = 3_600n;
export const DAY_SECS = 86_400n;
/** Base units per whole token (9 decimals). */
export const TOKEN = 1_000_000_000n;

export const MAX_TITLE_LEN = 96;
export const MAX_URI_LEN = 192;
/** Most actions a proposal may hold (`max_actions` ≤ this). */
export const MAX_ACTIONS = 16;
/** Action indices stay below this (the proposal's u32 masks). */
export const ACTION_INDEX_LIMIT = 32;
export const MAX_ACTION_ACCOUNTS = 16;
export const MAX_ACTION_DATA = 512;
/** Most positions one `cast_vote` takes. */
export const MAX_VOTE_POSITIONS = 16;

/** Parameters of `initialize` / the config (`state/config.rs`). */
export interface GovernanceParams {
  quorumBps: number;
  approvalBps: number;
  votingPeriodSecs: bigint;
  timelockSecs: bigint;
  gracePeriodSecs: bigint;
  lateQuorumExtensionSecs: bigint;
  /** Voting power in base units (9 decimals). */
  minProposalPower: bigint;
  minVotePower: bigint;
  maxActions: number;
  voteWeighting: VoteWeighting;
  /** null: no guardian. */
  guardian: PublicKey | null;
}

/** The defaults (`state/config.rs` `defaults`). */
export const DEFAULT_GOVERNANCE_PARAMS: GovernanceParams = {
  quorumBps: 1_000,
  approvalBps: 6_600,
  votingPeriodSecs: 7n * DAY_SECS,
  timelockSecs: 3n * DAY_SECS,
  gracePeriodSecs: 14n * DAY_SECS,
  lateQuorumExtensionSecs: 24n * HOUR_SECS,
  minProposalPower: 10_000n * TOKEN,
  minVotePower: 1_000n * TOKEN,
  maxActions: 10,
  voteWeighting: 'linear',
  guardian: null,
};

/** Bounds the program enforces (`state/config.rs` `bounds`). */
export const GOVERNANCE_BOUNDS = {
  quorumBps: [1, 10_000],
  approvalBps: [5_001, 10_000],
  votingPeriodSecs: [HOUR_SECS, 30n * DAY_SECS],
  timelockSecs: [0n, 30n * DAY_SECS],
  gracePeriodSecs: [DAY_SECS, 90n * DAY_SECS],
  lateQuorumExtensionSecs: [0n, 7n * DAY_SECS],
  maxActions: [0, MAX_ACTIONS],
} as const;

/** `["governance", staking_config]`. */
export function findGovernancePda(stakingConfig: PublicKey, programId = GOVERNANCE_PROGRAM_ID): [PublicKey, number] {
  return PublicKey.findProgramAddressSync([textSeed(GOVERNANCE_SEED), stakingConfig.toBuffer()], programId);
}

/** `["authority", governance]`: staking authority, treasury owner, signer of actions. */
export function findAuthorityPda(governance: PublicKey, programId = GOVERNANCE_PROGRAM_ID): [PublicKey, number] {
  return PublicKey.findProgramAddressSync([textSeed(AUTHORITY_SEED), governance.toBuffer()], programId);
}

/** `["treasury", governance]`: the treasury token account. */
export function findTreasuryPda(governance: PublicKey, programId = GOVERNANCE_PROGRAM_ID): [PublicKey, number] {
  return PublicKey.findProgramAddressSync([textSeed(TREASURY_SEED), governance.toBuffer()], programId);
}

/** `["proposal", governance, id u64 LE]`. */
export function findProposalPda(governance: PublicKey, id: bigint, programId = GOVERNANCE_PROGRAM_ID): [PublicKey, number] {
  return PublicKey.findProgramAddressSync([textSeed(PROPOSAL_SEED), governance.toBuffer(), u64Seed(id)], programId);
}

/** `["action", proposal, index u8]`. */
export function findActionPda(proposal: PublicKey, index: number, programId = GOVERNANCE_PROGRAM_ID): [PublicKey, number] {
  return PublicKey.findProgramAddressSync([textSeed(ACTION_SEED), proposal.toBuffer(), Buffer.from([index])], programId);
}

/** `["vote", proposal, position]`. */
export function findVoteRecordPda(proposal: PublicKey, position: PublicKey, programId = GOVERNANCE_PROGRAM_ID): [PublicKey, number] {
  return PublicKey.findProgramAddressSync([textSeed(VOTE_SEED), proposal.toBuffer(), position.toBuffer()], programId);
}

/** `["voter", proposal, voter]`: a wallet's power per side on a quadratic proposal. */
export function findVoterRecordPda(proposal: PublicKey, voter: PublicKey, programId = GOVERNANCE_PROGRAM_ID): [PublicKey, number] {
  return PublicKey.findProgramAddressSync([textSeed(VOTER_SEED), proposal.toBuffer(), voter.toBuffer()], programId);
}

/** Every address of one governance deployment (one staked mint). */
export interface GovernanceAddresses {
  programId: PublicKey;
  stakingProgramId: PublicKey;
  mint: PublicKey;
  stakingConfig: PublicKey;
  /** Staking's schedule `["schedule", stakingConfig]` (cast_vote's lock_for_vote writes it). */
  stakingSchedule: PublicKey;
  governance: PublicKey;
  authority: PublicKey;
  treasury: PublicKey;
}

/** What every builder takes to find the deployment. */
export interface GovernanceDeploymentInput {
  /** The staked mint (staking config `["config", mint]`, governance `["governance", config]`). */
  mint: PublicKey;
  /** Another deployment of governance (devnet, tests); default the localnet id. */
  programId?: PublicKey;
  /** Another deployment of staking; default the localnet id. */
  stakingProgramId?: PublicKey;
}

export function governanceAddresses(input: GovernanceDeploymentInput): GovernanceAddresses {
  const programId = input.programId ?? GOVERNANCE_PROGRAM_ID;
  const stakingProgramId = input.stakingProgramId ?? STAKING_PROGRAM_ID;
  const [stakingConfig] = findConfigPda(input.mint, stakingProgramId);
  const [governance] = findGovernancePda(stakingConfig, programId);
  const [authority] = findAuthorityPda(governance, programId);
  const [treasury] = findTreasuryPda(governance, programId);
  const [stakingSchedule] = findSchedulePda(stakingConfig, stakingProgramId);
  return { programId, stakingProgramId, mint: input.mint, stakingConfig, stakingSchedule, governance, authority, treasury };
}
