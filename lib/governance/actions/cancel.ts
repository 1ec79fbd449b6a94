/** Cancel: the proposer withdraws a Draft, or a Voting proposal nobody has voted on yet. */
import type { PublicKey } from '@solana/web3.js';
import { getCancelInstruction } from '@/lib/programs/governance';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import { clientInput, type GovernanceActionContext, listKeys, proposalRef } from './shared';

export interface CancelOptions extends GovernanceActionContext {
  proposal: { address: PublicKey; id: bigint };
}

export function cancel(options: CancelOptions): KeelTransactionRequest {
  return {
    label: `Cancel proposal ${proposalRef(options.proposal.id)}`,
    instructions: [getCancelInstruction({ ...clientInput(options), authority: options.owner, proposal: options.proposal.address })],
    invalidate: listKeys(options),
  };
}
