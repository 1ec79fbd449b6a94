/**
 * `extend_lock` (4): moves a position to the same or a longer tier.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getExtendLockInstruction as build } from '@/lib/programs/generated/staking';
import { findStakerPda } from '../program';
import { type DeploymentInput, kitDeployment, signerOf, toAddress, toWeb3Instruction } from './shared';

export interface ExtendLockInput extends DeploymentInput {
  owner: PublicKey;
  position: PublicKey;
  tier: number;
}

export function getExtendLockInstruction(input: ExtendLockInput): TransactionInstruction {
  const { d, a, program } = kitDeployment(input);
  const [staker] = findStakerPda(d.config, input.owner, d.programId);
  return toWeb3Instruction(
    build({ owner: signerOf(input.owner), config: a.config, schedule: a.schedule, staker: toAddress(staker), position: toAddress(input.position), tier: input.tier }, program),
  );
}
