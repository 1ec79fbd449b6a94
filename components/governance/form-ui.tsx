'use client';

import { useId, type ReactNode } from 'react';

/** Form fields in the shell's look: a label, the control, a hint and an error tied to it for screen readers. */

const CONTROL =
  'mt-1 block w-full rounded-lg border bg-white px-3 py-2 text-sm outline-none focus-visible:outline-2 focus-visible:outline-keel-500 disabled:opacity-60 dark:bg-slate-950';
const border = (error?: string | null) => (error ? 'border-red-400 dark:border-red-500/60' : 'border-slate-300 dark:border-slate-700');

function Help({ id, hint, error, testId }: { id: string; hint?: ReactNode; error?: string | null; testId?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-600 dark:text-red-400" data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </p>
      )}
    </>
  );
}

const describedBy = (id: string, hint?: ReactNode, error?: string | null) => `${hint ? `${id}-hint` : ''} ${error ? `${id}-error` : ''}`.trim() || undefined;

export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  testId,
  mono = false,
  placeholder,
  suffix,
  inputMode,
  className = '',
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  hint?: ReactNode;
  testId?: string;
  mono?: boolean;
  placeholder?: string;
  suffix?: string;
  inputMode?: 'decimal' | 'text' | 'numeric' | 'url';
  className?: string;
}) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <div className="relative">
        <input
          id={id}
          type="text"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder={placeholder}
          inputMode={inputMode}
          autoComplete="off"
          spellCheck={false}
          data-testid={testId}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className={`${CONTROL} ${border(error)} ${mono ? 'font-mono' : ''} ${suffix ? 'pr-12' : ''} tabular-nums`}
        />
        {suffix && <span className="pointer-events-none absolute inset-y-0 right-3 flex items-center text-sm text-slate-500 dark:text-slate-400">{suffix}</span>}
      </div>
      <Help id={id} hint={hint} error={error} testId={testId} />
    </div>
  );
}

export function TextArea({
  label,
  value,
  onChange,
  error,
  hint,
  testId,
  rows = 6,
  mono = false,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  hint?: ReactNode;
  testId?: string;
  rows?: number;
  mono?: boolean;
  placeholder?: string;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <textarea
        id={id}
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        spellCheck={!mono}
        data-testid={testId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${CONTROL} ${border(error)} ${mono ? 'font-mono text-xs' : ''}`}
      />
      <Help id={id} hint={hint} error={error} testId={testId} />
    </div>
  );
}

export function SelectField<T extends string>({
  label,
  value,
  onChange,
  options,
  hint,
  testId,
}: {
  label: string;
  value: T;
  onChange: (value: T) => void;
  options: readonly { value: T; label: string }[];
  hint?: ReactNode;
  testId?: string;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
        data-testid={testId}
        aria-describedby={describedBy(id, hint)}
        className={`${CONTROL} ${border()} pr-8`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Help id={id} hint={hint} />
    </div>
  );
}

/** A row of mutually exclusive choices (radio buttons styled as a segmented control). */
export function Segmented<T extends string>({
  label,
  value,
  onChange,
  options,
  testId,
}: {
  label: string;
  value: T;
  onChange: (value: T) => void;
  options: readonly { value: T; label: string }[];
  testId?: string;
}) {
  const name = useId();
  return (
    <fieldset data-testid={testId}>
      <legend className="text-sm font-medium">{label}</legend>
      <div className="mt-1 inline-flex flex-wrap gap-1 rounded-lg bg-slate-100 p-1 dark:bg-slate-800">
        {options.map((o) => (
          <label
            key={o.value}
            className={`cursor-pointer rounded-md px-3 py-1.5 text-sm font-medium focus-within:outline-2 focus-within:outline-keel-500 ${
              o.value === value ? 'bg-white text-keel-600 shadow-sm dark:bg-slate-950 dark:text-keel-400' : 'text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white'
            }`}
          >
            <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} className="sr-only" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function Checkbox({ label, checked, onChange, testId }: { label: ReactNode; checked: boolean; onChange: (checked: boolean) => void; testId?: string }) {
  return (
    <label className="inline-flex cursor-pointer items-center gap-2 text-sm">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        data-testid={testId}
        className="h-4 w-4 rounded border-slate-300 text-keel-600 focus-visible:outline-2 focus-visible:outline-keel-500 dark:border-slate-600"
      />
      {label}
    </label>
  );
}
