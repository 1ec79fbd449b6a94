/**
 * `accept_guardian` (15): the pending guardian (proposed by an executed
 * proposal, `update_config` Guardian) signs to become the guardian.
 * Accounts: 0 [s] pending guardian; 1 [w] governance config.
 * Data (1): u8 15.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { GovernanceInstruction, type GovernanceDeploymentInput } from '../program';
import { deployment, instruction, signer, tag, writable } from './shared';

export interface AcceptGuardianInput extends GovernanceDeploymentInput {
  /** The config's `pendingGuardian`. */
  pendingGuardian: PublicKey;
}

export function getAcceptGuardianInstruction(input: AcceptGuardianInput): TransactionInstruction {
  const d = deployment(input);
  return instruction(d.programId, [signer(input.pendingGuardian), writable(d.governance)], tag(GovernanceInstruction.AcceptGuardian));
}
