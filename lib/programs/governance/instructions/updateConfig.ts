/**
 * `update_config` (13): changes one governance parameter. Its signer is the
 * authority PDA, which only signs inside `execute`: so this builds a proposal
 * *action* (see `../actions.ts` `governanceConfigAction`), never a transaction
 * a wallet can send.
 * Accounts: 0 [s] authority PDA; 1 [w] governance config.
 * Data: u8 13, u8 field, value (see `GovernanceConfigUpdate`).
 *
 * The guardian changes hands in two steps: `guardian` proposes a key (null
 * cancels the proposal), which takes the role only when it signs
 * `accept_guardian` (`getAcceptGuardianInstruction`); `removeGuardian` removes
 * the guardian and any pending one at once.
 */
import { getI64Encoder, getU16Encoder, getU64Encoder, getU8Encoder } from '@solana/codecs';
import { PublicKey, type TransactionInstruction } from '@solana/web3.js';
import { GovernanceConfigField, GovernanceInstruction, type GovernanceDeploymentInput } from '../program';
import { concat, deployment, instruction, signer, writable } from './shared';

export type GovernanceConfigUpdate =
  | { field: 'quorumBps'; quorumBps: number }
  | { field: 'approvalBps'; approvalBps: number }
  | { field: 'votingPeriodSecs'; votingPeriodSecs: bigint }
  | { field: 'timelockSecs'; timelockSecs: bigint }
  | { field: 'gracePeriodSecs'; gracePeriodSecs: bigint }
  | { field: 'lateQuorumExtensionSecs'; lateQuorumExtensionSecs: bigint }
  | { field: 'minProposalPower'; minProposalPower: bigint }
  | { field: 'minVotePower'; minVotePower: bigint }
  | { field: 'maxActions'; maxActions: number }
  | { field: 'voteWeighting'; voteWeighting: 'linear' | 'quadratic' }
  /** Proposes the next guardian (it must accept); null cancels a pending proposal. */
  | { field: 'guardian'; guardian: PublicKey | null }
  | { field: 'removeGuardian' };

function encodeValue(update: GovernanceConfigUpdate): [GovernanceConfigField, Uint8Array] {
  const u16 = (v: number) => Uint8Array.from(getU16Encoder().encode(v));
  const i64 = (v: bigint) => Uint8Array.from(getI64Encoder().encode(v));
  const u64 = (v: bigint) => Uint8Array.from(getU64Encoder().encode(v));
  const u8 = (v: number) => Uint8Array.from(getU8Encoder().encode(v));
  switch (update.field) {
    case 'quorumBps':
      return [GovernanceConfigField.QuorumBps, u16(update.quorumBps)];
    case 'approvalBps':
      return [GovernanceConfigField.ApprovalBps, u16(update.approvalBps)];
    case 'votingPeriodSecs':
      return [GovernanceConfigField.VotingPeriod, i64(update.votingPeriodSecs)];
    case 'timelockSecs':
      return [GovernanceConfigField.Timelock, i64(update.timelockSecs)];
    case 'gracePeriodSecs':
      return [GovernanceConfigField.GracePeriod, i64(update.gracePeriodSecs)];
    case 'lateQuorumExtensionSecs':
      return [GovernanceConfigField.LateQuorumExtension, i64(update.lateQuorumExtensionSecs)];
    case 'minProposalPower':
      return [GovernanceConfigField.MinProposalPower, u64(update.minProposalPower)];
    case 'minVotePower':
      return [GovernanceConfigField.MinVotePower, u64(update.minVotePower)];
    case 'maxActions':
      return [GovernanceConfigField.MaxActions, u8(update.maxActions)];
    case 'voteWeighting':
      return [GovernanceConfigField.VoteWeighting, u8(update.voteWeighting === 'quadratic' ? 1 : 0)];
    case 'guardian':
      return [GovernanceConfigField.Guardian, (update.guardian ?? new PublicKey(new Uint8Array(32))).toBytes()];
    case 'removeGuardian':
      return [GovernanceConfigField.RemoveGuardian, new Uint8Array()];
  }
}

export function encodeGovernanceUpdateConfigData(update: GovernanceConfigUpdate): Uint8Array {
  const [field, value] = encodeValue(update);
  return concat([GovernanceInstruction.UpdateConfig, field], value);
}

export interface GovernanceUpdateConfigInput extends GovernanceDeploymentInput {
  update: GovernanceConfigUpdate;
}

/** The `update_config` instruction with the authority PDA as signer (a proposal action). */
export function getGovernanceUpdateConfigInstruction(input: GovernanceUpdateConfigInput): TransactionInstruction {
  const d = deployment(input);
  return instruction(d.programId, [signer(d.authority), writable(d.governance)], encodeGovernanceUpdateConfigData(input.update));
}
