import { describe, expect, it } from 'vitest';
import { rankLines } from './leaderboard';
import { budgetSeries, dailyTotals, notionalShares, toChartNumber } from './series';
import { addr, simulateSeason, TOKEN } from './test-fixtures';

describe('chart data', () => {
  it('groups a maker’s fills by UTC day, sums exact', () => {
    // One fill an hour from 00:00 UTC: 30 fills over two days (24 + 6).
    const day = 1_749_945_600; // 15 Jun 2025 00:00 UTC
    const { fills } = simulateSeason({ budget: 10n ** 18n, time: day, inputs: Array.from({ length: 30 }, () => ({ notional: 3n * TOKEN, improvementBps: 5 })) });
    const days = dailyTotals([...fills, { ...fills[0]!, time: null }]);
    expect(days.map((d) => [d.day, d.fills, d.notional])).toEqual([
      [day, 24, 72n * TOKEN],
      [day + 86_400, 6, 18n * TOKEN],
    ]);
    expect(days[0]!.rewards + days[1]!.rewards).toBe(fills.reduce((s, f) => s + f.reward, 0n));
  });

  it('splits notional by maker, the rest as others, shares adding to 100 %', () => {
    const rows = rankLines(
      [3n, 3n, 3n, 1n, 0n].map((n, i) => ({
        maker: addr(`m${i}`),
        wallet: addr(`w${i}`),
        early: false,
        number: i,
        fills: 1,
        notional: n * TOKEN,
        improvementWeighted: n,
        rewards: 0n,
        cappedFills: 0,
        belowMinimumFills: 0,
      })),
    );
    const shares = notionalShares(rows, 2);
    expect(shares.map((s) => [s.wallet, s.notional, s.shareBps])).toEqual([
      [addr('w0'), 3n * TOKEN, 3_000],
      [addr('w1'), 3n * TOKEN, 3_000],
      [null, 4n * TOKEN, 4_000],
    ]);
    const thirds = notionalShares(rows.slice(0, 3), 6);
    expect(thirds.map((s) => s.shareBps)).toEqual([3_333, 3_333, 3_334]);
    expect(notionalShares([], 6)).toEqual([]);
  });

  it('starts the budget line at the season start and ends it now', () => {
    const points = [
      { time: 200, emitted: 5n, budget: 100n },
      { time: 100, emitted: 2n, budget: 100n },
    ];
    expect(budgetSeries(points, 50, { time: 300, emitted: 9n, budget: 120n })).toEqual([
      { time: 50, emitted: 0n, budget: 100n },
      { time: 100, emitted: 2n, budget: 100n },
      { time: 200, emitted: 5n, budget: 100n },
      { time: 300, emitted: 9n, budget: 120n },
    ]);
    expect(budgetSeries([], null, null)).toEqual([]);
  });

  it('plots whole tokens', () => {
    expect(toChartNumber(1_500_000_000n)).toBe(1.5);
    expect(toChartNumber(123n * TOKEN + 1n)).toBeCloseTo(123, 8);
  });
});
