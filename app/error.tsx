'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { KeelError } from '@/lib/errors/keel-error';

/** Route-level boundary: a sentence for KeelErrors, a generic one otherwise, and a retry. */
export default function ErrorBoundary({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const keelError = KeelError.is(error) ? error : null;
  const digest = error instanceof Error && 'digest' in error ? String((error as { digest?: string }).digest ?? '') : '';
  return (
    <div role="alert" className="mx-auto max-w-xl rounded-xl border border-red-200 bg-red-50 p-6 dark:border-red-500/30 dark:bg-red-500/5">
      <h1 className="text-lg font-semibold text-red-900 dark:text-red-200">Something went wrong</h1>
      <p className="mt-2 text-sm text-red-900/80 dark:text-red-200/80">
        {keelError ? keelError.message : 'This page hit an unexpected error. Your funds are not affected: nothing is signed without your wallet.'}
      </p>
      {(keelError || digest) && <p className="mt-2 font-mono text-xs text-red-900/60 dark:text-red-200/60">{keelError?.code ?? `digest ${digest}`}</p>}
      <div className="mt-4 flex gap-2">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded-lg bg-red-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-500"
        >
          Try again
        </button>
        <Link href="/" className="rounded-lg px-3 py-1.5 text-sm font-medium text-red-900 hover:bg-red-100 dark:text-red-200 dark:hover:bg-red-500/10">
          Back to overview
        </Link>
      </div>
    </div>
  );
}
