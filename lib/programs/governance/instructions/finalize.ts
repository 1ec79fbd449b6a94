/**
 * `finalize` (8): anyone settles the vote after its end (Succeeded / Defeated),
 * or expires a passed proposal whose queue or execution window went by.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getFinalizeInstruction as build } from '@/lib/programs/generated/governance';
import { programOf, toAddress, toWeb3Instruction } from './shared';

export function getFinalizeInstruction(input: { proposal: PublicKey; programId?: PublicKey }): TransactionInstruction {
  return toWeb3Instruction(build({ proposal: toAddress(input.proposal) }, programOf(input.programId)));
}
