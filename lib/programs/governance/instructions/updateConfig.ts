/**
 * `update_config` (13): changes one governance parameter (the generated
 * `configUpdate` data enum: field byte, then its value). Its signer is the
 * authority PDA, which only signs inside `execute`: so this builds a proposal
 * *action* (see `../actions.ts` `governanceConfigAction`), never a transaction
 * a wallet can send.
 *
 * The guardian changes hands in two steps: `guardian` proposes a key (null
 * cancels the proposal), which takes the role only when it signs
 * `accept_guardian` (`getAcceptGuardianInstruction`); `removeGuardian` removes
 * the guardian and any pending one at once.
 */
import { PublicKey, type TransactionInstruction } from '@solana/web3.js';
import {
  type ConfigUpdateArgs,
  getUpdateConfigInstruction as build,
  getUpdateConfigInstructionDataEncoder,
  VoteWeighting,
} from '@/lib/programs/generated/governance';
import type { GovernanceDeploymentInput } from '../program';
import { kitDeployment, signerOf, toAddress, toWeb3Instruction } from './shared';

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

/** The app's update as the IDL's `configUpdate` variant. */
function toIdl(update: GovernanceConfigUpdate): ConfigUpdateArgs {
  switch (update.field) {
    case 'quorumBps':
      return { __kind: 'QuorumBps', quorumBps: update.quorumBps };
    case 'approvalBps':
      return { __kind: 'ApprovalBps', approvalBps: update.approvalBps };
    case 'votingPeriodSecs':
      return { __kind: 'VotingPeriod', votingPeriodSecs: update.votingPeriodSecs };
    case 'timelockSecs':
      return { __kind: 'Timelock', timelockSecs: update.timelockSecs };
    case 'gracePeriodSecs':
      return { __kind: 'GracePeriod', gracePeriodSecs: update.gracePeriodSecs };
    case 'lateQuorumExtensionSecs':
      return { __kind: 'LateQuorumExtension', lateQuorumExtensionSecs: update.lateQuorumExtensionSecs };
    case 'minProposalPower':
      return { __kind: 'MinProposalPower', minProposalPower: update.minProposalPower };
    case 'minVotePower':
      return { __kind: 'MinVotePower', minVotePower: update.minVotePower };
    case 'maxActions':
      return { __kind: 'MaxActions', maxActions: update.maxActions };
    case 'voteWeighting':
      return { __kind: 'VoteWeighting', voteWeighting: update.voteWeighting === 'quadratic' ? VoteWeighting.Quadratic : VoteWeighting.Linear };
    case 'guardian':
      return { __kind: 'Guardian', guardian: toAddress(update.guardian ?? PublicKey.default) };
    case 'removeGuardian':
      return { __kind: 'RemoveGuardian' };
  }
}

export function encodeGovernanceUpdateConfigData(update: GovernanceConfigUpdate): Uint8Array {
  return Uint8Array.from(getUpdateConfigInstructionDataEncoder().encode({ update: toIdl(update) }));
}

export interface GovernanceUpdateConfigInput extends GovernanceDeploymentInput {
  update: GovernanceConfigUpdate;
}

/** The `update_config` instruction with the authority PDA as signer (a proposal action). */
export function getGovernanceUpdateConfigInstruction(input: GovernanceUpdateConfigInput): TransactionInstruction {
  const { d, a, program } = kitDeployment(input);
  return toWeb3Instruction(build({ authority: signerOf(d.authority), governance: a.governance, update: toIdl(input.update) }, program));
}
