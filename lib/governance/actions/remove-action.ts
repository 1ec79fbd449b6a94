/** Remove action: the proposer drops an action from a Draft (its rent comes back). */
import type { PublicKey } from '@solana/web3.js';
import { getRemoveActionInstruction } from '@/lib/programs/governance';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import { type GovernanceActionContext, listKeys, proposalRef } from './shared';

export interface RemoveActionOptions extends GovernanceActionContext {
  proposal: { address: PublicKey; id: bigint };
  index: number;
}

export function removeAction(options: RemoveActionOptions): KeelTransactionRequest {
  return {
    label: `Remove action ${options.index + 1} from proposal ${proposalRef(options.proposal.id)}`,
    instructions: [
      getRemoveActionInstruction({ proposer: options.owner, proposal: options.proposal.address, index: options.index, programId: options.deployment.programId }),
    ],
    invalidate: listKeys(options),
  };
}
