/**
 * Relinquish: closes the wallet's vote records on a proposal. While voting is
 * open the votes leave the tallies (the positions may vote again); afterwards
 * only the records' rent comes back.
 */
import type { PublicKey } from '@solana/web3.js';
import { getRelinquishInstruction, type VoteWeighting } from '@/lib/programs/governance';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import { type GovernanceActionContext, listKeys, proposalRef } from './shared';

export interface RelinquishOptions extends GovernanceActionContext {
  proposal: { address: PublicKey; id: bigint; voteWeighting: VoteWeighting };
  positions: PublicKey[];
  /** Whether voting is still open (the label says what happens). */
  votingOpen: boolean;
}

export function relinquish(options: RelinquishOptions): KeelTransactionRequest {
  return {
    label: options.votingOpen
      ? `Withdraw vote on proposal ${proposalRef(options.proposal.id)}`
      : `Reclaim vote rent on proposal ${proposalRef(options.proposal.id)}`,
    instructions: [
      getRelinquishInstruction({
        voter: options.owner,
        proposal: options.proposal.address,
        weighting: options.proposal.voteWeighting,
        positions: options.positions,
        programId: options.deployment.programId,
      }),
    ],
    invalidate: listKeys(options),
  };
}
