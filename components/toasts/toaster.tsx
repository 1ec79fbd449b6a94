'use client';

import { useEffect } from 'react';
import { useToastStore, type Toast, type ToastStatus } from '@/lib/stores/toasts';

const AUTO_DISMISS_MS: Partial<Record<ToastStatus, number>> = { confirmed: 8_000, info: 6_000 };

const STATUS_STYLE: Record<ToastStatus, { ring: string; label: string }> = {
  pending: { ring: 'border-l-keel-500', label: 'In progress' },
  confirmed: { ring: 'border-l-emerald-500', label: 'Confirmed' },
  failed: { ring: 'border-l-red-500', label: 'Failed' },
  info: { ring: 'border-l-slate-400', label: 'Notice' },
};

function StatusIcon({ status }: { status: ToastStatus }) {
  if (status === 'pending') {
    return <span aria-hidden="true" className="mt-0.5 h-4 w-4 shrink-0 animate-spin rounded-full border-2 border-keel-500 border-t-transparent" />;
  }
  const path = status === 'confirmed' ? 'M4 10l4 4 8-8' : status === 'failed' ? 'M5 5l10 10M15 5L5 15' : 'M10 6v5M10 14v.5';
  const color = status === 'confirmed' ? 'text-emerald-500' : status === 'failed' ? 'text-red-500' : 'text-slate-400';
  return (
    <svg viewBox="0 0 20 20" className={`mt-0.5 h-4 w-4 shrink-0 ${color}`} aria-hidden="true">
      <path d={path} stroke="currentColor" strokeWidth="2.2" fill="none" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToastStore((s) => s.dismiss);
  const delay = AUTO_DISMISS_MS[toast.status];
  useEffect(() => {
    if (!delay) return;
    const timer = setTimeout(() => dismiss(toast.id), delay);
    return () => clearTimeout(timer);
  }, [delay, dismiss, toast.id]);
  const style = STATUS_STYLE[toast.status];
  return (
    <li
      data-testid="toast"
      data-status={toast.status}
      className={`pointer-events-auto w-full rounded-lg border border-l-4 border-slate-200 bg-white p-3 shadow-lg dark:border-slate-700 dark:bg-slate-900 ${style.ring}`}
    >
      <div className="flex items-start gap-2.5">
        <StatusIcon status={toast.status} />
        <div className="min-w-0 flex-1">
          <p className="text-sm font-semibold">
            {toast.title}
            <span className="sr-only">: {style.label}</span>
          </p>
          {toast.description && <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-300">{toast.description}</p>}
          {toast.code && <p className="mt-1 font-mono text-xs text-slate-500 dark:text-slate-400">{toast.code}</p>}
          {toast.explorerUrl && (
            <a
              href={toast.explorerUrl}
              target="_blank"
              rel="noreferrer"
              className="mt-1 inline-block text-sm font-medium text-keel-600 underline-offset-2 hover:underline dark:text-keel-400"
            >
              View on explorer<span className="sr-only"> (opens in a new tab)</span>
            </a>
          )}
          {toast.logs && toast.logs.length > 0 && (
            <details className="mt-2">
              <summary className="cursor-pointer text-xs font-medium text-slate-500 dark:text-slate-400">Program logs ({toast.logs.length})</summary>
              <pre className="mt-1 max-h-48 overflow-auto rounded bg-slate-100 p-2 text-[11px] leading-snug dark:bg-slate-950">{toast.logs.join('\n')}</pre>
            </details>
          )}
        </div>
        <button
          type="button"
          onClick={() => dismiss(toast.id)}
          className="rounded p-0.5 text-slate-400 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-keel-500 dark:hover:text-slate-200"
          aria-label={`Dismiss ${toast.title}`}
        >
          <svg viewBox="0 0 20 20" className="h-4 w-4" aria-hidden="true">
            <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
      </div>
    </li>
  );
}

/** Transaction and notice toasts, bottom right; announced politely to screen readers. */
export function Toaster() {
  const toasts = useToastStore((s) => s.toasts);
  return (
    <section aria-label="Notifications" className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex justify-end p-4">
      <ol aria-live="polite" className="flex w-full max-w-sm flex-col gap-2">
        {toasts.map((t) => (
          <ToastItem key={t.id} toast={t} />
        ))}
      </ol>
    </section>
  );
}
