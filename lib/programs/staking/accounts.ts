/**
 * Staking accounts as the app reads them: the generated decoders
 * (`lib/programs/generated/staking`, from the IDL) behind the checks the
 * program makes (length, discriminator), turned into app types: bigint
 * amounts, `Date` times, tier names, web3.js `PublicKey` addresses. Raw unix
 * seconds are kept beside the dates (`…Ts`) because the projections need
 * exact integers.
 */
import type { PositionCurve } from './schedule';
import type { ReadonlyUint8Array } from '@solana/kit';
import { PublicKey } from '@solana/web3.js';
import {
  getPositionDecoder,
  getPositionViewDecoder,
  getStakerDecoder,
  getStakingConfigDecoder,
  PenaltyDestination,
} from '@/lib/programs/generated/staking';
import { expectAccount } from '../shared/accounts';
import { date, key } from '../shared/codecs';

export const CONFIG_DISCRIMINATOR = 1;
export const POSITION_DISCRIMINATOR = 2;
export const STAKER_DISCRIMINATOR = 3;
/** Layout v2 (the pending authorities at 544 and 576); a 560-byte config from before does not decode. */
export const CONFIG_LEN = 640;
export const POSITION_LEN = 216;
export const STAKER_LEN = 128;

/**
 * Byte offsets other programs and indexers read (e.g. `getProgramAccounts`
 * memcmp filters): `POSITION_OFFSETS.owner` filters a wallet's positions.
 *
 * A position's current voting power from the raw bytes (programs/staking/src/
 * interface/state/position.rs; `effectiveVotingPower` in position-rewards.ts):
 * `tier != 0 && now >= lockEnd ? amount × fallMultiplierBps (u16) / 10_000 :
 * votingPower` (lockEnd is a 00:00 UTC boundary).
 */
export const POSITION_OFFSETS = {
  discriminator: 0,
  tier: 3,
  autoCompound: 4,
  multiplierBps: 6,
  owner: 8,
  config: 40,
  id: 72,
  boostBps: 76,
  amount: 80,
  lockStart: 88,
  lockEnd: 96,
  votingPower: 104,
  rewardWeight: 112,
  rewardDebt: 120,
  unclaimed: 136,
  voteLockedUntil: 144,
  voterBoostUntil: 152,
  lastActivity: 160,
  rewardsPaid: 168,
  fallMultiplierBps: 78,
  curveLongLockBps: 176,
  curveVoterBps: 178,
  curveParticipationBps: 180,
  participationEnd: 184,
  settledAt: 192,
} as const;

export const STAKER_OFFSETS = {
  discriminator: 0,
  owner: 8,
  config: 40,
  totalAmount: 72,
  votingPower: 80,
  nextPositionId: 88,
  openPositions: 92,
} as const;

/** `config.tiers[0].multiplier_bps` (u16): the no-lock multiplier, what a lock written now falls to at its end (stored per position as `fallMultiplierBps`). */
export const TIER0_MULTIPLIER_OFFSET = 240;

export const CONFIG_OFFSETS = {
  discriminator: 0,
  authority: 8,
  voteAuthority: 40,
  mint: 72,
  tiers: 232,
  penaltyBps: 312,
  minStake: 344,
  maxStakePerWallet: 352,
  totalStaked: 360,
  totalVotingPower: 368,
  totalRewardWeight: 376,
  accRewardPerWeight: 384,
  streamRemaining: 416,
  dripRemaining: 512,
  dripEnd: 520,
  dripPeriodSecs: 528,
  syncedDay: 536,
  pendingAuthority: 544,
  pendingVoteAuthority: 576,
} as const;

/** The drip period a config from before the field (0) reads as (`defaults::DRIP_PERIOD_SECS`). */
export const DEFAULT_DRIP_PERIOD_SECS = 7n * 86_400n;

/** `0` (never set) → null. */
const optionalDate = (secs: bigint) => (secs > 0n ? date(secs) : null);
/** All zero (none) → null. */
const optionalKey = (k: Parameters<typeof key>[0]) => {
  const pubkey = key(k);
  return pubkey.equals(PublicKey.default) ? null : pubkey;
};

// ---------------------------------------------------------------- tiers

export interface Tier {
  index: number;
  name: string;
  lockSecs: bigint;
  multiplierBps: number;
}

/** "No lock", "7 days", "6 months"… from a lock length. */
export function tierName(lockSecs: bigint): string {
  if (lockSecs <= 0n) return 'No lock';
  const days = lockSecs / 86_400n;
  if (days * 86_400n !== lockSecs) return `${lockSecs} s`;
  return days === 1n ? '1 day' : `${days} days`;
}

// ---------------------------------------------------------------- config

export interface StakingConfig {
  version: number;
  bump: number;
  paused: boolean;
  penaltyDestination: 'recycle' | 'treasury' | 'burn';
  decimals: number;
  authority: PublicKey;
  voteAuthority: PublicKey;
  /**
   * Proposed by `update_config` (`authority` / `voteAuthority`); takes over when
   * it signs `accept_authority`. null: no hand-over pending.
   */
  pendingAuthority: PublicKey | null;
  pendingVoteAuthority: PublicKey | null;
  mint: PublicKey;
  tokenProgram: PublicKey;
  stakeVault: PublicKey;
  rewardVault: PublicKey;
  /** The treasury token account, when penalties go to the treasury. */
  treasury: PublicKey | null;
  tiers: Tier[];
  penaltyBps: number;
  boosters: {
    longLockBps: number;
    voterBps: number;
    participationBps: number;
    longLockMinSecs: bigint;
    voterBoostSecs: bigint;
    participationWindowSecs: bigint;
  };
  minStake: bigint;
  maxStakePerWallet: bigint;
  totalStaked: bigint;
  totalVotingPower: bigint;
  totalRewardWeight: bigint;
  accRewardPerWeight: bigint;
  undistributedScaled: bigint;
  /** The season stream (`fund_stream`); `lastUpdateTs` is also the drip's. */
  stream: { remaining: bigint; end: Date; endTs: bigint; lastUpdateTs: bigint };
  /**
   * The drip: deposits and recycled penalties not yet released, spread evenly
   * until `endTs`; each inflow re-spreads it over `periodSecs` from then.
   */
  drip: { remaining: bigint; end: Date; endTs: bigint; periodSecs: bigint };
  totalFunded: bigint;
  totalClaimed: bigint;
  totalCompounded: bigint;
  totalPenalties: bigint;
  openPositions: number;
  stakers: number;
  /** Day (unix / 86,400) of the last 00:00 UTC boundary the schedule crossed (`sync`). */
  syncedDay: number;
}

const DESTINATIONS = {
  [PenaltyDestination.Recycle]: 'recycle',
  [PenaltyDestination.Treasury]: 'treasury',
  [PenaltyDestination.Burn]: 'burn',
} as const;
/** Where the config keeps its penalty destination (checked before decoding: the enum decoder's own error names no field). */
const PENALTY_DESTINATION_OFFSET = 6;

/** Decodes config data; throws on a wrong length or discriminator. */
export function decodeConfig(data: ReadonlyUint8Array): StakingConfig {
  expectAccount(data, CONFIG_LEN, CONFIG_DISCRIMINATOR, 'not a staking config account');
  const destination = DESTINATIONS[data[PENALTY_DESTINATION_OFFSET] as PenaltyDestination];
  if (!destination) throw new Error(`unknown penalty destination ${data[PENALTY_DESTINATION_OFFSET]}`);
  const r = getStakingConfigDecoder().decode(data);
  return {
    version: r.version,
    bump: r.bump,
    paused: r.paused,
    penaltyDestination: destination,
    decimals: r.decimals,
    authority: key(r.authority),
    voteAuthority: key(r.voteAuthority),
    pendingAuthority: optionalKey(r.pendingAuthority),
    pendingVoteAuthority: optionalKey(r.pendingVoteAuthority),
    mint: key(r.mint),
    tokenProgram: key(r.tokenProgram),
    stakeVault: key(r.stakeVault),
    rewardVault: key(r.rewardVault),
    treasury: destination === 'treasury' ? key(r.treasury) : null,
    tiers: r.tiers.map((t, index) => ({
      index,
      name: tierName(t.lockSecs),
      lockSecs: t.lockSecs,
      multiplierBps: t.multiplierBps,
    })),
    penaltyBps: r.penaltyBps,
    boosters: {
      longLockBps: r.longLockBps,
      voterBps: r.voterBps,
      participationBps: r.participationBps,
      longLockMinSecs: r.longLockMinSecs,
      voterBoostSecs: r.voterBoostSecs,
      participationWindowSecs: r.participationWindowSecs,
    },
    minStake: r.minStake,
    maxStakePerWallet: r.maxStakePerWallet,
    totalStaked: r.totalStaked,
    totalVotingPower: r.totalVotingPower,
    totalRewardWeight: r.totalRewardWeight,
    accRewardPerWeight: r.accRewardPerWeight,
    undistributedScaled: r.undistributedScaled,
    stream: { remaining: r.streamRemaining, end: date(r.streamEnd), endTs: r.streamEnd, lastUpdateTs: r.streamLastUpdate },
    drip: {
      remaining: r.dripRemaining,
      end: date(r.dripEnd),
      endTs: r.dripEnd,
      periodSecs: r.dripPeriodSecs === 0n ? DEFAULT_DRIP_PERIOD_SECS : r.dripPeriodSecs,
    },
    totalFunded: r.totalFunded,
    totalClaimed: r.totalClaimed,
    totalCompounded: r.totalCompounded,
    totalPenalties: r.totalPenalties,
    openPositions: r.openPositions,
    stakers: r.stakers,
    syncedDay: r.syncedDay,
  };
}

// ---------------------------------------------------------------- position

export interface StakePosition {
  bump: number;
  owner: PublicKey;
  config: PublicKey;
  id: number;
  /** Tier index 0..4 and its name under the default tiers (`tierName` of the config's tier for the live one). */
  tier: number;
  tierName: string;
  amount: bigint;
  lockStart: Date;
  /** When the lock ends: unstaking is free from then on. */
  unlockAt: Date;
  /**
   * Multiplier at the last write: the tier's while the lock runs, the no-lock
   * tier's once an ended lock was recomputed. Current: `effectiveMultiplierBps`.
   */
  multiplierBps: number;
  boostBps: number;
  /**
   * Stored voting power (`amount × multiplierBps`); for an ended lock not yet
   * recomputed it still holds the lock's multiplier. Current: `effectiveVotingPower`.
   */
  votingPower: bigint;
  /** Stored reward weight: what the position earns at until it is next written. */
  rewardWeight: bigint;
  rewardDebt: bigint;
  unclaimed: bigint;
  /** No unstaking before this (a governance vote); null when never locked. */
  voteLockedUntil: Date | null;
  voterBoostUntil: Date | null;
  lastActivity: Date;
  rewardsPaid: bigint;
  autoCompound: boolean;
  lockStartTs: bigint;
  lockEndTs: bigint;
  voteLockedUntilTs: bigint;
  voterBoostUntilTs: bigint;
  lastActivityTs: bigint;
  /**
   * What the position counts and earns at between its writes (layout v2): its
   * weight falls on 00:00 UTC boundaries only (lock end, booster ends), and
   * the program's schedule drops the totals there with no write. Current
   * values: `curveVotingPowerAt(position.curve, now)`, `curveRewardWeightAt`.
   */
  curve: PositionCurve;
  /** When its rewards were last settled (`rewardDebt` is the accumulator then). */
  settledAtTs: bigint;
}

/** Tier names under the default tiers, by index. */
export const DEFAULT_TIER_NAMES = ['No lock', '7 days', '30 days', '90 days', '180 days'] as const;

/** Decodes position data; throws on a wrong length or discriminator. */
export function decodePosition(data: ReadonlyUint8Array): StakePosition {
  expectAccount(data, POSITION_LEN, POSITION_DISCRIMINATOR, 'not a staking position');
  const r = getPositionDecoder().decode(data);
  return {
    bump: r.bump,
    owner: key(r.owner),
    config: key(r.config),
    id: r.id,
    tier: r.tier,
    tierName: DEFAULT_TIER_NAMES[r.tier] ?? `Tier ${r.tier}`,
    amount: r.amount,
    lockStart: date(r.lockStart),
    unlockAt: date(r.lockEnd),
    multiplierBps: r.multiplierBps,
    boostBps: r.boostBps,
    votingPower: r.votingPower,
    rewardWeight: r.rewardWeight,
    rewardDebt: r.rewardDebt,
    unclaimed: r.unclaimed,
    voteLockedUntil: optionalDate(r.voteLockedUntil),
    voterBoostUntil: optionalDate(r.voterBoostUntil),
    lastActivity: date(r.lastActivity),
    rewardsPaid: r.rewardsPaid,
    autoCompound: r.autoCompound,
    lockStartTs: r.lockStart,
    lockEndTs: r.lockEnd,
    voteLockedUntilTs: r.voteLockedUntil,
    voterBoostUntilTs: r.voterBoostUntil,
    lastActivityTs: r.lastActivity,
    curve: {
      amount: r.amount,
      hasLock: r.tier !== 0,
      multiplierBps: r.multiplierBps,
      fallMultiplierBps: r.fallMultiplierBps,
      lockEnd: r.lockEnd,
      longLockBps: r.curveLongLockBps,
      voterBps: r.curveVoterBps,
      voterUntil: r.voterBoostUntil,
      participationBps: r.curveParticipationBps,
      participationUntil: r.participationEnd,
    },
    settledAtTs: r.settledAt,
  };
}

// ---------------------------------------------------------------- staker

export interface Staker {
  bump: number;
  owner: PublicKey;
  config: PublicKey;
  /** Σ staked amount of the wallet's positions (counts against the per-wallet maximum). */
  totalAmount: bigint;
  /** Σ voting power of the wallet's positions. */
  votingPower: bigint;
  nextPositionId: number;
  openPositions: number;
}

/** Decodes staker data; throws on a wrong length or discriminator. */
export function decodeStaker(data: ReadonlyUint8Array): Staker {
  expectAccount(data, STAKER_LEN, STAKER_DISCRIMINATOR, 'not a staker record');
  const r = getStakerDecoder().decode(data);
  return {
    bump: r.bump,
    owner: key(r.owner),
    config: key(r.config),
    totalAmount: r.totalAmount,
    votingPower: r.votingPower,
    nextPositionId: r.nextPositionId,
    openPositions: r.openPositions,
  };
}

// ---------------------------------------------------------------- view_position

export interface PositionView {
  /** What `claim` would pay now: unclaimed + accrued. */
  pending: bigint;
  /** Current voting power (an ended lock's at the no-lock multiplier, refreshed or not). */
  votingPower: bigint;
  /** Stored reward weight. */
  rewardWeight: bigint;
  /** The reward weight a recompute now would store (what `refresh` would write). */
  refreshedWeight: bigint;
  boostBps: number;
  unlockAt: Date;
  unlockAtTs: bigint;
}

/** Decodes `view_position` return data (48 bytes). */
export function decodePositionView(data: ReadonlyUint8Array): PositionView {
  if (data.length !== 48) throw new Error(`view_position returned ${data.length} bytes, expected 48`);
  const r = getPositionViewDecoder().decode(data);
  return {
    pending: r.pending,
    votingPower: r.votingPower,
    rewardWeight: r.rewardWeight,
    refreshedWeight: r.refreshedWeight,
    boostBps: r.boostBps,
    unlockAt: date(r.unlockAt),
    unlockAtTs: r.unlockAt,
  };
}

// ---------------------------------------------------------------- queries

/** `getProgramAccounts` filters (web3.js shape) for a wallet's positions under a config. */
export function positionFilters(owner: PublicKey, config: PublicKey) {
  return [
    { dataSize: POSITION_LEN },
    { memcmp: { offset: POSITION_OFFSETS.discriminator, bytes: bs58Byte(POSITION_DISCRIMINATOR) } },
    { memcmp: { offset: POSITION_OFFSETS.owner, bytes: owner.toBase58() } },
    { memcmp: { offset: POSITION_OFFSETS.config, bytes: config.toBase58() } },
  ];
}

/** `getProgramAccounts` filters for every position under a config (cranks, analytics). */
export function allPositionFilters(config: PublicKey) {
  return [
    { dataSize: POSITION_LEN },
    { memcmp: { offset: POSITION_OFFSETS.discriminator, bytes: bs58Byte(POSITION_DISCRIMINATOR) } },
    { memcmp: { offset: POSITION_OFFSETS.config, bytes: config.toBase58() } },
  ];
}

/** Base58 of a single byte 0..57 (the discriminators): one digit of the alphabet. */
function bs58Byte(value: number): string {
  return '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'[value]!;
}
