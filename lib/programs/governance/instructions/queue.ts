/**
 * `queue` (9): anyone starts the timelock of a Succeeded proposal (a proposal
 * without actions is Executed at once).
 * Accounts: 0 [w] proposal.
 * Data (1): u8 9.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { GOVERNANCE_PROGRAM_ID, GovernanceInstruction } from '../program';
import { instruction, tag, writable } from './shared';

export function getQueueInstruction(input: { proposal: PublicKey; programId?: PublicKey }): TransactionInstruction {
  return instruction(input.programId ?? GOVERNANCE_PROGRAM_ID, [writable(input.proposal)], tag(GovernanceInstruction.Queue));
}
