/**
 * `relinquish` (7): withdraws votes while voting is open (the positions may vote
 * again; their staking lock stays), or reclaims the vote records' rent afterwards.
 * Quadratic proposals: the voter record follows, and closes with the wallet's
 * last vote record.
 */
import type { Address } from '@solana/kit';
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getRelinquishInstruction as build } from '@/lib/programs/generated/governance';
import { findVoteRecordPda, findVoterRecordPda, GOVERNANCE_PROGRAM_ID, type VoteWeighting } from '../program';
import { programOf, signerOf, toAddress, toWeb3Instruction } from './shared';

export interface RelinquishInput {
  voter: PublicKey;
  proposal: PublicKey;
  /** The proposal's weighting: quadratic adds the wallet's voter record. */
  weighting: VoteWeighting;
  positions: PublicKey[];
  programId?: PublicKey;
}

/** The remaining accounts of change_vote and relinquish: the positions' vote records, then (quadratic) the voter record. */
export function voteRecords(input: { voter: PublicKey; proposal: PublicKey; weighting: VoteWeighting; positions: PublicKey[]; programId: PublicKey }): Address[] {
  const records = input.positions.map((p) => findVoteRecordPda(input.proposal, p, input.programId)[0]);
  if (input.weighting === 'quadratic') records.push(findVoterRecordPda(input.proposal, input.voter, input.programId)[0]);
  return records.map(toAddress);
}

export function getRelinquishInstruction(input: RelinquishInput): TransactionInstruction {
  const records = voteRecords({ ...input, programId: input.programId ?? GOVERNANCE_PROGRAM_ID });
  return toWeb3Instruction(build({ voter: signerOf(input.voter), proposal: toAddress(input.proposal), records }, programOf(input.programId)));
}
