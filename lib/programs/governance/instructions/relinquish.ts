/**
 * `relinquish` (7): withdraws votes while voting is open (the positions may vote
 * again; their staking lock stays), or reclaims the vote records' rent afterwards.
 * Accounts: 0 [s, w] voter; 1 [w] proposal; 2.. [w] vote records.
 * Data (1): u8 7.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { findVoteRecordPda, GOVERNANCE_PROGRAM_ID, GovernanceInstruction } from '../program';
import { instruction, signer, tag, writable } from './shared';

export interface RelinquishInput {
  voter: PublicKey;
  proposal: PublicKey;
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
    ],
    tag(GovernanceInstruction.Relinquish),
  );
}
