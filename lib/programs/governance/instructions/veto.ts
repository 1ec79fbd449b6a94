/**
 * `veto` (12): the guardian stops a Voting, Succeeded or Queued proposal.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getVetoInstruction as build } from '@/lib/programs/generated/governance';
import type { GovernanceDeploymentInput } from '../program';
import { kitDeployment, signerOf, toAddress, toWeb3Instruction } from './shared';

export interface VetoInput extends GovernanceDeploymentInput {
  guardian: PublicKey;
  proposal: PublicKey;
}

export function getVetoInstruction(input: VetoInput): TransactionInstruction {
  const { a, program } = kitDeployment(input);
  return toWeb3Instruction(build({ guardian: signerOf(input.guardian), governance: a.governance, proposal: toAddress(input.proposal) }, program));
}
