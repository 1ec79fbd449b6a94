/**
 * The makers program's reward and slash math in TypeScript, line for line
 * with `programs/makers/src/math.rs` (bigints; the property test compares the
 * program with it): reward = floor(notional × improvement × early × volatility
 * / 10^12), capped per fill and by the season budget left.
 */

export const BPS = 10_000n;
const BPS_CUBED = 1_000_000_000_000n;
const U64_MAX = 2n ** 64n - 1n;

/** FillResult flags (`interface/event.rs`). */
export const FILL_BELOW_MINIMUM = 1;
export const FILL_CAPPED = 2;
export const FILL_BUDGET_LIMITED = 4;

export interface RewardRules {
  minImprovementBps: number;
  earlyMultiplierBps: number;
  volatilityThresholdBps: number;
  maxVolatilityMultiplierBps: number;
  maxRewardPerFill: bigint;
}

export interface FillReward {
  reward: bigint;
  earlyBps: number;
  volatilityBps: number;
  flags: number;
}

/** 1.0× up to the threshold, then volatility / threshold, at most `maxBps`. */
export function volatilityMultiplierBps(volatilityBps: number, thresholdBps: number, maxBps: number): number {
  if (volatilityBps <= thresholdBps || thresholdBps === 0) return Number(BPS);
  const scaled = Math.floor((volatilityBps * 10_000) / thresholdBps);
  return Math.min(scaled, maxBps);
}

/** One fill's reward before the budget (see the module comment). */
export function fillReward(rules: RewardRules, early: boolean, notional: bigint, improvementBps: number, volatilityBps: number): FillReward {
  const earlyBps = early ? rules.earlyMultiplierBps : Number(BPS);
  const volBps = volatilityMultiplierBps(volatilityBps, rules.volatilityThresholdBps, rules.maxVolatilityMultiplierBps);
  if (improvementBps < rules.minImprovementBps) return { reward: 0n, earlyBps, volatilityBps: volBps, flags: FILL_BELOW_MINIMUM };
  let raw = (notional * BigInt(improvementBps) * BigInt(earlyBps) * BigInt(volBps)) / BPS_CUBED;
  if (raw > U64_MAX) raw = U64_MAX;
  if (raw > rules.maxRewardPerFill) return { reward: rules.maxRewardPerFill, earlyBps, volatilityBps: volBps, flags: FILL_CAPPED };
  return { reward: raw, earlyBps, volatilityBps: volBps, flags: 0 };
}

/** `fill` cut to what is left of the season budget. */
export function limitToBudget(fill: FillReward, budgetLeft: bigint): FillReward {
  return fill.reward > budgetLeft ? { ...fill, reward: budgetLeft, flags: fill.flags | FILL_BUDGET_LIMITED } : fill;
}

/** What a slash takes from (bond, unbonding): (bond + unbonding) × slashBps / 10,000, the bond first. */
export function slashSplit(bond: bigint, unbonding: bigint, slashBps: number): [bigint, bigint] {
  const amount = ((bond + unbonding) * BigInt(slashBps)) / BPS;
  const fromBond = amount < bond ? amount : bond;
  return [fromBond, amount - fromBond];
}
