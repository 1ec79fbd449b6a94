'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { CLUSTER_IDS, CLUSTER_LABELS, DEFAULT_RPC_URLS, type ClusterId } from '@/lib/config/cluster';
import { useCluster } from '@/lib/solana/useCluster';
import { useSettingsStore } from '@/lib/stores/settings';
import { ClusterDot } from './cluster-badge';

/** Header badge showing the active cluster; opens a popover to switch or enter a custom RPC. */
export function ClusterSelector() {
  const cluster = useCluster();
  const hydrated = useSettingsStore((s) => s.hydrated);
  const selectCluster = useSettingsStore((s) => s.selectCluster);
  const setCustomRpc = useSettingsStore((s) => s.setCustomRpc);
  const savedCustomUrl = useSettingsStore((s) => s.cluster.customRpcUrl);
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<ClusterId>(cluster.id);
  const [url, setUrl] = useState(savedCustomUrl ?? '');
  const [error, setError] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const urlId = useId();
  const errorId = useId();

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    const onPointer = (e: PointerEvent) => {
      if (rootRef.current && !rootRef.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  function toggle() {
    if (!open) {
      setChoice(cluster.id);
      setUrl(savedCustomUrl ?? '');
      setError(null);
    }
    setOpen(!open);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (choice === 'custom') {
      const message = setCustomRpc(url);
      setError(message);
      if (message) return;
    } else {
      selectCluster(choice);
    }
    setOpen(false);
  }

  return (
    <div ref={rootRef} className="relative">
      <button
        type="button"
        data-testid="cluster-badge"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
        title={cluster.rpcUrl}
        className="flex h-9 items-center gap-2 whitespace-nowrap rounded-full border border-slate-300 bg-white px-3 text-sm font-medium text-slate-700 hover:border-slate-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-keel-500 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-200 dark:hover:border-slate-500"
      >
        <ClusterDot id={cluster.id} />
        <span className="sr-only">Cluster: </span>
        <span data-hydrated={hydrated}>{cluster.label}</span>
        <svg viewBox="0 0 20 20" className="hidden h-4 w-4 text-slate-400 sm:block" aria-hidden="true">
          <path d="M5 8l5 5 5-5" stroke="currentColor" strokeWidth="1.8" fill="none" strokeLinecap="round" />
        </svg>
      </button>
      {open && (
        // Phones: a full-width sheet under the header (the badge sits mid-header, so a
        // right-anchored 20rem panel would run off the left edge). Wider: a popover.
        <div
          id={panelId}
          role="dialog"
          aria-label="Choose cluster"
          className="fixed inset-x-4 top-[4.5rem] z-40 rounded-xl border sm:absolute sm:inset-x-auto sm:right-0 sm:top-auto sm:mt-2 sm:w-80 border-slate-200 bg-white p-4 shadow-xl dark:border-slate-700 dark:bg-slate-900"
        >
          <form onSubmit={submit} noValidate>
            <fieldset>
              <legend className="mb-2 text-sm font-semibold">Cluster</legend>
              <div className="space-y-1">
                {CLUSTER_IDS.map((id) => (
                  <label
                    key={id}
                    className="flex cursor-pointer items-center gap-3 rounded-lg px-2 py-2 text-sm hover:bg-slate-50 has-[:checked]:bg-keel-50 dark:hover:bg-slate-800 dark:has-[:checked]:bg-keel-900/60"
                  >
                    <input
                      type="radio"
                      name="cluster"
                      value={id}
                      checked={choice === id}
                      onChange={() => setChoice(id)}
                      className="accent-keel-600"
                    />
                    <ClusterDot id={id} />
                    <span className="flex-1">
                      <span className="block font-medium">{CLUSTER_LABELS[id]}</span>
                      <span className="block truncate text-xs text-slate-500 dark:text-slate-400">
                        {id === 'custom' ? 'Any http(s) JSON-RPC endpoint' : DEFAULT_RPC_URLS[id]}
                      </span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            {choice === 'custom' && (
              <div className="mt-3">
                <label htmlFor={urlId} className="mb-1 block text-sm font-medium">
                  RPC URL
                </label>
                <input
                  id={urlId}
                  type="url"
                  inputMode="url"
                  autoComplete="url"
                  placeholder="https://rpc.example.com"
                  value={url}
                  onChange={(e) => setUrl(e.target.value)}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? errorId : undefined}
                  className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-keel-500 aria-[invalid]:border-red-500 dark:border-slate-600 dark:bg-slate-950"
                />
                {error && (
                  <p id={errorId} role="alert" className="mt-1 text-xs text-red-600 dark:text-red-400">
                    {error}
                  </p>
                )}
              </div>
            )}
            <div className="mt-4 flex justify-end gap-2">
              <button
                type="button"
                onClick={() => setOpen(false)}
                className="rounded-lg px-3 py-1.5 text-sm font-medium text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
              >
                Cancel
              </button>
              <button type="submit" className="rounded-lg bg-keel-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-keel-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-keel-500">
                Switch
              </button>
            </div>
          </form>
        </div>
      )}
    </div>
  );
}
