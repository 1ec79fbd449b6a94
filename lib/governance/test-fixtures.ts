/** Decoded accounts for the unit tests of lib/governance (no chain). */
import { PublicKey } from '@solana/web3.js';
import { type GovernanceConfig, governanceAddresses, type Proposal } from '@/lib/programs/governance';
import { type MakersConfig, MAKERS_DEFAULTS } from '@/lib/programs/makers';
import { dayCeil, type StakingConfig } from '@/lib/programs/staking';
import type { Position } from '@/lib/staking/types';

export const K = 1_000_000_000n;
export const DAY = 86_400n;
export const NOW = 1_780_000_000n;
export const MINT = new PublicKey('42PHAkn3bvcr5jsME3fGzpMb4eFNn7HtjKDhzXqis9Tg');
export const ADDRESSES = governanceAddresses({ mint: MINT });

const key = (n: number) => new PublicKey(Uint8Array.from({ length: 32 }, (_, i) => (i === 0 ? n : 7)));

export function stakingConfig(over: Partial<StakingConfig> = {}): StakingConfig {
  return {
    version: 1,
    bump: 255,
    paused: false,
    penaltyDestination: 'recycle',
    decimals: 9,
    authority: ADDRESSES.authority,
    voteAuthority: ADDRESSES.authority,
    pendingAuthority: null,
    pendingVoteAuthority: null,
    mint: MINT,
    tokenProgram: new PublicKey('TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA'),
    stakeVault: key(1),
    rewardVault: key(2),
    treasury: null,
    tiers: [0n, 7n, 30n, 90n, 180n].map((d, index) => ({
      index,
      name: d === 0n ? 'No lock' : `${d} days`,
      lockSecs: d * DAY,
      multiplierBps: [10_000, 12_000, 15_000, 20_000, 30_000][index]!,
    })),
    penaltyBps: 1_000,
    boosters: { longLockBps: 2_000, voterBps: 1_500, participationBps: 1_000, longLockMinSecs: 90n * DAY, voterBoostSecs: 30n * DAY, participationWindowSecs: 30n * DAY },
    minStake: 100n * K,
    maxStakePerWallet: 1_000_000n * K,
    totalStaked: 300_000n * K,
    totalVotingPower: 450_000n * K,
    totalRewardWeight: 495_000n * K,
    accRewardPerWeight: 0n,
    undistributedScaled: 0n,
    stream: { remaining: 36_500n * K, end: new Date(Number(NOW + 365n * DAY) * 1000), endTs: NOW + 365n * DAY, lastUpdateTs: NOW },
    drip: { remaining: 0n, end: new Date(0), endTs: 0n, periodSecs: 7n * 86_400n },
    totalFunded: 100_000n * K,
    totalClaimed: 0n,
    totalCompounded: 0n,
    totalPenalties: 0n,
    openPositions: 3,
    stakers: 3,
    syncedDay: 0,
    ...over,
  };
}

export function governanceConfig(over: Partial<GovernanceConfig> = {}): GovernanceConfig {
  return {
    version: 1,
    bump: 254,
    authorityBump: 253,
    treasuryBump: 252,
    stakingProgram: ADDRESSES.stakingProgramId,
    stakingConfig: ADDRESSES.stakingConfig,
    mint: MINT,
    tokenProgram: new PublicKey('TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA'),
    authority: ADDRESSES.authority,
    treasury: ADDRESSES.treasury,
    guardian: null,
    pendingGuardian: null,
    quorumBps: 1_000,
    approvalBps: 6_600,
    votingPeriodSecs: 7n * DAY,
    timelockSecs: 3n * DAY,
    gracePeriodSecs: 14n * DAY,
    lateQuorumExtensionSecs: DAY,
    minProposalPower: 10_000n * K,
    minVotePower: 1_000n * K,
    maxActions: 10,
    voteWeighting: 'linear',
    proposalCount: 3n,
    ...over,
  };
}

/** A proposal opened at NOW − 1 day: voting for 7 days, quorum 10 % of 1,000,000 power. */
export function proposal(over: Partial<Proposal> = {}): Proposal {
  const start = NOW - DAY;
  const end = start + 7n * DAY;
  const date = (s: bigint) => (s === 0n ? null : new Date(Number(s) * 1000));
  const base: Proposal = {
    governance: ADDRESSES.governance,
    proposer: key(9),
    id: 1n,
    bump: 255,
    state: 'voting',
    type: 'parameter-change',
    title: 'Lower the penalty',
    uri: '',
    descriptionHash: new Uint8Array(32),
    proposerPower: 30_000n * K,
    createdAt: new Date(Number(start) * 1000),
    votingStartsAt: date(start),
    votingEndsAt: date(end),
    eta: null,
    closedAt: null,
    totalPower: 1_000_000n * K,
    quorumRequired: 100_000n * K,
    tallies: { for: 0n, against: 0n, abstain: 0n },
    quorumPower: 0n,
    quorumReachedAt: null,
    votes: 0,
    votesCast: 0,
    voteWeighting: 'linear',
    extended: false,
    quorumBps: 1_000,
    approvalBps: 6_600,
    timelockSecs: 3n * DAY,
    gracePeriodSecs: 14n * DAY,
    extensionSecs: DAY,
    actionIndices: [0],
    executedIndices: [],
    nextActionIndex: 1,
    createdAtTs: start,
    startTs: start,
    endTs: end,
    etaTs: 0n,
    closedAtTs: 0n,
    changesGuardian: false,
  };
  return { ...base, ...over };
}

/**
 * A position of `amount` whole KEEL at `tier`, written at NOW − 1 day under a
 * config without boosters: its lock ends at the first 00:00 UTC at or after
 * NOW + `lockEndsIn` (negative: a lock that has ended since; tier 0 has no
 * lock, its end is its start). The stored fields are those of that write (an
 * ended lock still stores its own multiplier), and its curve is built from
 * them: the tier's multiplier until the lock end, the no-lock tier's 1.0×
 * after, no booster, so reward weight = voting power.
 */
export function position(id: number, amount: bigint, tier: number, lockEndsIn = 30n * DAY, owner = key(9)): Position {
  const multiplierBps = [10_000, 12_000, 15_000, 20_000, 30_000][tier]!;
  const written = NOW - DAY;
  const hasLock = tier !== 0;
  const lockEnd = hasLock ? dayCeil(NOW + lockEndsIn) : written;
  if (hasLock && lockEnd <= written) throw new RangeError('the fixture writes the position before its lock ends');
  const base = amount * K;
  const power = (base * BigInt(multiplierBps)) / 10_000n;
  return {
    address: key(100 + id),
    bump: 255,
    owner,
    config: ADDRESSES.stakingConfig,
    id,
    tier,
    tierName: ['No lock', '7 days', '30 days', '90 days', '180 days'][tier]!,
    amount: base,
    lockStart: new Date(Number(written) * 1000),
    unlockAt: new Date(Number(lockEnd) * 1000),
    multiplierBps,
    boostBps: 0,
    votingPower: power,
    rewardWeight: power,
    rewardDebt: 0n,
    unclaimed: 0n,
    voteLockedUntil: null,
    voterBoostUntil: null,
    lastActivity: new Date(Number(written) * 1000),
    rewardsPaid: 0n,
    autoCompound: false,
    lockStartTs: written,
    lockEndTs: lockEnd,
    voteLockedUntilTs: 0n,
    voterBoostUntilTs: 0n,
    lastActivityTs: written,
    curve: {
      amount: base,
      hasLock,
      multiplierBps,
      // A lock falls to the no-lock tier's multiplier, never above its own.
      fallMultiplierBps: hasLock ? Math.min(10_000, multiplierBps) : multiplierBps,
      lockEnd,
      longLockBps: 0,
      voterBps: 0,
      voterUntil: 0n,
      participationBps: 0,
      participationUntil: 0n,
    },
    settledAtTs: written,
  };
}

/** A maker config as the demo leaves it: the program's defaults, season 1 funded with 1,500,000, governance the authority. */
export function makersConfig(over: Partial<MakersConfig> = {}): MakersConfig {
  const d = MAKERS_DEFAULTS;
  const b58 = (k: PublicKey) => k.toBase58() as MakersConfig['mint'];
  return {
    discriminator: 1,
    version: 1,
    bump: 255,
    rewardVaultBump: 254,
    bondVaultBump: 253,
    paused: false,
    rolloverPolicy: 0,
    decimals: 9,
    authority: b58(ADDRESSES.authority),
    reporter: b58(key(20)),
    mint: b58(MINT),
    tokenProgram: 'TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA' as MakersConfig['mint'],
    rewardVault: b58(key(21)),
    bondVault: b58(key(22)),
    treasury: '11111111111111111111111111111111' as MakersConfig['mint'],
    seasonIndex: 1,
    makers: 5,
    seasonStart: NOW - DAY,
    seasonEnd: NOW + 29n * DAY,
    seasonBudget: 1_500_000n * K,
    seasonEmitted: 30_000n * K,
    nextBudget: 0n,
    seasonSecs: d.seasonSecs,
    reporterSequence: 1_040n,
    maxRewardPerFill: d.maxRewardPerFill,
    minBond: d.minBond,
    inactivityWindowSecs: d.inactivityWindowSecs,
    unbondCooldownSecs: d.unbondCooldownSecs,
    minImprovementBps: d.minImprovementBps,
    earlyMultiplierBps: d.earlyMultiplierBps,
    volatilityThresholdBps: d.volatilityThresholdBps,
    maxVolatilityMultiplierBps: d.maxVolatilityMultiplierBps,
    slashBps: d.slashBps,
    reserved0: new Uint8Array(2),
    earlyUntilSeason: 0,
    earlyMaxMakers: 1,
    reserved1: new Uint8Array(4),
    totalEarned: 30_000n * K,
    totalClaimed: 0n,
    totalBonded: 42_000n * K,
    totalUnbonding: 0n,
    totalSlashed: 0n,
    totalFunded: 1_500_000n * K,
    totalReturned: 0n,
    totalFills: 1_040n,
    reserved: new Uint8Array(56),
    ...over,
  };
}
