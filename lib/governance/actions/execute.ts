/**
 * Execute: anyone runs a Queued proposal's remaining actions after its eta, in
 * index order, packed into as few transactions as fit (each action's accounts
 * travel with it). The last action makes the proposal Executed.
 */
import type { PublicKey } from '@solana/web3.js';
import { getExecuteInstruction, type ProposalAction } from '@/lib/programs/governance';
import { getSyncInstruction } from '@/lib/programs/staking';
import { packGroups } from '@/lib/staking/pack';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import { clientInput, type GovernanceActionContext, listKeys, proposalRef } from './shared';

/** Planned compute per action: the governance part plus the invoked instruction (a token transfer ≈ 6k, a staking update ≈ 3k). */
export const EXECUTE_UNITS = 60_000;
/** Staking `sync`: ~1,500 per day boundary it walks; a busy portal syncs daily. */
export const SYNC_UNITS = 20_000;

export interface ExecuteOptions extends GovernanceActionContext {
  proposal: { address: PublicKey; id: bigint };
  /** The actions not executed yet, in index order. */
  actions: readonly ProposalAction[];
}

export function execute(options: ExecuteOptions): KeelTransactionRequest[] {
  const input = clientInput(options);
  const pending = [...options.actions].filter((a) => !a.executed).sort((a, b) => a.index - b.index);
  // Staking's sync leads the first transaction: an action that settles staking
  // (funding the stream) walks its schedule, at most 8 days by itself.
  const sync = getSyncInstruction({ mint: input.mint, programId: input.stakingProgramId });
  const groups = pending.map((action, i) => ({
    instructions: [...(i === 0 ? [sync] : []), getExecuteInstruction({ ...input, proposal: options.proposal.address, action })],
    units: EXECUTE_UNITS + (i === 0 ? SYNC_UNITS : 0),
  }));
  const batches = packGroups({ payer: options.owner, groups });
  return batches.map((instructions, i) => ({
    label: batches.length === 1 ? `Execute proposal ${proposalRef(options.proposal.id)}` : `Execute proposal ${proposalRef(options.proposal.id)} (${i + 1} of ${batches.length})`,
    instructions,
    invalidate: listKeys(options),
  }));
}
