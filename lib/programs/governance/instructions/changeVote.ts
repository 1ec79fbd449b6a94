/**
 * `change_vote` (6): moves the voter's votes to another side while voting is open.
 * Accounts: 0 [s] voter; 1 [w] proposal; 2.. [w] vote records;
 * then (quadratic proposals) [w] the voter's voter record.
 * Data (2): u8 6, u8 side.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { findVoteRecordPda, findVoterRecordPda, GOVERNANCE_PROGRAM_ID, GovernanceInstruction, VOTE_SIDES, type VoteSide, type VoteWeighting } from '../program';
import { instruction, signer, writable } from './shared';

export interface ChangeVoteInput {
  voter: PublicKey;
  proposal: PublicKey;
  /** The proposal's weighting: quadratic adds the wallet's voter record. */
  weighting: VoteWeighting;
  side: VoteSide;
  /** The positions whose votes move (their vote records are derived). */
  positions: PublicKey[];
  programId?: PublicKey;
}

export function getChangeVoteInstruction(input: ChangeVoteInput): TransactionInstruction {
  const programId = input.programId ?? GOVERNANCE_PROGRAM_ID;
  return instruction(
    programId,
    [
      signer(input.voter),
      writable(input.proposal),
      ...input.positions.map((p) => writable(findVoteRecordPda(input.proposal, p, programId)[0])),
      ...(input.weighting === 'quadratic' ? [writable(findVoterRecordPda(input.proposal, input.voter, programId)[0])] : []),
    ],
    [GovernanceInstruction.ChangeVote, VOTE_SIDES.indexOf(input.side)],
  );
}
