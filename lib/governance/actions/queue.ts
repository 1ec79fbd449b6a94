/** Queue: anyone starts the timelock of a Succeeded proposal (one without actions is Executed at once). */
import type { PublicKey } from '@solana/web3.js';
import { getQueueInstruction } from '@/lib/programs/governance';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import { type GovernanceActionContext, listKeys, proposalRef } from './shared';

export interface QueueOptions extends GovernanceActionContext {
  proposal: { address: PublicKey; id: bigint };
}

export function queue(options: QueueOptions): KeelTransactionRequest {
  return {
    label: `Queue proposal ${proposalRef(options.proposal.id)}`,
    instructions: [getQueueInstruction({ proposal: options.proposal.address, programId: options.deployment.programId })],
    invalidate: listKeys(options),
  };
}
