/**
 * `accept_authority` (17): the key proposed by `update_config` (`authority` or
 * `voteAuthority`) signs to take over; the pending key is cleared. A PDA
 * signs through `invoke_signed` (governance: `getAcceptStakingAuthorityInstruction`,
 * or a proposal action, `stakingAcceptAuthorityAction`).
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { AuthorityKind, getAcceptAuthorityInstruction as build } from '@/lib/programs/generated/staking';
import { type DeploymentInput, kitDeployment, signerOf, toWeb3Instruction } from './shared';

export interface AcceptAuthorityInput extends DeploymentInput {
  /** The config's `pendingAuthority` / `pendingVoteAuthority`. */
  pending: PublicKey;
  which: 'authority' | 'voteAuthority';
}

export function getAcceptAuthorityInstruction(input: AcceptAuthorityInput): TransactionInstruction {
  const { a, program } = kitDeployment(input);
  const which = input.which === 'voteAuthority' ? AuthorityKind.VoteAuthority : AuthorityKind.Authority;
  return toWeb3Instruction(build({ pending: signerOf(input.pending), config: a.config, which }, program));
}
