'use client';

import { useMemo, useState } from 'react';
import { Button, Card, Keel } from '@/components/staking/staking-ui';
import { defaultDirection, paginate, pinnedRow, searchRows, type SortDirection, type SortKey, sortRows } from '@/lib/makers/leaderboard';
import type { LeaderboardRow } from '@/lib/makers/types';
import { shortAddress } from '@/lib/staking/format';
import type { SeasonBoardState } from './makers-data-access';
import { formatImprovement } from './makers-ui';

export const PAGE_SIZES = [5, 10, 25, 50] as const;

const RANK = { key: 'rank' as SortKey, label: 'Rank', numeric: false };
const COLUMNS: { key: SortKey; label: string; hint?: string; numeric: boolean }[] = [
  { key: 'rewards', label: 'Rewards', numeric: true },
  { key: 'notional', label: 'Notional', numeric: true },
  { key: 'fills', label: 'Fills', numeric: true },
  { key: 'improvement', label: 'Avg improvement', hint: 'notional-weighted, in basis points', numeric: true },
  { key: 'score', label: 'Score', hint: 'improvement delivered: Σ notional × bp / 10,000, in KEEL; ranks the table', numeric: true },
];

const CELL = 'px-3 py-2';

interface LeaderboardProps {
  season: number;
  seasons: number;
  onSeason: (season: number) => void;
  state: SeasonBoardState;
  /** The connected wallet (its row is pinned). */
  wallet: string | null;
  decimals: number;
  onExplain: (row: LeaderboardRow) => void;
}

/** One season's makers: sortable, searchable by address, paged, with the wallet's own row pinned on top. */
export function Leaderboard({ season, seasons, onSeason, state, wallet, decimals, onExplain }: LeaderboardProps) {
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'rank', direction: 'asc' });
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState<number>(10);
  const rows = state.board?.rows;
  const shown = useMemo(() => sortRows(searchRows(rows ?? [], query), sort.key, sort.direction), [rows, query, sort]);
  const paged = paginate(shown, page, pageSize);
  const pinned = pinnedRow(rows ?? [], wallet);

  const sortBy = (key: SortKey) => {
    setSort((s) => (s.key === key ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: defaultDirection(key) }));
    setPage(0);
  };

  return (
    <Card
      title="Leaderboard"
      testId="leaderboard"
      description={state.board?.source === 'events' ? 'Rebuilt from the reporter’s fill events: the maker accounts keep their latest two seasons.' : 'From the maker accounts on chain; refreshes as the reporter records fills.'}
      actions={
        <>
          <label className="flex items-center gap-2 text-sm">
            <span className="text-slate-600 dark:text-slate-400">Season</span>
            <select
              data-testid="season-select"
              value={season}
              onChange={(e) => {
                onSeason(Number(e.target.value));
                setPage(0);
              }}
              className="rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-950"
            >
              {Array.from({ length: seasons }, (_, i) => seasons - i).map((s) => (
                <option key={s} value={s}>
                  {s === seasons ? `${s} (current)` : s}
                </option>
              ))}
            </select>
          </label>
          <input
            type="search"
            aria-label="Search makers by address"
            placeholder="Search address"
            data-testid="leaderboard-search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setPage(0);
            }}
            className="w-44 rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-950"
          />
        </>
      }
    >
      {state.error ? (
        <p className="text-sm text-red-600 dark:text-red-400">Could not read the makers: {state.error.message}</p>
      ) : !state.board ? (
        <div className="h-64 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-900" aria-busy="true">
          <span className="sr-only">Loading the leaderboard…</span>
        </div>
      ) : (
        <>
          {!state.board.complete && (
            <p className="mb-3 text-sm text-amber-700 dark:text-amber-300" data-testid="leaderboard-incomplete">
              The history read stopped before this season’s first fill: rows may miss older fills.
            </p>
          )}
          <div className="overflow-x-auto">
            <table className="w-full min-w-[44rem] text-sm">
              <caption className="sr-only">Makers of season {season}, {sort.key} {sort.direction === 'asc' ? 'ascending' : 'descending'}</caption>
              <thead className="border-b border-slate-200 text-left text-xs uppercase tracking-wide text-slate-500 dark:border-slate-800 dark:text-slate-400">
                <tr>
                  <SortHeader column={RANK} sort={sort} onSort={sortBy} />
                  <th scope="col" className={CELL}>
                    Maker
                  </th>
                  {COLUMNS.map((c) => (
                    <SortHeader key={c.key} column={c} sort={sort} onSort={sortBy} />
                  ))}
                  <th scope="col" className={CELL}>
                    <span className="sr-only">Explanation</span>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {pinned && <Row row={pinned} pinned decimals={decimals} onExplain={onExplain} />}
                {paged.rows.map((r) => (
                  <Row key={r.maker} row={r} pinned={false} own={r.wallet === wallet} decimals={decimals} onExplain={onExplain} />
                ))}
              </tbody>
            </table>
          </div>
          {paged.total === 0 && (
            <p className="py-6 text-center text-sm text-slate-600 dark:text-slate-400" data-testid="leaderboard-empty">
              {query.trim() ? 'No maker matches that address.' : 'No maker had fills in this season.'}
            </p>
          )}
          <nav aria-label="Leaderboard pages" className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm">
            <span className="text-slate-600 dark:text-slate-400" data-testid="leaderboard-range">
              {paged.total === 0 ? '0 makers' : `${paged.from}–${paged.to} of ${paged.total}`}
            </span>
            <span className="flex flex-wrap items-center gap-2">
              <label className="flex items-center gap-1.5 text-slate-600 dark:text-slate-400">
                Rows
                <select
                  data-testid="leaderboard-page-size"
                  value={pageSize}
                  onChange={(e) => {
                    setPageSize(Number(e.target.value));
                    setPage(0);
                  }}
                  className="rounded-lg border border-slate-300 bg-white px-1.5 py-1 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100"
                >
                  {PAGE_SIZES.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
              </label>
              <Button size="sm" variant="secondary" disabled={paged.page === 0} onClick={() => setPage(paged.page - 1)}>
                Previous
              </Button>
              <span className="tabular-nums text-slate-600 dark:text-slate-400" data-testid="leaderboard-page">
                Page {paged.page + 1} of {paged.pages}
              </span>
              <Button size="sm" variant="secondary" disabled={paged.page >= paged.pages - 1} onClick={() => setPage(paged.page + 1)}>
                Next
              </Button>
            </span>
          </nav>
        </>
      )}
    </Card>
  );
}

function SortHeader({ column, sort, onSort }: { column: { key: SortKey; label: string; hint?: string; numeric: boolean }; sort: { key: SortKey; direction: SortDirection }; onSort: (k: SortKey) => void }) {
  const active = sort.key === column.key;
  const arrow = active ? (sort.direction === 'asc' ? '▲' : '▼') : '';
  return (
    <th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} className={`${CELL} ${column.numeric ? 'text-right' : ''}`}>
      <button
        type="button"
        onClick={() => onSort(column.key)}
        title={column.hint}
        className="inline-flex items-center gap-1 font-semibold uppercase tracking-wide hover:text-keel-600 focus-visible:outline-2 focus-visible:outline-keel-500 dark:hover:text-keel-400"
      >
        {column.label}
        <span aria-hidden="true" className="w-2 text-[0.7em]">
          {arrow}
        </span>
      </button>
    </th>
  );
}

function Row({ row, pinned, own = pinned, decimals, onExplain }: { row: LeaderboardRow; pinned: boolean; own?: boolean; decimals: number; onExplain: (r: LeaderboardRow) => void }) {
  return (
    <tr
      data-testid={pinned ? 'leaderboard-pinned' : 'leaderboard-row'}
      data-rank={row.rank}
      data-wallet={row.wallet}
      className={pinned ? 'bg-keel-50/70 dark:bg-keel-900/30' : own ? 'bg-keel-50/40 dark:bg-keel-900/20' : undefined}
    >
      <td className={`${CELL} tabular-nums`} data-testid="row-rank">
        {row.fills === 0 && row.rewards === 0n ? '—' : `#${row.rank}`}
      </td>
      <th scope="row" className={`${CELL} whitespace-nowrap text-left font-medium`}>
        <span className="font-mono text-xs" title={row.wallet} data-testid="row-wallet">
          {shortAddress(row.wallet)}
        </span>
        {own && <span className="ml-2 rounded-full bg-keel-600 px-2 py-0.5 text-xs font-semibold text-white">You</span>}
        {row.early && (
          <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800 dark:bg-emerald-500/15 dark:text-emerald-300" title="Registered early: fills earn the early multiplier">
            early
          </span>
        )}
      </th>
      <td className={`${CELL} text-right`}>
        <Keel amount={row.rewards} decimals={decimals} digits={4} testId="row-rewards" />
      </td>
      <td className={`${CELL} text-right`}>
        <Keel amount={row.notional} decimals={decimals} digits={0} testId="row-notional" />
      </td>
      <td className={`${CELL} text-right tabular-nums`} data-testid="row-fills">
        {row.fills.toLocaleString('en-US')}
      </td>
      <td className={`${CELL} text-right tabular-nums`} data-testid="row-improvement">
        {formatImprovement(row)}
      </td>
      <td className={`${CELL} text-right`}>
        <Keel amount={row.score} decimals={decimals} digits={2} unit={false} testId="row-score" />
      </td>
      <td className={`${CELL} text-right`}>
        <Button size="sm" variant="ghost" onClick={() => onExplain(row)} aria-label={`Explain the payout of ${row.wallet}`} data-testid="row-explain">
          Explain
        </Button>
      </td>
    </tr>
  );
}
