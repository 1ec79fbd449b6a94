'use client';

import { Card, Notice } from '@/components/staking/staking-ui';
import { PROPOSAL_TYPE_LABELS } from '@/lib/governance/description';
import { formatChainDate } from '@/lib/staking/format';
import { type GovernanceState, useGovernanceState } from './governance-data-access';
import { GovernanceGateView } from './governance-gate';
import { AddressLink, PhaseBadge } from './governance-ui';
import { ProposalActionsCard } from './proposal-actions';
import { useProposalPage } from './proposal-data-access';
import { DescriptionCard } from './proposal-description';
import { ResultsCard, StatusCard } from './proposal-status';
import { VoteCard } from './proposal-vote';
import { VoteListCard } from './vote-list';

/** One proposal: what it says and does (with the simulated effect), where it stands, the wallet's vote, every vote. */
export function ProposalFeature({ id }: { id: string }) {
  const state = useGovernanceState();
  if (state.gate.state !== 'ready') return <GovernanceGateView gate={state.gate} />;
  return <Proposal state={state} id={BigInt(id)} />;
}

function Proposal({ state, id }: { state: GovernanceState; id: bigint }) {
  const page = useProposalPage(state, id);
  const { item, phase, proposalQuery } = page;
  if (proposalQuery.isPending) {
    return <div className="h-96 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" aria-busy="true" data-testid="proposal-loading" />;
  }
  if (proposalQuery.isError) return <Notice tone="error">Could not read proposal #{id.toString()}: {proposalQuery.error.message}</Notice>;
  if (!item) {
    return (
      <Card title={`There is no proposal #${id}`} testId="proposal-missing">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Governance has {state.config?.proposalCount.toString() ?? 'no'} proposal{state.config?.proposalCount === 1n ? '' : 's'} so far, numbered from 0.
        </p>
      </Card>
    );
  }
  const p = item.proposal;
  return (
    <article aria-labelledby="proposal-title" data-testid="proposal-page" data-proposal-id={p.id.toString()}>
      <header className="mb-6">
        <p className="text-sm font-semibold uppercase tracking-wide text-keel-600 dark:text-keel-400">
          Proposal #{p.id.toString()} · {PROPOSAL_TYPE_LABELS[p.type]}
        </p>
        <h1 id="proposal-title" className="mt-1 text-3xl font-semibold tracking-tight">
          {p.title}
        </h1>
        <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
          {phase && <PhaseBadge phase={phase} />}
          <span>
            by <AddressLink address={p.proposer} testId="proposal-proposer" />
            {state.owner?.equals(p.proposer) && <span className="ml-1 font-medium text-slate-800 dark:text-slate-200">(you)</span>}
          </span>
          <span>created {formatChainDate(p.createdAt)}</span>
        </div>
      </header>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="order-2 min-w-0 space-y-6 lg:order-1 lg:col-span-2">
          <DescriptionCard proposal={p} />
          <ProposalActionsCard state={state} page={page} />
          <VoteListCard page={page} />
        </div>
        <div className="order-1 min-w-0 space-y-6 lg:order-2">
          <StatusCard state={state} page={page} />
          <ResultsCard page={page} />
          <VoteCard state={state} page={page} />
        </div>
      </div>
    </article>
  );
}
