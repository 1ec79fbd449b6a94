/** Add action: the proposer appends one action to a Draft (with its setup, e.g. the recipient's token account). */
import type { PublicKey } from '@solana/web3.js';
import { getAddActionInstruction } from '@/lib/programs/governance';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import type { DraftAction } from '../draft';
import { clientInput, type GovernanceActionContext, listKeys, proposalRef } from './shared';

export interface AddActionOptions extends GovernanceActionContext {
  proposal: { address: PublicKey; id: bigint; nextActionIndex: number };
  action: DraftAction;
}

export function addAction(options: AddActionOptions): KeelTransactionRequest {
  const { proposal, action } = options;
  return {
    label: `Add action ${proposal.nextActionIndex + 1} to proposal ${proposalRef(proposal.id)}`,
    instructions: [
      ...action.setup,
      getAddActionInstruction({ ...clientInput(options), proposer: options.owner, proposal: proposal.address, index: proposal.nextActionIndex, action: action.instruction }),
    ],
    invalidate: listKeys(options),
  };
}
