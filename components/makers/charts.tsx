'use client';

import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import { useBudgetHistory } from '@/lib/makers/hooks';
import { budgetSeries, dailyTotals, notionalShares } from '@/lib/makers/series';
import type { MakerFill, SeasonBoard } from '@/lib/makers/types';
import type { MakersState } from './makers-data-access';
import { ChartFrame, ChartPlaceholder } from './makers-ui';

// recharts loads only here, after the page has hydrated, as its own chunk (makers-charts.tsx).
const BudgetChart = dynamic(() => import('./makers-charts').then((m) => m.BudgetChart), { ssr: false, loading: ChartPlaceholder });
const NotionalShareChart = dynamic(() => import('./makers-charts').then((m) => m.NotionalShareChart), { ssr: false, loading: ChartPlaceholder });
const DailyChart = dynamic(() => import('./makers-charts').then((m) => m.DailyChart), { ssr: false, loading: ChartPlaceholder });

function Empty({ children }: { children: string }) {
  return <p className="flex h-full items-center justify-center text-sm text-slate-500 dark:text-slate-400">{children}</p>;
}

/** The season's charts: its budget used over time and its makers' shares of notional. */
export function SeasonCharts({ state, season, board }: { state: MakersState; season: number; board: SeasonBoard | null }) {
  const { config, deployment, now, mint } = state;
  const current = config !== null && season === config.seasonIndex;
  const since = current ? Number(config.seasonStart) : null;
  const history = useBudgetHistory(deployment, season, since);
  const decimals = mint?.decimals ?? 9;
  const points = useMemo(() => {
    if (!history.data || !config) return [];
    const nowPoint = current && now !== null ? { time: Number(now), emitted: config.seasonEmitted, budget: config.seasonBudget } : null;
    return budgetSeries(history.data, since, nowPoint);
  }, [history.data, config, current, now, since]);
  const shares = useMemo(() => notionalShares(board?.rows ?? []), [board]);

  return (
    <div className="grid gap-4 md:grid-cols-2">
      <ChartFrame title={`Season ${season} budget used`} description="What the season’s fills have paid, against its budget" testId="chart-budget">
        {history.isPending ? <ChartPlaceholder /> : points.length === 0 ? <Empty>No fills recorded yet.</Empty> : <BudgetChart points={points} decimals={decimals} />}
      </ChartFrame>
      <ChartFrame title="Share of notional" description={`By maker, season ${season}`} testId="chart-share">
        {!board ? <ChartPlaceholder /> : shares.length === 0 ? <Empty>No notional this season.</Empty> : <NotionalShareChart shares={shares} decimals={decimals} />}
      </ChartFrame>
    </div>
  );
}

/** A maker's notional and rewards per day (inside its payout explanation). */
export function MakerDailyChart({ fills, decimals }: { fills: readonly MakerFill[]; decimals: number }) {
  const days = useMemo(() => dailyTotals(fills), [fills]);
  return (
    <ChartFrame title="Daily notional and rewards" description="UTC days, from the fills below" testId="chart-daily">
      {days.length === 0 ? <Empty>No fills.</Empty> : <DailyChart days={days} decimals={decimals} />}
    </ChartFrame>
  );
}
