'use client';

/**
 * The Makers page's recharts charts. Only `charts.tsx` imports this file, and
 * only through next/dynamic, so recharts is a chunk of its own that loads
 * with this page's charts and no other page. Data arrives prepared by
 * lib/makers/series.ts; amounts become whole-KEEL floats here, for the axes
 * only (the figures the page states stay exact bigint elsewhere).
 */
import {
  Area,
  AreaChart,
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DayTotals, NotionalShare } from '@/lib/makers/series';
import { toChartNumber } from '@/lib/makers/series';
import type { BudgetPoint } from '@/lib/makers/types';
import { shortAddress } from '@/lib/staking/format';

const KEEL_BLUE = '#2563eb';
const EMERALD = '#059669';
const SLICE_COLORS = ['#2563eb', '#059669', '#d97706', '#7c3aed', '#db2777', '#0891b2', '#94a3b8'];

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const dayLabel = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const timeLabel = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' });

const axis = { fontSize: 11, fill: '#64748b' };

const HOUR_MS = 3_600_000;
const hourLabel = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'UTC' });

export function BudgetChart({ points, decimals }: { points: readonly BudgetPoint[]; decimals: number }) {
  const data = points.map((p) => ({ time: p.time * 1000, emitted: toChartNumber(p.emitted, decimals), budget: toChartNumber(p.budget, decimals) }));
  // Batches seconds apart (the demo's genesis history) would collapse the time axis to a point
  // (duplicate ticks): give it at least an hour either side, and label hours within two days.
  const first = data[0]?.time ?? 0;
  const last = data.at(-1)?.time ?? 0;
  const domain: [number, number] = last - first < HOUR_MS ? [first - HOUR_MS, last + HOUR_MS] : [first, last];
  const tickLabel = (t: number) => (domain[1] - domain[0] < 2 * 24 * HOUR_MS ? hourLabel.format(t) : dayLabel.format(t));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <AreaChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis dataKey="time" type="number" domain={domain} scale="time" tickFormatter={tickLabel} tick={axis} />
        <YAxis tickFormatter={(v: number) => compact.format(v)} tick={axis} width={44} />
        <Tooltip labelFormatter={(t) => `${timeLabel.format(Number(t))} UTC`} formatter={(v) => `${whole.format(Number(v))} KEEL`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Area type="stepAfter" dataKey="budget" name="Budget" stroke="#94a3b8" fill="#f1f5f9" isAnimationActive={false} />
        <Area type="monotone" dataKey="emitted" name="Paid to makers" stroke={KEEL_BLUE} fill="#bfdbfe" isAnimationActive={false} />
      </AreaChart>
    </ResponsiveContainer>
  );
}

export function NotionalShareChart({ shares, decimals }: { shares: readonly NotionalShare[]; decimals: number }) {
  const data = shares.map((s) => ({ name: s.wallet ? shortAddress(s.wallet) : 'Others', value: toChartNumber(s.notional, decimals), share: s.shareBps / 100 }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <PieChart>
        <Pie data={data} dataKey="value" nameKey="name" innerRadius="45%" outerRadius="80%" paddingAngle={1} isAnimationActive={false}>
          {data.map((d, i) => (
            <Cell key={d.name} fill={SLICE_COLORS[i % SLICE_COLORS.length]} />
          ))}
        </Pie>
        <Tooltip formatter={(v, _n, item) => `${compact.format(Number(v))} KEEL (${(item.payload as { share: number }).share.toFixed(2)} %)`} />
        <Legend layout="vertical" align="right" verticalAlign="middle" wrapperStyle={{ fontSize: 12 }} />
      </PieChart>
    </ResponsiveContainer>
  );
}

export function DailyChart({ days, decimals }: { days: readonly DayTotals[]; decimals: number }) {
  const data = days.map((d) => ({ day: d.day * 1000, notional: toChartNumber(d.notional, decimals), rewards: toChartNumber(d.rewards, decimals) }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={data} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis dataKey="day" tickFormatter={(t: number) => dayLabel.format(t)} tick={axis} />
        <YAxis yAxisId="notional" tickFormatter={(v: number) => compact.format(v)} tick={axis} width={44} />
        <YAxis yAxisId="rewards" orientation="right" tickFormatter={(v: number) => compact.format(v)} tick={axis} width={44} />
        <Tooltip labelFormatter={(t) => dayLabel.format(Number(t))} formatter={(v) => `${whole.format(Number(v))} KEEL`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar yAxisId="notional" dataKey="notional" name="Notional" fill="#bfdbfe" isAnimationActive={false} />
        <Line yAxisId="rewards" dataKey="rewards" name="Rewards" stroke={EMERALD} strokeWidth={2} dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
