/**
 * `accept_staking_authority` (16): anyone completes a staking hand-over to
 * governance: staking `accept_authority` signed by the authority PDA, which
 * the staking authority must have proposed (`update_config` `authority` /
 * `voteAuthority`). `getHandOverInstructions` sends it with the proposals.
 * Accounts: 0 [] governance config; 1 [] authority PDA; 2 [w] staking config;
 * 3 [] staking program.
 * Data (2): u8 16, u8 which (0 authority, 1 vote authority).
 */
import type { TransactionInstruction } from '@solana/web3.js';
import { GovernanceInstruction, type GovernanceDeploymentInput } from '../program';
import { deployment, instruction, readonly, writable } from './shared';

export interface AcceptStakingAuthorityInput extends GovernanceDeploymentInput {
  which: 'authority' | 'voteAuthority';
}

export function getAcceptStakingAuthorityInstruction(input: AcceptStakingAuthorityInput): TransactionInstruction {
  const d = deployment(input);
  return instruction(
    d.programId,
    [readonly(d.governance), readonly(d.authority), writable(d.stakingConfig), readonly(d.stakingProgramId)],
    [GovernanceInstruction.AcceptStakingAuthority, input.which === 'voteAuthority' ? 1 : 0],
  );
}
