/** Activate: the proposer opens voting on a Draft (the rules in force now then hold for it). */
import type { PublicKey } from '@solana/web3.js';
import { getActivateInstructions } from '@/lib/programs/governance';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import { clientInput, type GovernanceActionContext, listKeys, proposalRef } from './shared';

export interface ActivateOptions extends GovernanceActionContext {
  proposal: { address: PublicKey; id: bigint };
}

export function activate(options: ActivateOptions): KeelTransactionRequest {
  return {
    label: `Open voting on proposal ${proposalRef(options.proposal.id)}`,
    instructions: getActivateInstructions({ ...clientInput(options), proposer: options.owner, proposal: options.proposal.address }),
    invalidate: listKeys(options),
  };
}
