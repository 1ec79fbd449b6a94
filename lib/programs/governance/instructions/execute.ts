/**
 * `execute` (10): anyone runs the next action of a Queued proposal after its
 * eta. The remaining accounts are the action's, as stored, then its program;
 * the authority PDA is not a transaction signer (governance signs for it),
 * any other stored signer must sign the transaction.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getExecuteInstruction as build } from '@/lib/programs/generated/governance';
import type { ProposalAction } from '../accounts';
import { findActionPda, type GovernanceDeploymentInput } from '../program';
import { kitDeployment, toAddress, toWeb3Instruction } from './shared';

export interface ExecuteInput extends GovernanceDeploymentInput {
  proposal: PublicKey;
  /** The decoded action account (`decodeAction`). */
  action: ProposalAction;
}

export function getExecuteInstruction(input: ExecuteInput): TransactionInstruction {
  const { d, a, program } = kitDeployment(input);
  const [action] = findActionPda(input.proposal, input.action.index, d.programId);
  const ix = toWeb3Instruction(build({ governance: a.governance, proposal: toAddress(input.proposal), action: toAddress(action), actionAccounts: [] }, program));
  // The IDL gives remaining accounts one role; an action's keep the roles they were stored with.
  ix.keys.push(
    ...input.action.accounts.map((k) => ({ pubkey: k.pubkey, isSigner: k.isSigner && !k.pubkey.equals(d.authority), isWritable: k.isWritable })),
    { pubkey: input.action.programId, isSigner: false, isWritable: false },
  );
  return ix;
}
