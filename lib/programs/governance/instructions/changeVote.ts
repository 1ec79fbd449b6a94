/**
 * `change_vote` (6): moves the voter's votes to another side while voting is
 * open; the remaining accounts are the vote records, then (quadratic
 * proposals) the voter's voter record.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getChangeVoteInstruction as build } from '@/lib/programs/generated/governance';
import { GOVERNANCE_PROGRAM_ID, type VoteSide, type VoteWeighting } from '../program';
import { voteSideOf } from './castVote';
import { voteRecords } from './relinquish';
import { programOf, signerOf, toAddress, toWeb3Instruction } from './shared';

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
  const records = voteRecords({ ...input, programId: input.programId ?? GOVERNANCE_PROGRAM_ID });
  return toWeb3Instruction(
    build({ voter: signerOf(input.voter), proposal: toAddress(input.proposal), side: voteSideOf(input.side), records }, programOf(input.programId)),
  );
}
