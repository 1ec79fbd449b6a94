/**
 * `accept_guardian` (15): the pending guardian (proposed by an executed
 * proposal, `update_config` Guardian) signs to become the guardian.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getAcceptGuardianInstruction as build } from '@/lib/programs/generated/governance';
import type { GovernanceDeploymentInput } from '../program';
import { kitDeployment, signerOf, toWeb3Instruction } from './shared';

export interface AcceptGuardianInput extends GovernanceDeploymentInput {
  /** The config's `pendingGuardian`. */
  pendingGuardian: PublicKey;
}

export function getAcceptGuardianInstruction(input: AcceptGuardianInput): TransactionInstruction {
  const { a, program } = kitDeployment(input);
  return toWeb3Instruction(build({ pendingGuardian: signerOf(input.pendingGuardian), governance: a.governance }, program));
}
