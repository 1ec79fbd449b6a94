'use client';

import { useEffect, useId, useRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import { formatTokenAmount } from '@/lib/staking/format';

/**
 * Presentational pieces shared by the Stake and Rewards pages, in the shell's
 * look (slate borders, Keel blue actions, dark-mode variants).
 */

export function Card({
  title,
  description,
  actions,
  children,
  className = '',
  testId,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const id = useId();
  return (
    <section
      aria-labelledby={id}
      data-testid={testId}
      className={`rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 dark:border-slate-800 dark:bg-slate-900/60 ${className}`}
    >
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0">
          <h2 id={id} className="text-base font-semibold">
            {title}
          </h2>
          {description && <p className="mt-0.5 text-sm text-slate-600 dark:text-slate-400">{description}</p>}
        </div>
        {actions && <div className="flex flex-wrap items-center gap-2">{actions}</div>}
      </div>
      <div className="mt-4">{children}</div>
    </section>
  );
}

export function Stat({ label, value, hint, testId }: { label: string; value: ReactNode; hint?: ReactNode; testId?: string }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900/60">
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="mt-1 text-xl font-semibold tabular-nums" data-testid={testId}>
        {value}
      </dd>
      {hint && <dd className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">{hint}</dd>}
    </div>
  );
}

type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';

const BUTTON_STYLE: Record<ButtonVariant, string> = {
  primary: 'bg-keel-600 text-white hover:bg-keel-500 shadow-sm',
  secondary:
    'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800',
  ghost: 'text-keel-600 hover:bg-keel-50 dark:text-keel-400 dark:hover:bg-keel-900/40',
  danger: 'bg-red-600 text-white hover:bg-red-500 shadow-sm',
};

export function Button({
  variant = 'primary',
  size = 'md',
  busy = false,
  className = '',
  children,
  disabled,
  type = 'button',
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: 'sm' | 'md'; busy?: boolean }) {
  return (
    <button
      type={type}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      className={`inline-flex items-center justify-center gap-1.5 whitespace-nowrap rounded-lg font-semibold transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-keel-500 disabled:cursor-not-allowed disabled:opacity-50 ${
        size === 'sm' ? 'px-2.5 py-1 text-sm' : 'px-4 py-2 text-sm'
      } ${BUTTON_STYLE[variant]} ${className}`}
      {...rest}
    >
      {busy && <span aria-hidden="true" className="h-3.5 w-3.5 animate-spin rounded-full border-2 border-current border-t-transparent" />}
      {children}
    </button>
  );
}

const NOTICE_STYLE = {
  info: 'border-keel-100 bg-keel-50 text-keel-900 dark:border-keel-900 dark:bg-keel-900/30 dark:text-keel-100',
  warning: 'border-amber-200 bg-amber-50 text-amber-900 dark:border-amber-500/30 dark:bg-amber-500/10 dark:text-amber-100',
  error: 'border-red-200 bg-red-50 text-red-900 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-100',
};

export function Notice({ tone = 'info', children, testId }: { tone?: keyof typeof NOTICE_STYLE; children: ReactNode; testId?: string }) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} data-testid={testId} className={`rounded-lg border px-3 py-2 text-sm ${NOTICE_STYLE[tone]}`}>
      {children}
    </div>
  );
}

/**
 * An amount of KEEL. `data-amount` carries the exact base units (tests and
 * tooling read it); the title shows every digit.
 */
export function Keel({
  amount,
  decimals = 9,
  digits = 4,
  unit = true,
  testId,
  className = '',
}: {
  amount: bigint;
  decimals?: number;
  digits?: number;
  unit?: boolean;
  testId?: string;
  className?: string;
}) {
  return (
    <span
      data-testid={testId}
      data-amount={amount.toString()}
      title={`${formatTokenAmount(amount, { decimals, maxFractionDigits: decimals })} KEEL`}
      className={`tabular-nums ${className}`}
    >
      {formatTokenAmount(amount, { decimals, maxFractionDigits: digits })}
      {unit && <span className="ml-1 text-[0.8em] font-medium text-slate-500 dark:text-slate-400">KEEL</span>}
    </span>
  );
}

export function AmountField({
  label,
  value,
  onChange,
  onMax,
  error,
  hint,
  disabled,
  testId,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onMax?: () => void;
  error?: string | null;
  hint?: ReactNode;
  disabled?: boolean;
  testId?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <div
        className={`mt-1 flex items-center rounded-lg border bg-white focus-within:outline-2 focus-within:outline-keel-500 dark:bg-slate-950 ${
          error ? 'border-red-400 dark:border-red-500/60' : 'border-slate-300 dark:border-slate-700'
        }`}
      >
        <input
          id={id}
          data-testid={testId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          placeholder="0.0"
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${hint ? hintId : ''} ${error ? errorId : ''}`.trim() || undefined}
          className="min-w-0 flex-1 rounded-lg bg-transparent px-3 py-2 text-lg tabular-nums outline-none disabled:opacity-60"
        />
        <span className="px-1 text-sm font-medium text-slate-500 dark:text-slate-400">KEEL</span>
        {onMax && (
          <button
            type="button"
            onClick={onMax}
            disabled={disabled}
            className="mr-1.5 rounded-md px-2 py-1 text-xs font-semibold uppercase text-keel-600 hover:bg-keel-50 focus-visible:outline-2 focus-visible:outline-keel-500 disabled:opacity-50 dark:text-keel-400 dark:hover:bg-keel-900/40"
          >
            Max
          </button>
        )}
      </div>
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mt-1 text-sm text-red-600 dark:text-red-400" data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A modal dialog on the native `<dialog>` (focus trap, Escape, inert page); `wide` for tables. */
export function Dialog({
  open,
  onClose,
  title,
  children,
  testId,
  wide = false,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  testId?: string;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      className={`m-auto ${wide ? 'max-h-[calc(100dvh-2rem)] w-[min(60rem,calc(100vw-2rem))] overflow-y-auto' : 'w-[min(32rem,calc(100vw-2rem))]'} rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100`}
    >
      {open && (
        <div className="p-5">
          <div className="flex items-start justify-between gap-4">
            <h2 id={titleId} className="text-lg font-semibold">
              {title}
            </h2>
            <button
              type="button"
              onClick={onClose}
              aria-label="Close"
              className="rounded p-1 text-slate-400 hover:text-slate-700 focus-visible:outline-2 focus-visible:outline-keel-500 dark:hover:text-slate-200"
            >
              <svg viewBox="0 0 20 20" className="h-4 w-4" aria-hidden="true">
                <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
              </svg>
            </button>
          </div>
          <div className="mt-4">{children}</div>
        </div>
      )}
    </dialog>
  );
}

/** A definition list of label/value rows, for quotes shown before signing. */
export function Summary({ rows, testId }: { rows: { label: string; value: ReactNode; testId?: string; tone?: 'warning' }[]; testId?: string }) {
  return (
    <dl data-testid={testId} className="divide-y divide-slate-100 rounded-lg bg-slate-50 px-3 text-sm dark:divide-slate-800 dark:bg-slate-950/60">
      {rows.map((row) => (
        <div key={row.label} className="flex items-center justify-between gap-4 py-2">
          <dt className="text-slate-600 dark:text-slate-400">{row.label}</dt>
          <dd
            data-testid={row.testId}
            className={`text-right font-medium tabular-nums ${row.tone === 'warning' ? 'text-amber-700 dark:text-amber-300' : ''}`}
          >
            {row.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The loading placeholder of a number. */
export function Pending() {
  return <span role="status" className="inline-block h-5 w-16 animate-pulse rounded bg-slate-200 align-middle dark:bg-slate-800" aria-label="Loading" />;
}
