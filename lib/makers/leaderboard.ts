/**
 * The leaderboard, as pure functions over what `source.ts` read: one
 * season's lines from the maker accounts (or from the season's fills when
 * the accounts no longer hold it), ranked, then sorted, searched and paged
 * for the table. Every comparison is exact (bigint; the average improvement
 * is compared by cross-multiplying, not as a float).
 */
import type { Address } from '@solana/kit';
import { FILL_BELOW_MINIMUM, FILL_BUDGET_LIMITED, FILL_CAPPED, seasonStats } from '@/lib/programs/makers';
import type { HistoryScan, LeaderboardRow, MakerAccount, MakerFill, SeasonBoard, SeasonLine, SeasonStats } from './types';

const BPS = 10_000n;

/** Spread improvement delivered, in KEEL base units: Σ notional × improvement bp / 10,000. */
export const scoreOf = (improvementWeighted: bigint): bigint => improvementWeighted / BPS;

function line(m: MakerAccount, stats: Omit<SeasonStats, 'index'>): SeasonLine {
  return {
    maker: m.address,
    wallet: m.wallet,
    early: m.early,
    number: m.number,
    fills: stats.fills,
    notional: stats.notional,
    improvementWeighted: stats.improvementWeighted,
    rewards: stats.rewards,
    cappedFills: stats.cappedFills,
    belowMinimumFills: stats.belowMinimumFills,
  };
}

/** `m`'s line for `season` as its account holds it (zeros for a season without fills). */
export const seasonLineOf = (m: MakerAccount, season: number): SeasonLine => line(m, seasonStats(m, season));

/**
 * Whether `m`'s account still says what it did in `season`. Stats roll on a
 * maker's first fill of a new season (`current` → `previous`), so the account
 * holds its latest two seasons with fills; seasons between them, and before
 * the first, had none. Only a season older than `previous` is lost.
 */
export function accountKnowsSeason(m: Pick<MakerAccount, 'previous'>, season: number): boolean {
  return m.previous.index === 0 || season >= m.previous.index;
}

/** True when every maker account still holds `season`: the board needs no history. */
export const seasonKnownFromAccounts = (makers: readonly MakerAccount[], season: number): boolean =>
  makers.every((m) => accountKnowsSeason(m, season));

/**
 * One line per maker for `season` from the accounts. The current season
 * lists every registered maker (a newcomer sees its row at once); a past
 * season lists those that had fills in it.
 */
export function seasonLinesFromAccounts(makers: readonly MakerAccount[], season: number, isCurrent: boolean): SeasonLine[] {
  return makers.map((m) => line(m, seasonStats(m, season))).filter((l) => isCurrent || l.fills > 0);
}

/** One line per maker with fills in `fills` (one season's, from its events), joined with the accounts. */
export function seasonLinesFromFills(makers: readonly MakerAccount[], fills: readonly (MakerFill & { maker: Address })[]): SeasonLine[] {
  const byAddress = new Map(makers.map((m) => [m.address as string, m]));
  const lines = new Map<string, SeasonLine>();
  for (const f of fills) {
    let l = lines.get(f.maker);
    if (!l) {
      const m = byAddress.get(f.maker);
      if (!m) continue;
      l = line(m, { fills: 0, notional: 0n, improvementWeighted: 0n, rewards: 0n, cappedFills: 0, belowMinimumFills: 0 });
      lines.set(f.maker, l);
    }
    l.fills += 1;
    l.notional += f.notional;
    l.improvementWeighted += f.notional * BigInt(f.improvementBps);
    l.rewards += f.reward;
    if (f.flags & (FILL_CAPPED | FILL_BUDGET_LIMITED)) l.cappedFills += 1;
    if (f.flags & FILL_BELOW_MINIMUM) l.belowMinimumFills += 1;
  }
  return [...lines.values()];
}

/** The board of `season` from the accounts (`seasonKnownFromAccounts` must hold). */
export function boardFromAccounts(makers: readonly MakerAccount[], season: number, currentSeason: number): SeasonBoard {
  return { season, source: 'accounts', rows: rankLines(seasonLinesFromAccounts(makers, season, season === currentSeason)), complete: true };
}

/** The board of `season` rebuilt from its fills (the config's history). */
export function boardFromFills(makers: readonly MakerAccount[], season: number, scan: HistoryScan<MakerFill & { maker: Address }>): SeasonBoard {
  return { season, source: 'events', rows: rankLines(seasonLinesFromFills(makers, scan.items)), complete: scan.complete };
}

const cmp = (a: bigint, b: bigint): number => (a === b ? 0 : a < b ? -1 : 1);

/** Higher average improvement first, exactly: a.iw / a.n vs b.iw / b.n by cross-multiplication (no notional counts as 0). */
export function compareImprovement(a: Pick<SeasonLine, 'improvementWeighted' | 'notional'>, b: Pick<SeasonLine, 'improvementWeighted' | 'notional'>): number {
  const left = a.notional === 0n ? 0n : a.improvementWeighted * (b.notional === 0n ? 1n : b.notional);
  const right = b.notional === 0n ? 0n : b.improvementWeighted * (a.notional === 0n ? 1n : a.notional);
  return cmp(left, right);
}

/** The ranking: score, then rewards, then notional (each higher first), then registration order. */
function rankOrder(a: SeasonLine & { score: bigint }, b: SeasonLine & { score: bigint }): number {
  return cmp(b.score, a.score) || cmp(b.rewards, a.rewards) || cmp(b.notional, a.notional) || a.number - b.number;
}

export function rankLines(lines: readonly SeasonLine[]): LeaderboardRow[] {
  return lines
    .map((l) => ({ ...l, score: scoreOf(l.improvementWeighted), rank: 0 }))
    .sort(rankOrder)
    .map((row, i) => ({ ...row, rank: i + 1 }));
}

export const SORT_KEYS = ['rank', 'rewards', 'notional', 'fills', 'improvement', 'score'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

/** The direction a column sorts in first: rank ascending (1 on top), figures descending. */
export const defaultDirection = (key: SortKey): SortDirection => (key === 'rank' ? 'asc' : 'desc');

const COMPARE: Record<SortKey, (a: LeaderboardRow, b: LeaderboardRow) => number> = {
  rank: (a, b) => a.rank - b.rank,
  rewards: (a, b) => cmp(a.rewards, b.rewards),
  notional: (a, b) => cmp(a.notional, b.notional),
  fills: (a, b) => a.fills - b.fills,
  improvement: compareImprovement,
  score: (a, b) => cmp(a.score, b.score),
};

/** Rows by `key`; ties keep rank order, whichever the direction. */
export function sortRows(rows: readonly LeaderboardRow[], key: SortKey, direction: SortDirection): LeaderboardRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * COMPARE[key](a, b) || a.rank - b.rank);
}

/** Rows whose wallet or maker account contains `query` (trimmed, case-insensitive); all rows for an empty query. */
export function searchRows(rows: readonly LeaderboardRow[], query: string): LeaderboardRow[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [...rows];
  return rows.filter((r) => r.wallet.toLowerCase().includes(q) || r.maker.toLowerCase().includes(q));
}

export interface Page<T> {
  rows: T[];
  /** 0-based, clamped to the pages there are. */
  page: number;
  pages: number;
  total: number;
  /** 1-based positions of the first and last row shown (0, 0 when empty). */
  from: number;
  to: number;
}

export function paginate<T>(rows: readonly T[], page: number, pageSize: number): Page<T> {
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const p = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const shown = rows.slice(p * pageSize, (p + 1) * pageSize);
  return { rows: shown, page: p, pages, total: rows.length, from: shown.length ? p * pageSize + 1 : 0, to: p * pageSize + shown.length };
}

/** The connected wallet's row, pinned above the table whatever the sort, search or page. */
export function pinnedRow(rows: readonly LeaderboardRow[], wallet: string | null): LeaderboardRow | null {
  return wallet === null ? null : (rows.find((r) => r.wallet === wallet) ?? null);
}
