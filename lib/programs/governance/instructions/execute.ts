/**
 * `execute` (10): anyone runs the next action of a Queued proposal after its eta.
 * Accounts: 0 [] governance config; 1 [w] proposal; 2 [w] action; 3.. the
 * action's accounts as stored (the authority PDA is not a transaction signer:
 * governance signs for it), then the action's program.
 * Data (1): u8 10.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import type { ProposalAction } from '../accounts';
import { findActionPda, GovernanceInstruction, type GovernanceDeploymentInput } from '../program';
import { deployment, instruction, readonly, tag, writable } from './shared';

export interface ExecuteInput extends GovernanceDeploymentInput {
  proposal: PublicKey;
  /** The decoded action account (`decodeAction`). */
  action: ProposalAction;
}

export function getExecuteInstruction(input: ExecuteInput): TransactionInstruction {
  const d = deployment(input);
  const [action] = findActionPda(input.proposal, input.action.index, d.programId);
  return instruction(
    d.programId,
    [
      readonly(d.governance),
      writable(input.proposal),
      writable(action),
      ...input.action.accounts.map((k) => ({
        pubkey: k.pubkey,
        // Governance signs for its authority PDA; any other stored signer must sign the transaction.
        isSigner: k.isSigner && !k.pubkey.equals(d.authority),
        isWritable: k.isWritable,
      })),
      readonly(input.action.programId),
    ],
    tag(GovernanceInstruction.Execute),
  );
}
