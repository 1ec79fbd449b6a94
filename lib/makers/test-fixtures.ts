/**
 * Fixtures for the makers unit tests: maker accounts and fills as the program
 * would leave them, produced with the reward model the program is
 * property-tested against (`lib/programs/makers/math.ts`), not typed in.
 */
import type { Address } from '@solana/kit';
import { FILL_BELOW_MINIMUM, FILL_BUDGET_LIMITED, FILL_CAPPED, fillReward, limitToBudget, type RewardRules } from '@/lib/programs/makers';
import type { MakerAccount, MakerFill, SeasonLine, SeasonStats } from './types';

export const TOKEN = 1_000_000_000n;

export const RULES: RewardRules = {
  minImprovementBps: 2,
  earlyMultiplierBps: 20_000,
  volatilityThresholdBps: 200,
  maxVolatilityMultiplierBps: 15_000,
  maxRewardPerFill: 30n * TOKEN,
};

/** A base58-looking address from a label (tests compare strings only). */
export const addr = (label: string) => label.padEnd(32, '1').slice(0, 44) as Address;

const ZERO: Omit<SeasonStats, 'index'> = { fills: 0, notional: 0n, improvementWeighted: 0n, rewards: 0n, cappedFills: 0, belowMinimumFills: 0 };

export function stats(index: number, over: Partial<SeasonStats> = {}): SeasonStats {
  return { index, ...ZERO, ...over };
}

export function makerAccount(n: number, over: Partial<MakerAccount> = {}): MakerAccount {
  return {
    discriminator: 2,
    version: 1,
    bump: 255,
    early: false,
    number: n,
    wallet: addr(`wallet${n}`),
    config: addr('config'),
    bond: 0n,
    unbonding: 0n,
    unlockAt: 0n,
    registeredAt: 1_000n,
    lastFillAt: 0n,
    lastSlashAt: 0n,
    rewardsEarned: 0n,
    rewardsClaimed: 0n,
    notional: 0n,
    improvementWeighted: 0n,
    fills: 0n,
    slashed: 0n,
    executionVolume: 0n,
    spreadEfficiencyBps: 0,
    orderFlowBps: 0,
    performancePeriod: 0,
    performanceAt: 0n,
    current: stats(0),
    previous: stats(0),
    reserved: new Uint8Array(32),
    address: addr(`maker${n}`),
    ...over,
  };
}

export interface FillInput {
  notional: bigint;
  improvementBps: number;
  volatilityBps?: number;
}

/**
 * Runs `inputs` through the reward model one batch after another, as
 * record_fills does for one maker: each fill's reward cut to the budget left,
 * its result flags, and the season stats the account would hold.
 */
export function simulateSeason(options: { season?: number; early?: boolean; budget: bigint; inputs: FillInput[]; rules?: RewardRules; time?: number }) {
  const { season = 1, early = false, rules = RULES, time = 1_750_000_000 } = options;
  let left = options.budget;
  const fills: MakerFill[] = options.inputs.map((input, i) => {
    const r = limitToBudget(fillReward(rules, early, input.notional, input.improvementBps, input.volatilityBps ?? 0), left);
    const before = left;
    left -= r.reward;
    return {
      signature: `sig${i}`,
      time: time + i * 3_600,
      season,
      sequence: BigInt(i + 1),
      index: 0,
      notional: input.notional,
      improvementBps: input.improvementBps,
      volatilityBps: input.volatilityBps ?? 0,
      earlyBps: r.earlyBps,
      volatilityMultiplierBps: r.volatilityBps,
      flags: r.flags,
      reward: r.reward,
      budgetLeftBefore: before,
    };
  });
  const line: SeasonLine = {
    maker: addr('maker0'),
    wallet: addr('wallet0'),
    early,
    number: 0,
    fills: fills.length,
    notional: fills.reduce((s, f) => s + f.notional, 0n),
    improvementWeighted: fills.reduce((s, f) => s + f.notional * BigInt(f.improvementBps), 0n),
    rewards: fills.reduce((s, f) => s + f.reward, 0n),
    cappedFills: fills.filter((f) => f.flags & (FILL_CAPPED | FILL_BUDGET_LIMITED)).length,
    belowMinimumFills: fills.filter((f) => f.flags & FILL_BELOW_MINIMUM).length,
  };
  return { fills, line, budgetLeft: left };
}
