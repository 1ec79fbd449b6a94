/**
 * `finalize` (8): anyone settles the vote after its end (Succeeded / Defeated),
 * or expires a passed proposal whose queue or execution window went by.
 * Accounts: 0 [w] proposal.
 * Data (1): u8 8.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { GOVERNANCE_PROGRAM_ID, GovernanceInstruction } from '../program';
import { instruction, tag, writable } from './shared';

export function getFinalizeInstruction(input: { proposal: PublicKey; programId?: PublicKey }): TransactionInstruction {
  return instruction(input.programId ?? GOVERNANCE_PROGRAM_ID, [writable(input.proposal)], tag(GovernanceInstruction.Finalize));
}
