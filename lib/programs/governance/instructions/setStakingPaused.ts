/**
 * `set_staking_paused` (14): the guardian pauses or resumes staking (an
 * emergency stop; exits stay open) through the authority PDA.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getSetStakingPausedInstruction as build } from '@/lib/programs/generated/governance';
import type { GovernanceDeploymentInput } from '../program';
import { kitDeployment, signerOf, toWeb3Instruction } from './shared';

export interface SetStakingPausedInput extends GovernanceDeploymentInput {
  guardian: PublicKey;
  paused: boolean;
}

export function getSetStakingPausedInstruction(input: SetStakingPausedInput): TransactionInstruction {
  const { a, program } = kitDeployment(input);
  return toWeb3Instruction(build({ guardian: signerOf(input.guardian), ...a, paused: input.paused }, program));
}
