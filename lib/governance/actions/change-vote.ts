/** Change vote: the wallet's votes on a proposal move to another side while voting is open (same power). */
import type { PublicKey } from '@solana/web3.js';
import { getChangeVoteInstruction, type VoteSide, type VoteWeighting } from '@/lib/programs/governance';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import { SIDE_WORDS } from './cast-vote';
import { type GovernanceActionContext, listKeys, proposalRef } from './shared';

export interface ChangeVoteOptions extends GovernanceActionContext {
  proposal: { address: PublicKey; id: bigint; voteWeighting: VoteWeighting };
  side: VoteSide;
  /** Positions whose votes move (they have vote records on this proposal). */
  positions: PublicKey[];
}

export function changeVote(options: ChangeVoteOptions): KeelTransactionRequest {
  return {
    label: `Change vote to ${SIDE_WORDS[options.side]} on proposal ${proposalRef(options.proposal.id)}`,
    instructions: [
      getChangeVoteInstruction({
        voter: options.owner,
        proposal: options.proposal.address,
        weighting: options.proposal.voteWeighting,
        side: options.side,
        positions: options.positions,
        programId: options.deployment.programId,
      }),
    ],
    invalidate: listKeys(options),
  };
}
