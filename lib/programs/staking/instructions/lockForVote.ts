/**
 * `lock_for_vote` (13): the vote authority (governance, by CPI) locks a position
 * against unstaking until `until` and starts its voter booster, recomputing the
 * position; with the owner's staker record (optional account 3) an ended lock
 * also falls to the no-lock multiplier.
 * Accounts: 0 [s] vote authority; 1 [w] config; 2 [w] schedule; 3 [w] position; 4 [w] staker of
 * the position's owner (when `owner` is given).
 * Data (9): u8 13, i64 until.
 */
import { getI64Encoder, getStructEncoder, getU8Encoder } from '@solana/codecs';
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { findStakerPda, StakingInstruction } from '../program';
import { type DeploymentInput, deployment, instruction, signer, writable } from './shared';

export const getLockForVoteDataEncoder = () =>
  getStructEncoder([
    ['discriminator', getU8Encoder()],
    ['until', getI64Encoder()],
  ]);

export interface LockForVoteInput extends DeploymentInput {
  voteAuthority: PublicKey;
  position: PublicKey;
  /** The position's owner: its staker record goes in as account 3 (recommended). */
  owner?: PublicKey;
  /** Unix seconds. */
  until: bigint;
}

export function getLockForVoteInstruction(input: LockForVoteInput): TransactionInstruction {
  const d = deployment(input);
  return instruction(
    d.programId,
    [
      signer(input.voteAuthority),
      writable(d.config),
      writable(d.schedule),
      writable(input.position),
      ...(input.owner ? [writable(findStakerPda(d.config, input.owner, d.programId)[0])] : []),
    ],
    getLockForVoteDataEncoder().encode({ discriminator: StakingInstruction.LockForVote, until: input.until }),
  );
}
