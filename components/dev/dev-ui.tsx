'use client';

import { LAMPORTS_PER_SOL } from '@solana/web3.js';
import type { ReactNode } from 'react';

export function formatSol(lamports: number): string {
  return `${(lamports / LAMPORTS_PER_SOL).toLocaleString('en-US', { maximumFractionDigits: 4 })} SOL`;
}

export function formatChainTime(unixTimestamp: number): string {
  return `${new Date(unixTimestamp * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function DevCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-amber-200/80 bg-white/70 p-3 dark:border-amber-500/20 dark:bg-slate-900/60">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-amber-800 dark:text-amber-300">{title}</h3>
      <div className="mt-2 space-y-2">{children}</div>
    </div>
  );
}

export function DevButton({
  children,
  onClick,
  disabled,
  busy,
  testId,
  variant = 'primary',
}: {
  children: ReactNode;
  onClick: () => void;
  disabled?: boolean;
  busy?: boolean;
  testId?: string;
  variant?: 'primary' | 'secondary';
}) {
  const style =
    variant === 'primary'
      ? 'bg-amber-500 text-slate-950 hover:bg-amber-400'
      : 'border border-amber-300 text-amber-900 hover:bg-amber-100 dark:border-amber-500/40 dark:text-amber-200 dark:hover:bg-amber-500/10';
  return (
    <button
      type="button"
      data-testid={testId}
      onClick={onClick}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      className={`inline-flex items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm font-semibold transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-500 disabled:cursor-not-allowed disabled:opacity-50 ${style}`}
    >
      {busy && <span aria-hidden="true" className="h-3 w-3 animate-spin rounded-full border-2 border-current border-t-transparent" />}
      {children}
    </button>
  );
}
