/**
 * The explanation of a leaderboard row's reward, fill by fill, in bigint, so
 * a maker can check its payout. Each fill's reward is taken apart as
 *
 *   reward = base + multiplier effect − below-minimum cut − cap cut − budget cut
 *
 * where base = ⌊notional × improvement / 10,000⌋ (what 1× pays) and base +
 * effect = ⌊notional × improvement × early × volatility / 10^12⌋ with the
 * multipliers the program applied (the event's `FillResult`), the program's
 * one rounding. The parts are exact by construction; what makes this a check
 * is that (1) each fill's paid reward is held to the reward model
 * (`lib/programs/makers/math.ts`) and the budget left before it, and (2) the
 * fills' sums are held to the maker account's season stats — the row.
 */
import { BPS, FILL_BELOW_MINIMUM, FILL_BUDGET_LIMITED, FILL_CAPPED } from '@/lib/programs/makers';
import type { MakerFill, SeasonLine } from './types';

const BPS_CUBED = BPS * BPS * BPS;
const U64_MAX = 2n ** 64n - 1n;

export type FillKind = 'paid' | 'capped' | 'budget' | 'capped+budget' | 'below-minimum';

export interface FillExplanation {
  kind: FillKind;
  /** ⌊notional × improvement / 10,000⌋. */
  base: bigint;
  /** What the early and volatility multipliers added to the base. */
  multiplierEffect: bigint;
  belowMinimumCut: bigint;
  capCut: bigint;
  budgetCut: bigint;
  /** What the program paid (the event). */
  reward: bigint;
  /** The paid reward agrees with the model and with the budget left before the fill. */
  consistent: boolean;
}

/** The multiplied reward before cap and budget, as the program computes it (capped at u64::MAX like it). */
export function multipliedReward(f: Pick<MakerFill, 'notional' | 'improvementBps' | 'earlyBps' | 'volatilityMultiplierBps'>): bigint {
  const raw = (f.notional * BigInt(f.improvementBps) * BigInt(f.earlyBps) * BigInt(f.volatilityMultiplierBps)) / BPS_CUBED;
  return raw > U64_MAX ? U64_MAX : raw;
}

function kindOf(flags: number): FillKind {
  if (flags & FILL_BELOW_MINIMUM) return 'below-minimum';
  const capped = (flags & FILL_CAPPED) !== 0;
  const budget = (flags & FILL_BUDGET_LIMITED) !== 0;
  return capped && budget ? 'capped+budget' : capped ? 'capped' : budget ? 'budget' : 'paid';
}

/**
 * One fill taken apart. `capNow` (the config's per-fill cap today) only
 * splits a fill cut by both the cap and the budget, whose event does not say
 * where the cap stood; the sum is exact either way.
 */
export function explainFill(f: MakerFill, capNow: bigint): FillExplanation {
  const base = (f.notional * BigInt(f.improvementBps)) / BPS;
  const multiplied = multipliedReward(f);
  const zero = { belowMinimumCut: 0n, capCut: 0n, budgetCut: 0n };
  const parts = { base, multiplierEffect: multiplied - base, reward: f.reward };
  const kind = kindOf(f.flags);
  switch (kind) {
    case 'below-minimum':
      return { kind, ...parts, ...zero, belowMinimumCut: multiplied, consistent: f.reward === 0n };
    case 'paid':
      return { kind, ...parts, ...zero, consistent: f.reward === multiplied };
    case 'capped':
      return { kind, ...parts, ...zero, capCut: multiplied - f.reward, consistent: f.reward < multiplied };
    case 'budget':
      return { kind, ...parts, ...zero, budgetCut: multiplied - f.reward, consistent: f.reward < multiplied && f.reward === f.budgetLeftBefore };
    case 'capped+budget': {
      const afterCap = multiplied < capNow ? multiplied : capNow;
      const afterCapAtLeastPaid = afterCap < f.reward ? f.reward : afterCap;
      return {
        kind,
        ...parts,
        ...zero,
        capCut: multiplied - afterCapAtLeastPaid,
        budgetCut: afterCapAtLeastPaid - f.reward,
        consistent: f.reward < multiplied && f.reward === f.budgetLeftBefore,
      };
    }
  }
}

/**
 * Fills grouped by early multiplier and by whether volatility scaled them
 * (above the threshold the multiplier is continuous, so scaled fills form one
 * group with its range).
 */
export interface MultiplierGroup {
  earlyBps: number;
  /** The volatility multipliers of the group's fills: 10,000 (calm) or a range above. */
  volatilityMinBps: number;
  volatilityMaxBps: number;
  fills: number;
  notional: bigint;
  base: bigint;
  multiplierEffect: bigint;
}

export interface Check {
  /** From the account (the row). */
  expected: bigint;
  /** Σ over the fills. */
  found: bigint;
  ok: boolean;
}

export interface PayoutExplanation {
  fills: number;
  notional: bigint;
  improvementWeighted: bigint;
  base: bigint;
  multiplierEffect: bigint;
  belowMinimumCut: bigint;
  capCut: bigint;
  budgetCut: bigint;
  /** Σ paid = base + effect − the cuts. */
  reward: bigint;
  kinds: Record<FillKind, number>;
  /** By the multipliers applied, most fills first. */
  multipliers: MultiplierGroup[];
  /** Fills whose paid reward the model does not reproduce. */
  inconsistent: number;
  checks: { rewards: Check; fills: Check; notional: Check; improvementWeighted: Check; cappedFills: Check; belowMinimumFills: Check };
  /** Every check holds, every fill is consistent and the history was read in full. */
  addsUp: boolean;
}

const check = (expected: bigint, found: bigint): Check => ({ expected, found, ok: expected === found });

/** The row's reward explained by its fills (one season of one maker, `complete` when its history was read to the season's start). */
export function explainPayout(row: SeasonLine, fills: readonly MakerFill[], capNow: bigint, complete: boolean): PayoutExplanation {
  const kinds: Record<FillKind, number> = { paid: 0, capped: 0, budget: 0, 'capped+budget': 0, 'below-minimum': 0 };
  const groups = new Map<string, MultiplierGroup>();
  const sum = { notional: 0n, improvementWeighted: 0n, base: 0n, multiplierEffect: 0n, belowMinimumCut: 0n, capCut: 0n, budgetCut: 0n, reward: 0n };
  let inconsistent = 0;
  let capped = 0;
  for (const f of fills) {
    const e = explainFill(f, capNow);
    kinds[e.kind] += 1;
    if (!e.consistent) inconsistent += 1;
    if (e.kind === 'capped' || e.kind === 'budget' || e.kind === 'capped+budget') capped += 1;
    sum.notional += f.notional;
    sum.improvementWeighted += f.notional * BigInt(f.improvementBps);
    sum.base += e.base;
    sum.multiplierEffect += e.multiplierEffect;
    sum.belowMinimumCut += e.belowMinimumCut;
    sum.capCut += e.capCut;
    sum.budgetCut += e.budgetCut;
    sum.reward += e.reward;
    const vol = f.volatilityMultiplierBps;
    const key = `${f.earlyBps}:${vol > 10_000 ? 'scaled' : vol}`;
    const g = groups.get(key) ?? { earlyBps: f.earlyBps, volatilityMinBps: vol, volatilityMaxBps: vol, fills: 0, notional: 0n, base: 0n, multiplierEffect: 0n };
    g.volatilityMinBps = Math.min(g.volatilityMinBps, vol);
    g.volatilityMaxBps = Math.max(g.volatilityMaxBps, vol);
    g.fills += 1;
    g.notional += f.notional;
    g.base += e.base;
    g.multiplierEffect += e.multiplierEffect;
    groups.set(key, g);
  }
  const checks = {
    rewards: check(row.rewards, sum.reward),
    fills: check(BigInt(row.fills), BigInt(fills.length)),
    notional: check(row.notional, sum.notional),
    improvementWeighted: check(row.improvementWeighted, sum.improvementWeighted),
    cappedFills: check(BigInt(row.cappedFills), BigInt(capped)),
    belowMinimumFills: check(BigInt(row.belowMinimumFills), BigInt(kinds['below-minimum'])),
  };
  const multipliers = [...groups.values()].sort((a, b) => a.earlyBps - b.earlyBps || a.volatilityMinBps - b.volatilityMinBps);
  return {
    fills: fills.length,
    ...sum,
    kinds,
    multipliers,
    inconsistent,
    checks,
    addsUp: complete && inconsistent === 0 && Object.values(checks).every((c) => c.ok),
  };
}
