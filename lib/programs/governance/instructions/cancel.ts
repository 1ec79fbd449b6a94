/**
 * `cancel` (11): the proposer (Draft, or Voting before any vote) or the guardian
 * (Draft or Voting) cancels a proposal.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getCancelInstruction as build } from '@/lib/programs/generated/governance';
import type { GovernanceDeploymentInput } from '../program';
import { kitDeployment, signerOf, toAddress, toWeb3Instruction } from './shared';

export interface CancelInput extends GovernanceDeploymentInput {
  /** The proposer or the guardian. */
  authority: PublicKey;
  proposal: PublicKey;
}

export function getCancelInstruction(input: CancelInput): TransactionInstruction {
  const { a, program } = kitDeployment(input);
  return toWeb3Instruction(build({ authority: signerOf(input.authority), governance: a.governance, proposal: toAddress(input.proposal) }, program));
}
