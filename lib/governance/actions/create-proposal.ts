/**
 * Create a proposal: `create_proposal`, one `add_action` per drafted action
 * (each after its setup), then `activate` to open voting — packed into as few
 * transactions as fit (lib/staking/pack.ts). The proposal's number is the
 * config's `proposalCount` when the first transaction lands; a concurrent
 * proposal makes it fail with ProposalIdMismatch, and trying again takes the
 * next number.
 */
import type { PublicKey } from '@solana/web3.js';
import { findProposalPda, getActivateInstructions, getAddActionInstruction, getCreateProposalInstruction } from '@/lib/programs/governance';
import { packGroups } from '@/lib/staking/pack';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import type { ProposalMeta } from '../description';
import { type DraftAction, draftProblem } from '../draft';
import { governanceKeys } from '../keys';
import { clientInput, type GovernanceActionContext, listKeys, proposalRef } from './shared';

/**
 * Planned compute per step (the transaction helper simulates and sizes each
 * transaction anyway): creating a PDA account with its rent costs most.
 */
export const CREATE_UNITS = 40_000;
export const ADD_ACTION_UNITS = 40_000;
export const SETUP_UNITS = 30_000;
export const ACTIVATE_UNITS = 15_000;

export interface CreateProposalOptions extends GovernanceActionContext {
  /** The config's `proposalCount`. */
  id: bigint;
  meta: ProposalMeta;
  /** The proposer's positions whose power backs the proposal (`proposerBacking`). */
  backing: PublicKey[];
  actions: readonly DraftAction[];
  /** Open voting at once (else it stays a Draft the proposer opens later). */
  activate: boolean;
}

export function createProposal(options: CreateProposalOptions): KeelTransactionRequest[] {
  const input = clientInput(options);
  const { owner, id } = options;
  const [proposal] = findProposalPda(options.deployment.addresses.governance, id, options.deployment.programId);
  options.actions.forEach((action, index) => {
    const problem = draftProblem(action, proposal, index, options.deployment.programId);
    if (problem) throw new Error(`Action ${index + 1}: ${problem}`);
  });
  const groups = [
    {
      instructions: [
        getCreateProposalInstruction({
          ...input,
          proposer: owner,
          id,
          type: options.meta.type,
          title: options.meta.title,
          uri: options.meta.uri,
          descriptionHash: options.meta.descriptionHash,
          positions: options.backing,
        }),
      ],
      units: CREATE_UNITS,
    },
    ...options.actions.map((action, index) => ({
      instructions: [...action.setup, getAddActionInstruction({ ...input, proposer: owner, proposal, index, action: action.instruction })],
      units: ADD_ACTION_UNITS + action.setup.length * SETUP_UNITS,
    })),
    ...(options.activate ? [{ instructions: getActivateInstructions({ ...input, proposer: owner, proposal }), units: ACTIVATE_UNITS }] : []),
  ];
  const batches = packGroups({ payer: owner, groups });
  const invalidate = [...listKeys(options), governanceKeys.config(options.deployment.cluster, options.deployment.addresses.governance)];
  return batches.map((instructions, i) => ({
    label: batches.length === 1 ? `Create proposal ${proposalRef(id)}` : `Create proposal ${proposalRef(id)} (${i + 1} of ${batches.length})`,
    instructions,
    invalidate,
  }));
}
