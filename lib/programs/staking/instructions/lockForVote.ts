/**
 * `lock_for_vote` (13): the vote authority (governance, by CPI) locks a position
 * against unstaking until `until` and starts its voter booster.
 * Accounts: 0 [s] vote authority; 1 [w] config; 2 [w] position.
 * Data (9): u8 13, i64 until.
 */
import { getI64Encoder, getStructEncoder, getU8Encoder } from '@solana/codecs';
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { StakingInstruction } from '../program';
import { type DeploymentInput, deployment, instruction, signer, writable } from './shared';

export const getLockForVoteDataEncoder = () =>
  getStructEncoder([
    ['discriminator', getU8Encoder()],
    ['until', getI64Encoder()],
  ]);

export interface LockForVoteInput extends DeploymentInput {
  voteAuthority: PublicKey;
  position: PublicKey;
  /** Unix seconds. */
  until: bigint;
}

export function getLockForVoteInstruction(input: LockForVoteInput): TransactionInstruction {
  const d = deployment(input);
  return instruction(
    d.programId,
    [signer(input.voteAuthority), writable(d.config), writable(input.position)],
    getLockForVoteDataEncoder().encode({ discriminator: StakingInstruction.LockForVote, until: input.until }),
  );
}
