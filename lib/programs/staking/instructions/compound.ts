/**
 * `compound` (9): moves a position's rewards into its stake.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getCompoundInstruction as build } from '@/lib/programs/generated/staking';
import { findStakerPda } from '../program';
import { type DeploymentInput, kitDeployment, signerOf, toAddress, toWeb3Instruction } from './shared';

export interface CompoundInput extends DeploymentInput {
  owner: PublicKey;
  position: PublicKey;
  tokenProgram: PublicKey;
}

export function getCompoundInstruction(input: CompoundInput): TransactionInstruction {
  const { d, a, program } = kitDeployment(input);
  const [staker] = findStakerPda(d.config, input.owner, d.programId);
  return toWeb3Instruction(
    build(
      { owner: signerOf(input.owner), ...a, staker: toAddress(staker), position: toAddress(input.position), tokenProgram: toAddress(input.tokenProgram) },
      program,
    ),
  );
}
