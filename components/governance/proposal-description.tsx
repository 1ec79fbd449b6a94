'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Card, Notice } from '@/components/staking/staking-ui';
import { checkDescription, fetchableUrl, isZeroHash } from '@/lib/governance/description';
import { toHex } from '@/lib/governance/parse';
import { MarkdownDocument } from './markdown-document';
import type { Proposal } from '@/lib/programs/governance';

/** The description's URI and sha256; the document itself once fetched and checked against the hash. */
export function DescriptionCard({ proposal }: { proposal: Proposal }) {
  const { uri, descriptionHash } = proposal;
  const hash = toHex(descriptionHash);
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  const url = uri ? fetchableUrl(uri, origin) : null;
  // A path on this portal is fetched at once; another host only when asked (it learns who reads).
  const [asked, setAsked] = useState(false);
  const sameOrigin = uri.startsWith('/');
  const check = useQuery({
    queryKey: ['governance-description', url, hash],
    queryFn: () => checkDescription(url!, descriptionHash),
    enabled: Boolean(url) && !isZeroHash(descriptionHash) && (sameOrigin || asked),
    staleTime: Infinity,
  });

  return (
    <Card title="Description" testId="proposal-description">
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-slate-500 dark:text-slate-400">Document</dt>
        <dd className="min-w-0 break-all" data-testid="description-uri">
          {!uri ? (
            <span className="text-slate-500">none (the title is the whole proposal)</span>
          ) : url ? (
            <a href={url} target="_blank" rel="noreferrer" className="text-keel-600 underline-offset-2 hover:underline dark:text-keel-400">
              {uri}
            </a>
          ) : (
            uri
          )}
        </dd>
        <dt className="text-slate-500 dark:text-slate-400">sha256</dt>
        <dd className="min-w-0 break-all font-mono text-xs leading-5" data-testid="description-hash">
          {isZeroHash(descriptionHash) ? <span className="font-sans text-sm text-slate-500">not pinned</span> : hash}
        </dd>
      </dl>
      {url && !isZeroHash(descriptionHash) && (
        <div className="mt-4">
          {!sameOrigin && !asked && (
            <Button variant="secondary" size="sm" onClick={() => setAsked(true)}>
              Fetch and check the document
            </Button>
          )}
          {check.isFetching && <p className="text-sm text-slate-500">Fetching the document…</p>}
          {check.data?.status === 'match' && (
            <div data-testid="description-verified">
              <p className="mb-2 flex items-center gap-1.5 text-xs font-semibold text-emerald-700 dark:text-emerald-400">
                <svg viewBox="0 0 20 20" className="h-3.5 w-3.5" aria-hidden="true">
                  <path d="M4 10l4 4 8-8" stroke="currentColor" strokeWidth="2.2" fill="none" strokeLinecap="round" strokeLinejoin="round" />
                </svg>
                Matches the hash on chain
              </p>
              <MarkdownDocument text={check.data.text} />
            </div>
          )}
          {check.data?.status === 'mismatch' && (
            <Notice tone="error" testId="description-mismatch">
              The document at this URI does not match the hash on chain (it hashes to <span className="break-all font-mono text-xs">{check.data.actual}</span>): it changed after the
              proposal was made. Do not rely on it.
            </Notice>
          )}
          {check.data?.status === 'unreachable' && <Notice tone="warning">{check.data.reason}</Notice>}
        </div>
      )}
    </Card>
  );
}
