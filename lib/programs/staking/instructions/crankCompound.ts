/**
 * `crank_compound` (11): anyone compounds positions that opted in; the
 * remaining accounts are pairs of a position and its owner's staker.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getCrankCompoundInstruction as build } from '@/lib/programs/generated/staking';
import { findStakerPda } from '../program';
import { type DeploymentInput, kitDeployment, toAddress, toWeb3Instruction } from './shared';

/** Most pairs one instruction carries (the program keeps 64 accounts). */
export const MAX_CRANK_POSITIONS = 29;

export interface CrankCompoundInput extends DeploymentInput {
  tokenProgram: PublicKey;
  positions: { position: PublicKey; owner: PublicKey }[];
}

export function getCrankCompoundInstruction(input: CrankCompoundInput): TransactionInstruction {
  const { d, a, program } = kitDeployment(input);
  if (input.positions.length === 0 || input.positions.length > MAX_CRANK_POSITIONS) {
    throw new Error(`crank_compound takes 1 to ${MAX_CRANK_POSITIONS} positions`);
  }
  const positionsAndStakers = input.positions.flatMap(({ position, owner }) => [toAddress(position), toAddress(findStakerPda(d.config, owner, d.programId)[0])]);
  return toWeb3Instruction(build({ ...a, tokenProgram: toAddress(input.tokenProgram), positionsAndStakers }, program));
}
