/**
 * Execute: anyone runs a Queued proposal's remaining actions after its eta, in
 * index order, packed into as few transactions as fit (each action's accounts
 * travel with it). The last action makes the proposal Executed.
 */
import type { PublicKey } from '@solana/web3.js';
import { getExecuteInstruction, type ProposalAction } from '@/lib/programs/governance';
import { packGroups } from '@/lib/staking/pack';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import { clientInput, type GovernanceActionContext, listKeys, proposalRef } from './shared';

/** Planned compute per action: the governance part plus the invoked instruction (a token transfer ≈ 6k, a staking update ≈ 3k). */
export const EXECUTE_UNITS = 60_000;

export interface ExecuteOptions extends GovernanceActionContext {
  proposal: { address: PublicKey; id: bigint };
  /** The actions not executed yet, in index order. */
  actions: readonly ProposalAction[];
}

export function execute(options: ExecuteOptions): KeelTransactionRequest[] {
  const input = clientInput(options);
  const pending = [...options.actions].filter((a) => !a.executed).sort((a, b) => a.index - b.index);
  const groups = pending.map((action) => ({
    instructions: [getExecuteInstruction({ ...input, proposal: options.proposal.address, action })],
    units: EXECUTE_UNITS,
  }));
  const batches = packGroups({ payer: options.owner, groups });
  return batches.map((instructions, i) => ({
    label: batches.length === 1 ? `Execute proposal ${proposalRef(options.proposal.id)}` : `Execute proposal ${proposalRef(options.proposal.id)} (${i + 1} of ${batches.length})`,
    instructions,
    invalidate: listKeys(options),
  }));
}
