/**
 * `accept_staking_authority` (16): anyone completes a staking hand-over to
 * governance: staking `accept_authority` signed by the authority PDA, which
 * the staking authority must have proposed (`update_config` `authority` /
 * `voteAuthority`). `getHandOverInstructions` sends it with the proposals.
 */
import type { TransactionInstruction } from '@solana/web3.js';
import { getAcceptStakingAuthorityInstruction as build, StakingAuthorityKind } from '@/lib/programs/generated/governance';
import type { GovernanceDeploymentInput } from '../program';
import { kitDeployment, toWeb3Instruction } from './shared';

export interface AcceptStakingAuthorityInput extends GovernanceDeploymentInput {
  which: 'authority' | 'voteAuthority';
}

export function getAcceptStakingAuthorityInstruction(input: AcceptStakingAuthorityInput): TransactionInstruction {
  const { a, program } = kitDeployment(input);
  const which = input.which === 'voteAuthority' ? StakingAuthorityKind.VoteAuthority : StakingAuthorityKind.Authority;
  return toWeb3Instruction(build({ ...a, which }, program));
}
