/**
 * The Makers page's chart data, from what `source.ts` read: a maker's fills
 * by UTC day, each maker's share of the season's notional, and the season
 * budget used over time. Sums stay bigint; `toChartNumber` turns an amount
 * into whole KEEL as a float only for plotting (a chart's axis, never a
 * figure the page states).
 */
import type { BudgetPoint, LeaderboardRow, MakerFill } from './types';

const DAY = 86_400;

export interface DayTotals {
  /** Unix seconds of the day's 00:00 UTC. */
  day: number;
  fills: number;
  notional: bigint;
  rewards: bigint;
}

/** Fills grouped by UTC day of their block time, oldest day first (fills without a time are left out). */
export function dailyTotals(fills: readonly MakerFill[]): DayTotals[] {
  const days = new Map<number, DayTotals>();
  for (const f of fills) {
    if (f.time === null) continue;
    const day = f.time - (f.time % DAY);
    const d = days.get(day) ?? { day, fills: 0, notional: 0n, rewards: 0n };
    d.fills += 1;
    d.notional += f.notional;
    d.rewards += f.reward;
    days.set(day, d);
  }
  return [...days.values()].sort((a, b) => a.day - b.day);
}

export interface NotionalShare {
  /** A wallet, or null for the "others" slice. */
  wallet: string | null;
  notional: bigint;
  /** Of the season's notional, in basis points (rounded down; "others" takes the remainder so they sum to 10,000). */
  shareBps: number;
}

/** The `top` makers by notional, the rest as one slice; makers without notional are left out. */
export function notionalShares(rows: readonly LeaderboardRow[], top = 6): NotionalShare[] {
  const withNotional = rows.filter((r) => r.notional > 0n).sort((a, b) => (a.notional === b.notional ? a.rank - b.rank : a.notional > b.notional ? -1 : 1));
  const total = withNotional.reduce((s, r) => s + r.notional, 0n);
  if (total === 0n) return [];
  const shown = withNotional.slice(0, top);
  const rest = withNotional.slice(top).reduce((s, r) => s + r.notional, 0n);
  const slices: NotionalShare[] = shown.map((r) => ({ wallet: r.wallet, notional: r.notional, shareBps: Number((r.notional * 10_000n) / total) }));
  if (rest > 0n) slices.push({ wallet: null, notional: rest, shareBps: 0 });
  // The rounding remainder goes to the last slice, so the shares add up to 100 %.
  const assigned = slices.reduce((s, x) => s + x.shareBps, 0);
  slices[slices.length - 1]!.shareBps += 10_000 - assigned;
  return slices;
}

/**
 * The budget chart's points: the season's start at 0 (when known), the
 * sampled batches, and now from the config (the latest word), oldest first.
 */
export function budgetSeries(points: readonly BudgetPoint[], start: number | null, now: BudgetPoint | null): BudgetPoint[] {
  const series = [...points].sort((a, b) => a.time - b.time);
  if (start !== null && (series.length === 0 || series[0]!.time > start)) {
    series.unshift({ time: start, emitted: 0n, budget: series[0]?.budget ?? now?.budget ?? 0n });
  }
  if (now && (series.length === 0 || series[series.length - 1]!.time < now.time)) series.push(now);
  return series;
}

/** An amount of base units as whole tokens, for a chart axis only. */
export function toChartNumber(amount: bigint, decimals = 9): number {
  const unit = 10n ** BigInt(decimals);
  return Number(amount / unit) + Number(amount % unit) / Number(unit);
}
