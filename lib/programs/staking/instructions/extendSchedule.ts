/**
 * `extend_schedule` (15): anyone grows the schedule by up to 10,240 bytes and
 * pays its rent: toward the full ring first, then whole history days.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getExtendScheduleInstruction as build } from '@/lib/programs/generated/staking';
import { type DeploymentInput, kitDeployment, signerOf, toWeb3Instruction } from './shared';

export interface ExtendScheduleInput extends DeploymentInput {
  payer: PublicKey;
}

export function getExtendScheduleInstruction(input: ExtendScheduleInput): TransactionInstruction {
  const { a, program } = kitDeployment(input);
  return toWeb3Instruction(build({ payer: signerOf(input.payer), config: a.config, schedule: a.schedule }, program));
}
