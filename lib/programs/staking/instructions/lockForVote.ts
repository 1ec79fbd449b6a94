/**
 * `lock_for_vote` (13): the vote authority (governance, by CPI) locks a position
 * against unstaking until `until` and starts its voter booster, recomputing the
 * position; with the owner's staker record the stored voting power and the
 * record's sum follow too.
 * Accounts: 0 [s] vote authority; 1 [w] config; 2 [w] schedule; 3 [w] position; 4 [w] staker of
 * the position's owner (optional: when `owner` is given); last [] the Clock sysvar (the program
 * reads the time from it rather than by syscall).
 * Data (9): u8 13, i64 until.
 */
import { getI64Encoder, getStructEncoder, getU8Encoder } from '@solana/codecs';
import { type PublicKey, SYSVAR_CLOCK_PUBKEY, type TransactionInstruction } from '@solana/web3.js';
import { findStakerPda, StakingInstruction } from '../program';
import { type DeploymentInput, deployment, instruction, readonly, signer, writable } from './shared';

export const getLockForVoteDataEncoder = () =>
  getStructEncoder([
    ['discriminator', getU8Encoder()],
    ['until', getI64Encoder()],
  ]);

export interface LockForVoteInput extends DeploymentInput {
  voteAuthority: PublicKey;
  position: PublicKey;
  /** The position's owner: its staker record goes in as account 4 (recommended). */
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
      readonly(SYSVAR_CLOCK_PUBKEY),
    ],
    getLockForVoteDataEncoder().encode({ discriminator: StakingInstruction.LockForVote, until: input.until }),
  );
}
