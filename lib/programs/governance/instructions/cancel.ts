/**
 * `cancel` (11): the proposer (Draft, or Voting before any vote) or the guardian
 * (Draft or Voting) cancels a proposal.
 * Accounts: 0 [s] proposer or guardian; 1 [] governance config; 2 [w] proposal.
 * Data (1): u8 11.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { GovernanceInstruction, type GovernanceDeploymentInput } from '../program';
import { deployment, instruction, readonly, signer, tag, writable } from './shared';

export interface CancelInput extends GovernanceDeploymentInput {
  /** The proposer or the guardian. */
  authority: PublicKey;
  proposal: PublicKey;
}

export function getCancelInstruction(input: CancelInput): TransactionInstruction {
  const d = deployment(input);
  return instruction(
    d.programId,
    [signer(input.authority), readonly(d.governance), writable(input.proposal)],
    tag(GovernanceInstruction.Cancel),
  );
}
