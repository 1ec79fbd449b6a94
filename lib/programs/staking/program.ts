/**
 * Staking program interface for the app: id, the IDL's enums (generated),
 * seeds, PDAs and constants, mirroring `programs/staking/src/interface/`.
 * PDAs use web3.js 1.x `PublicKey` (the web app's wallet stack) and are
 * derived synchronously, so the builders stay synchronous.
 */
import { PublicKey } from '@solana/web3.js';
import { LOCALNET_PROGRAM_IDS } from '@/lib/config/programs';
import { textSeed, u32Seed } from '../shared/seeds';

/** The IDL's instruction enum (its values are the discriminators), and its enums of `Config.penalty_destination` and `accept_authority`'s `which`. */
export { StakingInstruction } from '@/lib/programs/generated/staking/programs/staking';
export { AuthorityKind } from '@/lib/programs/generated/staking/types/authorityKind';
export { PenaltyDestination } from '@/lib/programs/generated/staking/types/penaltyDestination';

/** Localnet id (programs/keys/staking-keypair.json). Builders take another via `programId`. */
export const STAKING_PROGRAM_ID = new PublicKey(LOCALNET_PROGRAM_IDS.staking);

/** `update_config` fields (second data byte: the index of the IDL's `configUpdate` variant). */
export enum ConfigField {
  SetPaused = 0,
  /** Proposes the next authority (all zero cancels); it takes over with `accept_authority`. */
  SetAuthority = 1,
  /** Proposes the next vote authority (all zero cancels); likewise. */
  SetVoteAuthority = 2,
  SetPenaltyDestination = 3,
  SetTiers = 4,
  SetPenaltyBps = 5,
  SetStakeLimits = 6,
  SetBoosters = 7,
  SetDripPeriod = 8,
}

export const CONFIG_SEED = 'config';
export const STAKE_VAULT_SEED = 'stake_vault';
export const REWARD_VAULT_SEED = 'reward_vault';
export const STAKER_SEED = 'staker';
export const POSITION_SEED = 'position';
export const SCHEDULE_SEED = 'schedule';
/** Bytes of a schedule's header and full ring (`interface/state/schedule.rs` HISTORY_OFFSET): a complete schedule is at least this long. */
export const SCHEDULE_RING_END = 23_480;

/** Basis points in 1.0. */
export const BPS = 10_000n;
/** Fixed-point scale of the reward accumulator. */
export const ACC_SCALE = 1_000_000_000_000_000_000n;
/** Token decimals and one whole token in base units. */
export const TOKEN_DECIMALS = 9;
export const TOKEN = 1_000_000_000n;
export const DAY_SECS = 86_400n;
export const YEAR_SECS = 365n * DAY_SECS;
export const TIER_COUNT = 5;
/** Furthest `lock_for_vote` may reach past now. */
export const MAX_VOTE_LOCK_SECS = 90n * DAY_SECS;
/** Longest reward stream. */
export const MAX_STREAM_SECS = 2n * YEAR_SECS;
/** `view_position` return data length. */
export const VIEW_POSITION_LEN = 48;

/** `["config", mint]`. */
export function findConfigPda(mint: PublicKey, programId = STAKING_PROGRAM_ID): [PublicKey, number] {
  return PublicKey.findProgramAddressSync([textSeed(CONFIG_SEED), mint.toBuffer()], programId);
}

/** `["stake_vault", config]`. */
export function findStakeVaultPda(config: PublicKey, programId = STAKING_PROGRAM_ID): [PublicKey, number] {
  return PublicKey.findProgramAddressSync([textSeed(STAKE_VAULT_SEED), config.toBuffer()], programId);
}

/** `["reward_vault", config]`. */
export function findRewardVaultPda(config: PublicKey, programId = STAKING_PROGRAM_ID): [PublicKey, number] {
  return PublicKey.findProgramAddressSync([textSeed(REWARD_VAULT_SEED), config.toBuffer()], programId);
}

/** `["staker", config, owner]`. */
export function findStakerPda(config: PublicKey, owner: PublicKey, programId = STAKING_PROGRAM_ID): [PublicKey, number] {
  return PublicKey.findProgramAddressSync([textSeed(STAKER_SEED), config.toBuffer(), owner.toBuffer()], programId);
}

/** `["position", config, owner, id as u32 LE]`. */
export function findPositionPda(
  config: PublicKey,
  owner: PublicKey,
  id: number,
  programId = STAKING_PROGRAM_ID,
): [PublicKey, number] {
  return PublicKey.findProgramAddressSync([textSeed(POSITION_SEED), config.toBuffer(), owner.toBuffer(), u32Seed(id)], programId);
}

/** `["schedule", config]`: the ring of scheduled weight drops and the accumulator history. */
export function findSchedulePda(config: PublicKey, programId = STAKING_PROGRAM_ID): [PublicKey, number] {
  return PublicKey.findProgramAddressSync([textSeed(SCHEDULE_SEED), config.toBuffer()], programId);
}

/** Every address of one staking deployment (one mint). */
export interface StakingAddresses {
  programId: PublicKey;
  mint: PublicKey;
  config: PublicKey;
  stakeVault: PublicKey;
  rewardVault: PublicKey;
  schedule: PublicKey;
}

export function stakingAddresses(mint: PublicKey, programId = STAKING_PROGRAM_ID): StakingAddresses {
  const [config] = findConfigPda(mint, programId);
  const [stakeVault] = findStakeVaultPda(config, programId);
  const [rewardVault] = findRewardVaultPda(config, programId);
  const [schedule] = findSchedulePda(config, programId);
  return { programId, mint, config, stakeVault, rewardVault, schedule };
}
