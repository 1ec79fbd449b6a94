/**
 * `stake` (2): opens a position at a tier; creates the wallet's staker record on
 * its first stake. The position's address and its canonical bump come from
 * the staker's next position id.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getStakeInstruction as build } from '@/lib/programs/generated/staking';
import { findPositionPda, findStakerPda } from '../program';
import { type DeploymentInput, kitDeployment, signerOf, toAddress, toWeb3Instruction } from './shared';

export interface StakeInput extends DeploymentInput {
  owner: PublicKey;
  ownerToken: PublicKey;
  tokenProgram: PublicKey;
  tier: number;
  amount: bigint;
  /** The staker record's `nextPositionId` (0 when the wallet has none yet). */
  positionId: number;
}

export function getStakeInstruction(input: StakeInput): TransactionInstruction {
  const { d, a, program } = kitDeployment(input);
  const [staker] = findStakerPda(d.config, input.owner, d.programId);
  const [position, positionBump] = findPositionPda(d.config, input.owner, input.positionId, d.programId);
  return toWeb3Instruction(
    build(
      {
        owner: signerOf(input.owner),
        ...a,
        staker: toAddress(staker),
        position: toAddress(position),
        ownerToken: toAddress(input.ownerToken),
        tokenProgram: toAddress(input.tokenProgram),
        tier: input.tier,
        amount: input.amount,
        positionId: input.positionId,
        positionBump,
      },
      program,
    ),
  );
}
