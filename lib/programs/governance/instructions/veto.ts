/**
 * `veto` (12): the guardian stops a Voting, Succeeded or Queued proposal.
 * Accounts: 0 [s] guardian; 1 [] governance config; 2 [w] proposal.
 * Data (1): u8 12.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { GovernanceInstruction, type GovernanceDeploymentInput } from '../program';
import { deployment, instruction, readonly, signer, tag, writable } from './shared';

export interface VetoInput extends GovernanceDeploymentInput {
  guardian: PublicKey;
  proposal: PublicKey;
}

export function getVetoInstruction(input: VetoInput): TransactionInstruction {
  const d = deployment(input);
  return instruction(
    d.programId,
    [signer(input.guardian), readonly(d.governance), writable(input.proposal)],
    tag(GovernanceInstruction.Veto),
  );
}
