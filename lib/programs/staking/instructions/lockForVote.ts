/**
 * `lock_for_vote` (13): the vote authority (governance, by CPI) locks a position
 * against unstaking until `until` and starts its voter booster; with the
 * owner's staker record (the optional account 4) the stored voting power and
 * the record's sum follow. The Clock sysvar goes last (the generated
 * builder's default `clock`: the program reads the time from its account).
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getLockForVoteInstruction as build } from '@/lib/programs/generated/staking';
import { findStakerPda } from '../program';
import { type DeploymentInput, kitDeployment, signerOf, toAddress, toWeb3Instruction } from './shared';

export interface LockForVoteInput extends DeploymentInput {
  voteAuthority: PublicKey;
  position: PublicKey;
  /** The position's owner: its staker record goes in as account 4 (recommended). */
  owner?: PublicKey;
  /** Unix seconds. */
  until: bigint;
}

export function getLockForVoteInstruction(input: LockForVoteInput): TransactionInstruction {
  const { d, a, program } = kitDeployment(input);
  const staker = input.owner ? toAddress(findStakerPda(d.config, input.owner, d.programId)[0]) : undefined;
  return toWeb3Instruction(
    build({ voteAuthority: signerOf(input.voteAuthority), config: a.config, schedule: a.schedule, position: toAddress(input.position), staker, until: input.until }, program),
  );
}
