/**
 * `add_stake` (3): adds tokens to a position; its lock restarts at its tier.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getAddStakeInstruction as build } from '@/lib/programs/generated/staking';
import { findStakerPda } from '../program';
import { type DeploymentInput, kitDeployment, signerOf, toAddress, toWeb3Instruction } from './shared';

export interface AddStakeInput extends DeploymentInput {
  owner: PublicKey;
  ownerToken: PublicKey;
  tokenProgram: PublicKey;
  position: PublicKey;
  amount: bigint;
}

export function getAddStakeInstruction(input: AddStakeInput): TransactionInstruction {
  const { d, a, program } = kitDeployment(input);
  const [staker] = findStakerPda(d.config, input.owner, d.programId);
  return toWeb3Instruction(
    build(
      {
        owner: signerOf(input.owner),
        ...a,
        staker: toAddress(staker),
        position: toAddress(input.position),
        ownerToken: toAddress(input.ownerToken),
        tokenProgram: toAddress(input.tokenProgram),
        amount: input.amount,
      },
      program,
    ),
  );
}
