/**
 * Makers accounts as the app reads them: the generated decoders behind the
 * checks the program makes (length, discriminator), plus the numbers derived
 * from the fixed layouts: a maker's pending rewards, the budget left, a
 * maker's stats for a given season (stats roll lazily: `current` counts for
 * the season whose index it holds, see `programs/makers/src/interface`).
 */
import type { ReadonlyUint8Array } from '@solana/kit';
import {
  getMakerDecoder,
  getMakerSize,
  getMakersConfigDecoder,
  getMakersConfigSize,
  MAKER_DISCRIMINATOR,
  MAKERS_CONFIG_DISCRIMINATOR,
  type Maker,
  type MakersConfig,
  type SeasonStats,
} from '@/lib/programs/generated/makers';
import { expectAccount } from '@/lib/programs/shared/accounts';
import type { RewardRules } from './math';

export const CONFIG_LEN = getMakersConfigSize();
export const MAKER_LEN = getMakerSize();

/** Config data, checked; throws unless it is a makers config. */
export function readMakersConfig(data: ReadonlyUint8Array): MakersConfig {
  expectAccount(data, CONFIG_LEN, MAKERS_CONFIG_DISCRIMINATOR, 'not a makers config');
  return getMakersConfigDecoder().decode(data);
}

/** Maker data, checked; throws unless it is a maker account. */
export function readMaker(data: ReadonlyUint8Array): Maker {
  expectAccount(data, MAKER_LEN, MAKER_DISCRIMINATOR, 'not a maker account');
  return getMakerDecoder().decode(data);
}

/** Rewards earned and not yet claimed. */
export const pendingRewards = (maker: Maker): bigint => maker.rewardsEarned - maker.rewardsClaimed;

/** What the current season may still pay. */
export const budgetLeft = (config: MakersConfig): bigint => config.seasonBudget - config.seasonEmitted;

/** The config's reward parameters, as `math.ts` takes them. */
export function rewardRules(config: MakersConfig): RewardRules {
  return {
    minImprovementBps: config.minImprovementBps,
    earlyMultiplierBps: config.earlyMultiplierBps,
    volatilityThresholdBps: config.volatilityThresholdBps,
    maxVolatilityMultiplierBps: config.maxVolatilityMultiplierBps,
    maxRewardPerFill: config.maxRewardPerFill,
  };
}

const EMPTY: Omit<SeasonStats, 'index'> = { fills: 0, notional: 0n, improvementWeighted: 0n, rewards: 0n, cappedFills: 0, belowMinimumFills: 0 };

/** The maker's stats of season `season` if its account still holds them (its current or previous), else zero. */
export function seasonStats(maker: Maker, season: number): SeasonStats {
  if (maker.current.index === season) return maker.current;
  if (maker.previous.index === season) return maker.previous;
  return { index: season, ...EMPTY };
}

/** Notional-weighted average improvement in bp (0 without notional). */
export function averageImprovementBps(stats: { notional: bigint; improvementWeighted: bigint }): number {
  return stats.notional === 0n ? 0 : Number((stats.improvementWeighted * 100n) / stats.notional) / 100;
}
