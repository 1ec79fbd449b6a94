/**
 * `remove_action` (3): the proposer removes an action from a Draft (rent back).
 * Accounts: 0 [s, w] proposer; 1 [w] proposal; 2 [w] action.
 * Data (1): u8 3.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { findActionPda, GOVERNANCE_PROGRAM_ID, GovernanceInstruction } from '../program';
import { instruction, signer, tag, writable } from './shared';

export interface RemoveActionInput {
  proposer: PublicKey;
  proposal: PublicKey;
  index: number;
  programId?: PublicKey;
}

export function getRemoveActionInstruction(input: RemoveActionInput): TransactionInstruction {
  const programId = input.programId ?? GOVERNANCE_PROGRAM_ID;
  const [action] = findActionPda(input.proposal, input.index, programId);
  return instruction(
    programId,
    [signer(input.proposer, true), writable(input.proposal), writable(action)],
    tag(GovernanceInstruction.RemoveAction),
  );
}
