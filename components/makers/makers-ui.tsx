'use client';

import type { ReactNode } from 'react';
import { averageImprovementBps } from '@/lib/programs/makers';
import { formatMultiplier } from '@/lib/staking/format';

/**
 * Small pieces of the Makers page; cards, buttons, dialogs and amounts are
 * the staking pages' (components/staking/staking-ui.tsx).
 */

/** "4.37 bp" (notional-weighted; "—" without notional). */
export function formatImprovement(stats: { notional: bigint; improvementWeighted: bigint }): string {
  return stats.notional === 0n ? '—' : `${averageImprovementBps(stats).toFixed(2)} bp`;
}

/** "2× · 1.25×" for an early and a volatility multiplier in basis points. */
export function formatMultipliers(earlyBps: number, volatilityBps: number): string {
  return `${formatMultiplier(earlyBps)} early · ${formatMultiplier(volatilityBps)} volatility`;
}

/** A labelled figure inside a panel. */
export function Figure({ label, children, hint, testId }: { label: string; children: ReactNode; hint?: ReactNode; testId?: string }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="font-semibold tabular-nums" data-testid={testId}>
        {children}
      </dd>
      {hint && <dd className="text-xs text-slate-500 dark:text-slate-400">{hint}</dd>}
    </div>
  );
}

/** A chart's frame with its title, and the space it takes while recharts loads. */
export function ChartFrame({ title, description, children, testId }: { title: string; description?: string; children: ReactNode; testId?: string }) {
  return (
    <figure data-testid={testId} className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900/60">
      <figcaption>
        <p className="text-sm font-semibold">{title}</p>
        {description && <p className="text-xs text-slate-500 dark:text-slate-400">{description}</p>}
      </figcaption>
      <div className="mt-3 h-56">{children}</div>
    </figure>
  );
}

export function ChartPlaceholder() {
  return <div role="status" className="h-full animate-pulse rounded-lg bg-slate-100 dark:bg-slate-900" aria-label="Loading the chart" />;
}
