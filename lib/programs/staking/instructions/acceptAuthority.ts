/**
 * `accept_authority` (17): the key proposed by `update_config` (`authority` or
 * `voteAuthority`) signs to take over; the pending key is cleared. A PDA
 * signs through `invoke_signed` (governance: `getAcceptStakingAuthorityInstruction`,
 * or a proposal action, `stakingAcceptAuthorityAction`).
 * Accounts: 0 [s] the pending key; 1 [w] config.
 * Data (2): u8 17, u8 which (0 authority, 1 vote authority).
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { AuthorityKind, StakingInstruction } from '../program';
import { type DeploymentInput, deployment, instruction, signer, writable } from './shared';

export interface AcceptAuthorityInput extends DeploymentInput {
  /** The config's `pendingAuthority` / `pendingVoteAuthority`. */
  pending: PublicKey;
  which: 'authority' | 'voteAuthority';
}

export function getAcceptAuthorityInstruction(input: AcceptAuthorityInput): TransactionInstruction {
  const d = deployment(input);
  const which = input.which === 'voteAuthority' ? AuthorityKind.VoteAuthority : AuthorityKind.Authority;
  return instruction(d.programId, [signer(input.pending), writable(d.config)], [StakingInstruction.AcceptAuthority, which]);
}
