/**
 * `remove_action` (3): the proposer removes an action from a Draft (rent back).
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getRemoveActionInstruction as build } from '@/lib/programs/generated/governance';
import { findActionPda, GOVERNANCE_PROGRAM_ID } from '../program';
import { programOf, signerOf, toAddress, toWeb3Instruction } from './shared';

export interface RemoveActionInput {
  proposer: PublicKey;
  proposal: PublicKey;
  index: number;
  programId?: PublicKey;
}

export function getRemoveActionInstruction(input: RemoveActionInput): TransactionInstruction {
  const [action] = findActionPda(input.proposal, input.index, input.programId ?? GOVERNANCE_PROGRAM_ID);
  return toWeb3Instruction(
    build({ proposer: signerOf(input.proposer), proposal: toAddress(input.proposal), action: toAddress(action) }, programOf(input.programId)),
  );
}
