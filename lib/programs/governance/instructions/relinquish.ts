/**
 * `relinquish` (7): withdraws votes while voting is open (the positions may vote
 * again; their staking lock stays), or reclaims the vote records' rent afterwards.
 * Quadratic proposals: the voter record follows, and closes with the wallet's
 * last vote record.
 * Accounts: 0 [s, w] voter; 1 [w] proposal; 2.. [w] vote records;
 * then (quadratic proposals) [w] the voter's voter record.
 * Data (1): u8 7.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { findVoteRecordPda, findVoterRecordPda, GOVERNANCE_PROGRAM_ID, GovernanceInstruction, type VoteWeighting } from '../program';
import { instruction, signer, tag, writable } from './shared';

export interface RelinquishInput {
  voter: PublicKey;
  proposal: PublicKey;
  /** The proposal's weighting: quadratic adds the wallet's voter record. */
  weighting: VoteWeighting;
  positions: PublicKey[];
  programId?: PublicKey;
}

export function getRelinquishInstruction(input: RelinquishInput): TransactionInstruction {
  const programId = input.programId ?? GOVERNANCE_PROGRAM_ID;
  return instruction(
    programId,
    [
      signer(input.voter, true),
      writable(input.proposal),
      ...input.positions.map((p) => writable(findVoteRecordPda(input.proposal, p, programId)[0])),
      ...(input.weighting === 'quadratic' ? [writable(findVoterRecordPda(input.proposal, input.voter, programId)[0])] : []),
    ],
    tag(GovernanceInstruction.Relinquish),
  );
}
