/**
 * `view_position` (14): read-only; return data = the position at now
 * (`decodePositionView`). Simulate it rather than sending it.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getViewPositionInstruction as build } from '@/lib/programs/generated/staking';
import { type DeploymentInput, kitDeployment, toAddress, toWeb3Instruction } from './shared';

export interface ViewPositionInput extends DeploymentInput {
  position: PublicKey;
}

export function getViewPositionInstruction(input: ViewPositionInput): TransactionInstruction {
  const { a, program } = kitDeployment(input);
  return toWeb3Instruction(build({ config: a.config, schedule: a.schedule, position: toAddress(input.position) }, program));
}
