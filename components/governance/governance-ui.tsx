'use client';

import type { ReactNode } from 'react';
import { useCluster } from '@/lib/solana/useCluster';
import { shortAddress } from '@/lib/staking/format';
import { formatShare, type Tally } from '@/lib/governance/tally';
import { formatTimeLeft, PHASE_LABELS, PHASE_TONES, type PhaseTone, type ProposalPhase } from '@/lib/governance/status';
import { explorerUrl } from '@/lib/tx/explorer';
import { Keel } from '@/components/staking/staking-ui';

/**
 * Governance's presentational pieces, in the shell's look (the cards, buttons
 * and amounts come from components/staking/staking-ui.tsx).
 */

const TONE_STYLE: Record<PhaseTone, string> = {
  active: 'bg-keel-100 text-keel-900 ring-keel-600/20 dark:bg-keel-900 dark:text-keel-100',
  positive: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20 dark:bg-emerald-500/10 dark:text-emerald-300',
  negative: 'bg-red-50 text-red-800 ring-red-600/20 dark:bg-red-500/10 dark:text-red-300',
  pending: 'bg-amber-50 text-amber-900 ring-amber-600/20 dark:bg-amber-500/10 dark:text-amber-200',
  neutral: 'bg-slate-100 text-slate-700 ring-slate-500/20 dark:bg-slate-800 dark:text-slate-300',
};

export function PhaseBadge({ phase, testId = 'proposal-state' }: { phase: ProposalPhase; testId?: string }) {
  return (
    <span
      data-testid={testId}
      data-phase={phase}
      className={`inline-flex shrink-0 items-center gap-1 whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${TONE_STYLE[PHASE_TONES[phase]]}`}
    >
      {phase === 'voting' && <span aria-hidden="true" className="h-1.5 w-1.5 animate-pulse rounded-full bg-current" />}
      {PHASE_LABELS[phase]}
    </span>
  );
}

export function Pill({ children }: { children: ReactNode }) {
  return (
    <span className="inline-flex shrink-0 items-center whitespace-nowrap rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-600 dark:bg-slate-800 dark:text-slate-300">
      {children}
    </span>
  );
}

/**
 * A progress bar with an optional threshold marker. Percentages are display
 * values only (0..100); the label carries the exact numbers for screen readers.
 */
export function Bar({
  value,
  marker,
  tone = 'keel',
  label,
  testId,
}: {
  value: number;
  marker?: number;
  tone?: 'keel' | 'emerald' | 'red' | 'slate';
  label: string;
  testId?: string;
}) {
  const fill = { keel: 'bg-keel-600', emerald: 'bg-emerald-500', red: 'bg-red-500', slate: 'bg-slate-400' }[tone];
  const clamped = Math.max(0, Math.min(100, value));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(clamped)}
      data-testid={testId}
      className="relative h-2 w-full overflow-visible rounded-full bg-slate-200 dark:bg-slate-800"
    >
      <div className={`h-2 rounded-full ${fill}`} style={{ width: `${clamped}%` }} />
      {marker !== undefined && (
        <div aria-hidden="true" className="absolute -top-1 h-4 w-0.5 rounded bg-slate-900 dark:bg-slate-100" style={{ left: `calc(${Math.min(100, marker)}% - 1px)` }} />
      )}
    </div>
  );
}

/** Quorum and approval, each a bar with its threshold and the numbers behind it. */
export function TallyBars({ tally, decimals = 9, compact = false }: { tally: Tally; decimals?: number; compact?: boolean }) {
  return (
    <div className={compact ? 'space-y-2' : 'space-y-4'}>
      <div>
        <div className="flex items-baseline justify-between gap-2 text-xs">
          <span className="font-medium text-slate-700 dark:text-slate-300">Quorum</span>
          <span className="tabular-nums text-slate-600 dark:text-slate-400" data-testid="quorum-text">
            <Keel amount={tally.quorumPower} decimals={decimals} digits={0} unit={false} /> of{' '}
            <Keel amount={tally.quorumRequired} decimals={decimals} digits={0} unit={false} />
            {tally.quorumReached ? ' · reached' : ''}
          </span>
        </div>
        <div className="mt-1">
          <Bar
            value={tally.quorumPct}
            tone={tally.quorumReached ? 'emerald' : 'keel'}
            label={`Quorum: ${formatShare(tally.quorumPct)} of the ${formatShare(tally.quorumThresholdPct)} of total voting power needed`}
            testId="quorum-bar"
          />
        </div>
      </div>
      <div>
        <div className="flex items-baseline justify-between gap-2 text-xs">
          <span className="font-medium text-slate-700 dark:text-slate-300">Approval</span>
          <span className="tabular-nums text-slate-600 dark:text-slate-400" data-testid="approval-text">
            {tally.for + tally.against === 0n ? 'no votes yet' : `${formatShare(tally.approvalPct)} for`} · needs {formatShare(tally.approvalThresholdPct)}
          </span>
        </div>
        <div className="mt-1">
          <Bar
            value={tally.for + tally.against === 0n ? 0 : tally.approvalPct}
            marker={tally.approvalThresholdPct}
            tone={tally.approved ? 'emerald' : tally.for + tally.against === 0n ? 'slate' : 'red'}
            label={`Approval: ${formatShare(tally.approvalPct)} of for and against votes are for; ${formatShare(tally.approvalThresholdPct)} needed`}
            testId="approval-bar"
          />
        </div>
      </div>
    </div>
  );
}

/** A countdown on the chain's clock: "6 d 23 h" until `until`, or `done` once reached. */
export function Countdown({ until, now, done = 'now', testId }: { until: bigint; now: bigint | null; done?: string; testId?: string }) {
  if (now === null) return <span className="text-slate-400">…</span>;
  const left = formatTimeLeft(until, now);
  return (
    <span data-testid={testId} className="tabular-nums" title={new Date(Number(until) * 1000).toUTCString()}>
      {left ?? done}
    </span>
  );
}

/** An address, shortened, linked to the explorer. */
export function AddressLink({ address, label, testId }: { address: { toBase58(): string } | string; label?: string; testId?: string }) {
  const cluster = useCluster();
  const b58 = typeof address === 'string' ? address : address.toBase58();
  return (
    <a
      href={explorerUrl({ address: b58 }, cluster)}
      target="_blank"
      rel="noreferrer"
      title={b58}
      data-testid={testId}
      className="font-mono text-keel-600 underline-offset-2 hover:underline dark:text-keel-400"
    >
      {label ?? shortAddress(b58)}
      <span className="sr-only"> (opens the explorer in a new tab)</span>
    </a>
  );
}

/** A "label: before → after" line. */
export function ChangeLine({ label, before, after, testId }: { label: string; before: string; after: string; testId?: string }) {
  return (
    <li data-testid={testId} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5 py-1.5 text-sm">
      <span className="text-slate-600 dark:text-slate-400">{label}</span>
      <span className="tabular-nums">
        <span className="text-slate-500 line-through decoration-slate-400/70 dark:text-slate-400">{before}</span>
        <span aria-hidden="true" className="mx-1.5 text-slate-400">
          →
        </span>
        <span className="sr-only"> becomes </span>
        <span className="font-semibold">{after}</span>
      </span>
    </li>
  );
}
