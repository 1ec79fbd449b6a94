/**
 * `update_config` (1): the authority changes one parameter group.
 * Accounts: 0 [s] authority; 1 [w] config; 2 [] treasury token account (only
 * when setting the penalty destination to the treasury).
 * Data: u8 1, u8 field, then the field's value (see `ConfigUpdate`).
 *
 * `authority` and `voteAuthority` only propose the key (null cancels a pending
 * proposal): it takes over when it signs `accept_authority`
 * (`getAcceptAuthorityInstruction`); until then the current authority keeps
 * every power.
 */
import {
  getArrayEncoder,
  getBooleanEncoder,
  getI64Encoder,
  getStructEncoder,
  getU16Encoder,
  getU64Encoder,
  getU8Encoder,
  fixEncoderSize,
  getBytesEncoder,
  type Encoder,
} from '@solana/codecs';
import { PublicKey, type TransactionInstruction } from '@solana/web3.js';
import { ConfigField, PenaltyDestination, StakingInstruction, TIER_COUNT } from '../program';
import { concat, type DeploymentInput, deployment, instruction, readonly, signer, writable } from './shared';

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

const header = (field: ConfigField) =>
  getStructEncoder([
    ['discriminator', getU8Encoder()],
    ['field', getU8Encoder()],
  ]).encode({ discriminator: StakingInstruction.UpdateConfig, field });

const key = fixEncoderSize(getBytesEncoder(), 32);

function encodeValue(update: ConfigUpdate): [ConfigField, Uint8Array] {
  const enc = <T>(e: Encoder<T>, v: T) => Uint8Array.from(e.encode(v));
  switch (update.field) {
    case 'paused':
      return [ConfigField.SetPaused, enc(getBooleanEncoder(), update.paused)];
    case 'authority':
      return [ConfigField.SetAuthority, enc(key, (update.authority ?? PublicKey.default).toBytes())];
    case 'voteAuthority':
      return [ConfigField.SetVoteAuthority, enc(key, (update.voteAuthority ?? PublicKey.default).toBytes())];
    case 'penaltyDestination': {
      const value = { recycle: PenaltyDestination.Recycle, treasury: PenaltyDestination.Treasury, burn: PenaltyDestination.Burn }[
        update.destination
      ];
      return [ConfigField.SetPenaltyDestination, enc(getU8Encoder(), value)];
    }
    case 'tiers':
      if (update.tiers.length !== TIER_COUNT) throw new Error(`expected ${TIER_COUNT} tiers`);
      return [
        ConfigField.SetTiers,
        enc(
          getArrayEncoder(
            getStructEncoder([
              ['lockSecs', getI64Encoder()],
              ['multiplierBps', getU16Encoder()],
            ]),
            { size: TIER_COUNT },
          ),
          update.tiers,
        ),
      ];
    case 'penaltyBps':
      return [ConfigField.SetPenaltyBps, enc(getU16Encoder(), update.penaltyBps)];
    case 'stakeLimits':
      return [
        ConfigField.SetStakeLimits,
        enc(
          getStructEncoder([
            ['minStake', getU64Encoder()],
            ['maxStakePerWallet', getU64Encoder()],
          ]),
          update,
        ),
      ];
    case 'boosters':
      return [
        ConfigField.SetBoosters,
        enc(
          getStructEncoder([
            ['longLockBps', getU16Encoder()],
            ['voterBps', getU16Encoder()],
            ['participationBps', getU16Encoder()],
            ['longLockMinSecs', getI64Encoder()],
            ['voterBoostSecs', getI64Encoder()],
            ['participationWindowSecs', getI64Encoder()],
          ]),
          update,
        ),
      ];
    case 'dripPeriod':
      return [ConfigField.SetDripPeriod, enc(getI64Encoder(), update.dripPeriodSecs)];
  }
}

/** The instruction data for `update`. */
export function encodeUpdateConfigData(update: ConfigUpdate): Uint8Array {
  const [field, value] = encodeValue(update);
  return concat(header(field), value);
}

export interface UpdateConfigInput extends DeploymentInput {
  authority: PublicKey;
  update: ConfigUpdate;
}

export function getUpdateConfigInstruction(input: UpdateConfigInput): TransactionInstruction {
  const d = deployment(input);
  const keys = [signer(input.authority), writable(d.config)];
  if (input.update.field === 'penaltyDestination' && input.update.destination === 'treasury') {
    keys.push(readonly(input.update.treasury));
  }
  return instruction(d.programId, keys, encodeUpdateConfigData(input.update));
}
