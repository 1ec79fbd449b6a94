/**
 * `queue` (9): anyone starts the timelock of a Succeeded proposal (a proposal
 * without actions is Executed at once).
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getQueueInstruction as build } from '@/lib/programs/generated/governance';
import { programOf, toAddress, toWeb3Instruction } from './shared';

export function getQueueInstruction(input: { proposal: PublicKey; programId?: PublicKey }): TransactionInstruction {
  return toWeb3Instruction(build({ proposal: toAddress(input.proposal) }, programOf(input.programId)));
}
