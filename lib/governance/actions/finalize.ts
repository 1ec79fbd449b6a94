/** Finalize: anyone settles a vote that ended (Succeeded / Defeated), or expires a passed proposal whose window went by. */
import type { PublicKey } from '@solana/web3.js';
import { getFinalizeInstruction } from '@/lib/programs/governance';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import { type GovernanceActionContext, listKeys, proposalRef } from './shared';

export interface FinalizeOptions extends GovernanceActionContext {
  proposal: { address: PublicKey; id: bigint };
}

export function finalize(options: FinalizeOptions): KeelTransactionRequest {
  return {
    label: `Finalize proposal ${proposalRef(options.proposal.id)}`,
    instructions: [getFinalizeInstruction({ proposal: options.proposal.address, programId: options.deployment.programId })],
    invalidate: listKeys(options),
  };
}
