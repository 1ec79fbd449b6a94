/**
 * `refresh` (12): anyone settles positions and rewrites their curves with the
 * config's current settings; the remaining accounts are pairs of a position
 * and its owner's staker.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getRefreshInstruction as build } from '@/lib/programs/generated/staking';
import { findStakerPda } from '../program';
import { type DeploymentInput, kitDeployment, toAddress, toWeb3Instruction } from './shared';

export interface RefreshInput extends DeploymentInput {
  positions: { position: PublicKey; owner: PublicKey }[];
}

export function getRefreshInstruction(input: RefreshInput): TransactionInstruction {
  const { d, a, program } = kitDeployment(input);
  if (input.positions.length === 0) throw new Error('refresh takes at least one position');
  const positionsAndStakers = input.positions.flatMap(({ position, owner }) => [toAddress(position), toAddress(findStakerPda(d.config, owner, d.programId)[0])]);
  return toWeb3Instruction(build({ config: a.config, schedule: a.schedule, positionsAndStakers }, program));
}
