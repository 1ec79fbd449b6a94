/** Vote: the wallet's positions that have not voted yet vote one side (each position once; each is vote-locked in staking). */
import type { PublicKey } from '@solana/web3.js';
import { getCastVoteInstruction, type VoteSide, type VoteWeighting } from '@/lib/programs/governance';
import { getSyncInstruction } from '@/lib/programs/staking';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import { clientInput, type GovernanceActionContext, listKeys, proposalRef } from './shared';

export const SIDE_WORDS: Record<VoteSide, string> = { for: 'For', against: 'Against', abstain: 'Abstain' };

export interface CastVoteOptions extends GovernanceActionContext {
  /** The proposal's weighting decides the accounts (quadratic: the wallet's voter record). */
  proposal: { address: PublicKey; id: bigint; voteWeighting: VoteWeighting };
  side: VoteSide;
  /** 1 to 16 positions of the wallet without a vote on this proposal. */
  positions: PublicKey[];
}

export function castVote(options: CastVoteOptions): KeelTransactionRequest {
  const input = clientInput(options);
  return {
    label: `Vote ${SIDE_WORDS[options.side]} on proposal ${proposalRef(options.proposal.id)}`,
    instructions: [
      // Each position's vote lock writes it in staking, which walks at most 8
      // day boundaries itself: sync first, as every staking transaction does.
      getSyncInstruction({ mint: input.mint, programId: input.stakingProgramId }),
      getCastVoteInstruction({
        ...input,
        voter: options.owner,
        proposal: options.proposal.address,
        weighting: options.proposal.voteWeighting,
        side: options.side,
        positions: options.positions,
      }),
    ],
    invalidate: listKeys(options),
  };
}
