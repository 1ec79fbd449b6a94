/**
 * `cast_vote` (5): votes with the voter's staking positions (each once per
 * proposal; each locked in staking until the vote can no longer be extended).
 * The remaining accounts are pairs of a position and its vote record PDA,
 * then (quadratic proposals) the wallet's voter record, then the Clock and
 * Rent sysvars (the generated builder's default `sysvars`: the program reads
 * the time and the rent from their accounts); the data carries one canonical
 * bump per record, in the same order.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getCastVoteInstruction as build, VoteSide as Side } from '@/lib/programs/generated/governance';
import {
  findVoteRecordPda,
  findVoterRecordPda,
  type GovernanceDeploymentInput,
  MAX_VOTE_POSITIONS,
  VOTE_SIDES,
  type VoteSide,
  type VoteWeighting,
} from '../program';
import { kitDeployment, signerOf, toAddress, toWeb3Instruction } from './shared';

export interface CastVoteInput extends GovernanceDeploymentInput {
  voter: PublicKey;
  proposal: PublicKey;
  /** The proposal's weighting (`Proposal.voteWeighting`): quadratic adds the wallet's voter record. */
  weighting: VoteWeighting;
  side: VoteSide;
  /** The voter's staking positions (1..=16), none of which has voted on this proposal. */
  positions: PublicKey[];
}

/** The IDL's vote side of the app's. */
export const voteSideOf = (side: VoteSide): Side => VOTE_SIDES.indexOf(side) as Side;

export function getCastVoteInstruction(input: CastVoteInput): TransactionInstruction {
  const { d, a, program } = kitDeployment(input);
  if (input.positions.length === 0 || input.positions.length > MAX_VOTE_POSITIONS) {
    throw new Error(`vote with 1 to ${MAX_VOTE_POSITIONS} positions`);
  }
  const records = input.positions.map((p) => findVoteRecordPda(input.proposal, p, d.programId));
  const voterRecord = input.weighting === 'quadratic' ? [findVoterRecordPda(input.proposal, input.voter, d.programId)] : [];
  return toWeb3Instruction(
    build(
      {
        voter: signerOf(input.voter),
        ...a,
        proposal: toAddress(input.proposal),
        side: voteSideOf(input.side),
        bumps: [...records, ...voterRecord].map(([, bump]) => bump),
        votes: [...input.positions.flatMap((p, i) => [toAddress(p), toAddress(records[i]![0])]), ...voterRecord.map(([record]) => toAddress(record))],
      },
      program,
    ),
  );
}
