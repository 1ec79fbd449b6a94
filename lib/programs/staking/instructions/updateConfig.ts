/**
 * `update_config` (1): the authority changes one parameter group (the
 * generated `configUpdate` data enum: field byte, then its value).
 *
 * `authority` and `voteAuthority` only propose the key (null cancels a pending
 * proposal): it takes over when it signs `accept_authority`
 * (`getAcceptAuthorityInstruction`); until then the current authority keeps
 * every power.
 */
import { PublicKey, type TransactionInstruction } from '@solana/web3.js';
import {
  type ConfigUpdateArgs,
  getUpdateConfigInstruction as build,
  getUpdateConfigInstructionDataEncoder,
  PenaltyDestination,
} from '@/lib/programs/generated/staking';
import { TIER_COUNT } from '../program';
import { type DeploymentInput, kitDeployment, signerOf, toAddress, toWeb3Instruction } from './shared';

export type ConfigUpdate =
  | { field: 'paused'; paused: boolean }
  /** Proposes the next authority; null cancels the pending proposal. */
  | { field: 'authority'; authority: PublicKey | null }
  /** Proposes the next vote authority; null cancels the pending proposal. */
  | { field: 'voteAuthority'; voteAuthority: PublicKey | null }
  | { field: 'penaltyDestination'; destination: 'recycle' | 'burn' }
  | { field: 'penaltyDestination'; destination: 'treasury'; treasury: PublicKey }
  /** Exactly 5 tiers: tier 0 lock 0, locks increasing ≤ 4 years, multipliers non-decreasing in [10_000, 50_000]. */
  | { field: 'tiers'; tiers: { lockSecs: bigint; multiplierBps: number }[] }
  | { field: 'penaltyBps'; penaltyBps: number }
  | { field: 'stakeLimits'; minStake: bigint; maxStakePerWallet: bigint }
  | {
      field: 'boosters';
      longLockBps: number;
      voterBps: number;
      participationBps: number;
      longLockMinSecs: bigint;
      voterBoostSecs: bigint;
      participationWindowSecs: bigint;
    }
  /** 1 day ..= 90 days; the next deposit or recycled penalty spreads over it. */
  | { field: 'dripPeriod'; dripPeriodSecs: bigint };

const DESTINATIONS = { recycle: PenaltyDestination.Recycle, treasury: PenaltyDestination.Treasury, burn: PenaltyDestination.Burn };

/** The app's update as the IDL's `configUpdate` variant. */
function toIdl(update: ConfigUpdate): ConfigUpdateArgs {
  switch (update.field) {
    case 'paused':
      return { __kind: 'SetPaused', paused: update.paused };
    case 'authority':
      return { __kind: 'SetAuthority', authority: toAddress(update.authority ?? PublicKey.default) };
    case 'voteAuthority':
      return { __kind: 'SetVoteAuthority', voteAuthority: toAddress(update.voteAuthority ?? PublicKey.default) };
    case 'penaltyDestination':
      return { __kind: 'SetPenaltyDestination', destination: DESTINATIONS[update.destination] };
    case 'tiers':
      if (update.tiers.length !== TIER_COUNT) throw new Error(`expected ${TIER_COUNT} tiers`);
      return { __kind: 'SetTiers', tiers: update.tiers.map(({ lockSecs, multiplierBps }) => ({ lockSecs, multiplierBps })) };
    case 'penaltyBps':
      return { __kind: 'SetPenaltyBps', penaltyBps: update.penaltyBps };
    case 'stakeLimits':
      return { __kind: 'SetStakeLimits', minStake: update.minStake, maxStakePerWallet: update.maxStakePerWallet };
    case 'boosters': {
      const { field: _, ...boosters } = update;
      return { __kind: 'SetBoosters', ...boosters };
    }
    case 'dripPeriod':
      return { __kind: 'SetDripPeriod', dripPeriodSecs: update.dripPeriodSecs };
  }
}

/** The instruction data for `update`. */
export function encodeUpdateConfigData(update: ConfigUpdate): Uint8Array {
  return Uint8Array.from(getUpdateConfigInstructionDataEncoder().encode({ update: toIdl(update) }));
}

export interface UpdateConfigInput extends DeploymentInput {
  authority: PublicKey;
  update: ConfigUpdate;
}

export function getUpdateConfigInstruction(input: UpdateConfigInput): TransactionInstruction {
  const { a, program } = kitDeployment(input);
  const { update } = input;
  const treasury = update.field === 'penaltyDestination' && update.destination === 'treasury' ? toAddress(update.treasury) : undefined;
  return toWeb3Instruction(build({ authority: signerOf(input.authority), config: a.config, treasury, update: toIdl(update) }, program));
}
