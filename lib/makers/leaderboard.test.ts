import { describe, expect, it } from 'vitest';
import {
  accountKnowsSeason,
  compareImprovement,
  paginate,
  pinnedRow,
  rankLines,
  searchRows,
  seasonKnownFromAccounts,
  seasonLinesFromAccounts,
  seasonLinesFromFills,
  sortRows,
} from './leaderboard';
import { addr, makerAccount, stats, TOKEN } from './test-fixtures';
import type { MakerFill, SeasonLine } from './types';

function line(n: number, over: Partial<SeasonLine>): SeasonLine {
  return { maker: addr(`maker${n}`), wallet: addr(`wallet${n}`), early: false, number: n, fills: 1, notional: 0n, improvementWeighted: 0n, rewards: 0n, cappedFills: 0, belowMinimumFills: 0, ...over };
}

describe('season lines from the accounts', () => {
  // Maker 0: fills in seasons 1 and 3 (current = 3, previous = 1). Maker 1: only season 2.
  // Maker 2: seasons 1, 2 and 3 (previous = 2: season 1 is lost). Maker 3: registered, no fills.
  const makers = [
    makerAccount(0, { current: stats(3, { fills: 4, notional: 40n * TOKEN, rewards: 7n }), previous: stats(1, { fills: 2, notional: 20n * TOKEN, rewards: 3n }) }),
    makerAccount(1, { current: stats(2, { fills: 5, notional: 50n * TOKEN, rewards: 9n }) }),
    makerAccount(2, { current: stats(3, { fills: 1, notional: TOKEN, rewards: 1n }), previous: stats(2, { fills: 6, notional: 60n * TOKEN, rewards: 11n }) }),
    makerAccount(3),
  ];

  it('knows a season unless it is older than the previous one held', () => {
    expect(makers.map((m) => accountKnowsSeason(m, 1))).toEqual([true, true, false, true]);
    expect(seasonKnownFromAccounts(makers, 1)).toBe(false);
    expect(seasonKnownFromAccounts(makers, 2)).toBe(true);
    expect(seasonKnownFromAccounts(makers, 3)).toBe(true);
  });

  it('takes each maker’s stats of the season: zeros between and before the seasons it holds', () => {
    const season2 = seasonLinesFromAccounts(makers, 2, false);
    expect(season2.map((l) => [l.wallet, l.fills, l.rewards])).toEqual([
      [addr('wallet1'), 5, 9n],
      [addr('wallet2'), 6, 11n],
    ]);
    // Maker 0 had no fill in season 2 (it sits between its previous 1 and current 3).
    expect(season2.some((l) => l.wallet === addr('wallet0'))).toBe(false);
  });

  it('lists every registered maker in the current season, only makers with fills in a past one', () => {
    expect(seasonLinesFromAccounts(makers, 3, true).map((l) => [l.number, l.fills])).toEqual([
      [0, 4],
      [1, 0],
      [2, 1],
      [3, 0],
    ]);
    expect(seasonLinesFromAccounts(makers, 3, false).map((l) => l.number)).toEqual([0, 2]);
  });

  it('rebuilds a season from its fills: counts, sums, caps and below-minimum fills per maker', () => {
    const fill = (maker: string, notional: bigint, improvementBps: number, reward: bigint, flags = 0): MakerFill & { maker: ReturnType<typeof addr> } => ({
      maker: addr(maker),
      signature: 's',
      time: 0,
      season: 1,
      sequence: 1n,
      index: 0,
      notional,
      improvementBps,
      volatilityBps: 0,
      earlyBps: 10_000,
      volatilityMultiplierBps: 10_000,
      flags,
      reward,
      budgetLeftBefore: 0n,
    });
    const lines = seasonLinesFromFills(makers, [
      fill('maker2', 10n, 5, 4n),
      fill('maker2', 20n, 1, 0n, 1),
      fill('maker2', 30n, 7, 2n, 2),
      fill('maker0', 5n, 3, 1n, 4),
      fill('stranger', 99n, 9, 9n),
    ]);
    expect(lines).toEqual([
      expect.objectContaining({ wallet: addr('wallet2'), fills: 3, notional: 60n, improvementWeighted: 50n + 20n + 210n, rewards: 6n, cappedFills: 1, belowMinimumFills: 1 }),
      expect.objectContaining({ wallet: addr('wallet0'), fills: 1, notional: 5n, improvementWeighted: 15n, rewards: 1n, cappedFills: 1, belowMinimumFills: 0 }),
    ]);
  });
});

describe('ranking', () => {
  const rows = rankLines([
    line(0, { improvementWeighted: 50_000n, rewards: 9n, notional: 10_000n }),
    line(1, { improvementWeighted: 90_000n, rewards: 1n, notional: 10_000n }),
    line(2, { improvementWeighted: 50_000n, rewards: 9n, notional: 20_000n }),
    line(3, { improvementWeighted: 50_000n, rewards: 12n, notional: 5_000n }),
    line(4, { improvementWeighted: 50_000n, rewards: 9n, notional: 20_000n }),
    line(5, { fills: 0 }),
  ]);

  it('ranks by score, then rewards, then notional, then registration order', () => {
    expect(rows.map((r) => [r.number, r.rank])).toEqual([
      [1, 1],
      [3, 2],
      [2, 3],
      [4, 4],
      [0, 5],
      [5, 6],
    ]);
  });

  it('scores the improvement delivered: Σ notional × bp / 10,000', () => {
    expect(rows.find((r) => r.number === 1)?.score).toBe(9n);
    expect(rows.find((r) => r.number === 5)?.score).toBe(0n);
  });
});

describe('sorting', () => {
  const rows = rankLines([
    line(0, { improvementWeighted: 3n * 70_000n, notional: 70_000n, fills: 7, rewards: 50n }),
    line(1, { improvementWeighted: 2n * 100_000n + 1n, notional: 100_000n, fills: 2, rewards: 80n }),
    line(2, { improvementWeighted: 0n, notional: 0n, fills: 0, rewards: 0n }),
    line(3, { improvementWeighted: 5n * 10_000n, notional: 10_000n, fills: 7, rewards: 10n }),
  ]);
  const order = (key: Parameters<typeof sortRows>[1], dir: 'asc' | 'desc') => sortRows(rows, key, dir).map((r) => r.number);

  it('sorts each column both ways, ties in rank order', () => {
    expect(order('rank', 'asc')).toEqual([0, 1, 3, 2]);
    expect(order('rank', 'desc')).toEqual([2, 3, 1, 0]);
    expect(order('rewards', 'desc')).toEqual([1, 0, 3, 2]);
    expect(order('notional', 'asc')).toEqual([2, 3, 0, 1]);
    // 7 fills twice: rank order decides (maker 0 ranks above maker 3) in both directions.
    expect(order('fills', 'desc')).toEqual([0, 3, 1, 2]);
    expect(order('fills', 'asc')).toEqual([2, 1, 0, 3]);
    expect(order('improvement', 'desc')).toEqual([3, 0, 1, 2]);
    expect(order('score', 'desc')).toEqual([0, 1, 3, 2]);
  });

  it('compares average improvement exactly, past what a float tells apart', () => {
    const huge = 10n ** 30n;
    const a = { improvementWeighted: 3n * huge + 1n, notional: huge };
    const b = { improvementWeighted: 3n * huge, notional: huge };
    expect(Number(a.improvementWeighted) / Number(a.notional)).toBe(Number(b.improvementWeighted) / Number(b.notional));
    expect(compareImprovement(a, b)).toBe(1);
    expect(compareImprovement(b, a)).toBe(-1);
    expect(compareImprovement({ improvementWeighted: 0n, notional: 0n }, b)).toBe(-1);
  });

  it('does not reorder its input', () => {
    const before = rows.map((r) => r.number);
    sortRows(rows, 'fills', 'asc');
    expect(rows.map((r) => r.number)).toEqual(before);
  });
});

describe('search, pages and the pinned row', () => {
  const rows = rankLines(Array.from({ length: 23 }, (_, n) => line(n, { improvementWeighted: BigInt(100 - n) * 10_000n })));

  it('finds rows by part of the wallet or maker address, ignoring case and spaces', () => {
    expect(searchRows(rows, ' WALLET12 ').map((r) => r.number)).toEqual([12]);
    expect(searchRows(rows, 'maker2').map((r) => r.number)).toEqual([2, 20, 21, 22]);
    expect(searchRows(rows, '')).toHaveLength(23);
    expect(searchRows(rows, 'nobody')).toEqual([]);
  });

  it('pages rows and clamps the page to those there are', () => {
    expect(paginate(rows, 0, 10)).toMatchObject({ page: 0, pages: 3, total: 23, from: 1, to: 10 });
    const last = paginate(rows, 2, 10);
    expect(last).toMatchObject({ page: 2, from: 21, to: 23 });
    expect(last.rows.map((r) => r.rank)).toEqual([21, 22, 23]);
    expect(paginate(rows, 9, 10).page).toBe(2);
    expect(paginate(rows, -1, 10).page).toBe(0);
    expect(paginate([], 0, 10)).toMatchObject({ rows: [], page: 0, pages: 1, total: 0, from: 0, to: 0 });
  });

  it('pins the wallet’s own row whatever the page', () => {
    expect(pinnedRow(rows, addr('wallet17'))?.rank).toBe(18);
    expect(pinnedRow(rows, addr('someone'))).toBeNull();
    expect(pinnedRow(rows, null)).toBeNull();
  });
});
