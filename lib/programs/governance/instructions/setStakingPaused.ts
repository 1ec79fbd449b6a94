/**
 * `set_staking_paused` (14): the guardian pauses or resumes staking (an
 * emergency stop; exits stay open) through the authority PDA.
 * Accounts: 0 [s] guardian; 1 [] governance config; 2 [] authority PDA;
 * 3 [w] staking config; 4 [] staking program.
 * Data (2): u8 14, u8 paused.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { GovernanceInstruction, type GovernanceDeploymentInput } from '../program';
import { deployment, instruction, readonly, signer, writable } from './shared';

export interface SetStakingPausedInput extends GovernanceDeploymentInput {
  guardian: PublicKey;
  paused: boolean;
}

export function getSetStakingPausedInstruction(input: SetStakingPausedInput): TransactionInstruction {
  const d = deployment(input);
  return instruction(
    d.programId,
    [signer(input.guardian), readonly(d.governance), readonly(d.authority), writable(d.stakingConfig), readonly(d.stakingProgramId)],
    [GovernanceInstruction.SetStakingPaused, input.paused ? 1 : 0],
  );
}
