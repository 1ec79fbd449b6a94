'use client';

import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { ProgramStatus } from '@/components/cluster/program-status';
import { Keel, Pending, Stat } from '@/components/staking/staking-ui';
import { PROPOSAL_TYPE_LABELS } from '@/lib/governance/description';
import { type ProposalItem, useProposals } from '@/lib/governance/proposals';
import { countByFilter, filterOf, isProposalFilter, nextDeadline, PROPOSAL_FILTERS, type ProposalFilter, sortProposals } from '@/lib/governance/status';
import { tallyOf } from '@/lib/governance/tally';
import { formatDuration, proposalPhase } from '@/lib/programs/governance';
import { formatBps, formatTokenAmount, shortAddress } from '@/lib/staking/format';
import { type GovernanceState, useGovernanceState } from './governance-data-access';
import { GovernanceGateView } from './governance-gate';
import { Countdown, PhaseBadge, Pill, TallyBars } from './governance-ui';

/**
 * The governance list page: the rules and the wallet's power, proposals by
 * state, a way to propose. The filter is read from `?state=` here, in the
 * browser, so the page itself stays prerendered (render it inside Suspense).
 */
export function ProposalListFeature() {
  const state = useGovernanceState();
  const param = useSearchParams().get('state');
  const initialFilter: ProposalFilter = param && isProposalFilter(param) ? param : 'all';
  if (state.gate.state !== 'ready') return <GovernanceGateView gate={state.gate} />;
  return <ProposalList state={state} initialFilter={initialFilter} />;
}

function ProposalList({ state, initialFilter }: { state: GovernanceState; initialFilter: ProposalFilter }) {
  const { config, deployment, now, mint } = state;
  const proposals = useProposals(deployment);
  const [filter, setFilter] = useState<ProposalFilter>(initialFilter);
  const router = useRouter();
  const pathname = usePathname();
  const items = useMemo(() => proposals.data ?? [], [proposals.data]);
  const counts = useMemo(() => (now === null ? null : countByFilter(items.map((i) => i.proposal), now)), [items, now]);
  const shown = useMemo(
    () => (now === null ? [] : sortProposals(filter === 'all' ? items : items.filter((i) => filterOf(i.proposal, now) === filter), now)),
    [items, filter, now],
  );
  if (!config || !mint) return null;

  const choose = (next: ProposalFilter) => {
    setFilter(next);
    router.replace(next === 'all' ? pathname : `${pathname}?state=${next}`, { scroll: false });
  };

  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4" data-testid="governance-stats">
        <Stat
          label="Your voting power"
          testId="governance-your-power"
          value={!state.owner ? <span className="text-base font-medium text-slate-500">No wallet</span> : state.power === null ? <Pending /> : <Keel amount={state.power} digits={2} unit={false} />}
          hint={`${formatPower(config.minProposalPower)} to propose · ${formatPower(config.minVotePower)} to vote`}
        />
        <Stat
          label="Treasury"
          testId="governance-treasury"
          value={state.treasuryBalance === null ? <Pending /> : <Keel amount={state.treasuryBalance} digits={0} decimals={mint.decimals} />}
          hint="Spent only by executed proposals"
        />
        <Stat label="Quorum · approval" value={`${formatBps(config.quorumBps)} · ${formatBps(config.approvalBps)}`} hint="of total voting power · of for + against" />
        <Stat
          label="Voting · timelock"
          value={`${formatDays(config.votingPeriodSecs)} · ${formatDays(config.timelockSecs)}`}
          hint={`then ${formatDuration(config.gracePeriodSecs)} to queue or execute`}
        />
      </dl>

      <div className="flex flex-wrap items-center justify-between gap-3">
        <div role="group" aria-label="Filter proposals by state" className="flex flex-wrap gap-1.5" data-testid="proposal-filters">
          {PROPOSAL_FILTERS.map((f) => {
            const active = f.id === filter;
            return (
              <button
                key={f.id}
                type="button"
                aria-pressed={active}
                onClick={() => choose(f.id)}
                className={`rounded-full px-3 py-1 text-sm font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-keel-500 ${
                  active
                    ? 'bg-keel-600 text-white'
                    : 'bg-slate-100 text-slate-700 hover:bg-slate-200 dark:bg-slate-800 dark:text-slate-300 dark:hover:bg-slate-700'
                }`}
              >
                {f.label}
                {counts && <span className={`ml-1.5 tabular-nums ${active ? 'text-white/80' : 'text-slate-500 dark:text-slate-400'}`}>{counts[f.id]}</span>}
              </button>
            );
          })}
        </div>
        <Link
          href="/governance/new"
          className="inline-flex items-center gap-1.5 whitespace-nowrap rounded-lg bg-keel-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-keel-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-keel-500"
        >
          New proposal
        </Link>
      </div>

      <section aria-label="Proposals" data-testid="proposal-list">
        {proposals.isPending || now === null ? (
          <div className="space-y-3" aria-busy="true">
            {[0, 1].map((i) => (
              <div key={i} className="h-36 animate-pulse rounded-xl bg-slate-100 dark:bg-slate-900" />
            ))}
          </div>
        ) : proposals.isError ? (
          <p className="text-sm text-red-600 dark:text-red-400">Could not read proposals: {proposals.error.message}</p>
        ) : shown.length === 0 ? (
          <p data-testid="proposal-list-empty" className="rounded-xl border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
            {items.length === 0 ? 'No proposals yet. Stake KEEL and be the first to propose.' : 'No proposals in this state.'}
          </p>
        ) : (
          <ul className="space-y-3">
            {shown.map((item) => (
              <ProposalCard key={item.address.toBase58()} item={item} now={now} decimals={mint.decimals} />
            ))}
          </ul>
        )}
      </section>

      <ProgramStatus program="governance" />
    </div>
  );
}

const formatPower = (v: bigint) => formatTokenAmount(v, { maxFractionDigits: 2 });
const formatDays = (secs: bigint) => formatDuration(secs).replace(' days', ' d').replace(' day', ' d');

function ProposalCard({ item, now, decimals }: { item: ProposalItem; now: bigint; decimals: number }) {
  const p = item.proposal;
  const phase = proposalPhase(p, now);
  const deadline = nextDeadline(p, now);
  const tally = tallyOf(p);
  const id = p.id.toString();
  const titleId = `proposal-${id}-title`;
  return (
    <li
      data-testid="proposal-card"
      data-proposal-id={id}
      aria-labelledby={titleId}
      className="relative rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition-colors focus-within:border-keel-400 hover:border-keel-400 sm:p-5 dark:border-slate-800 dark:bg-slate-900/60 dark:hover:border-keel-600"
    >
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-500 dark:text-slate-400">
        <span className="font-mono font-semibold text-slate-700 dark:text-slate-300">#{id}</span>
        <Pill>{PROPOSAL_TYPE_LABELS[p.type]}</Pill>
        <PhaseBadge phase={phase} />
        {deadline && (
          <span className="ml-auto whitespace-nowrap">
            {deadline.label} <Countdown until={deadline.at} now={now} testId="proposal-time-left" />
          </span>
        )}
      </div>
      <h3 id={titleId} className="mt-2 text-base font-semibold leading-snug">
        <Link href={`/governance/${id}`} className="after:absolute after:inset-0 after:rounded-xl focus-visible:outline-none hover:text-keel-600 dark:hover:text-keel-400">
          {p.title}
        </Link>
      </h3>
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        by <span className="font-mono">{shortAddress(p.proposer.toBase58())}</span> ·{' '}
        {p.type === 'text-only' ? 'no actions' : `${p.actionIndices.length} action${p.actionIndices.length === 1 ? '' : 's'}`}
        {p.state !== 'draft' && ` · ${p.votes} vote${p.votes === 1 ? '' : 's'}`}
      </p>
      {p.state !== 'draft' && p.state !== 'cancelled' && (
        <div className="mt-3 grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
          <TallyBars tally={tally} decimals={decimals} compact />
          <dl className="flex gap-4 text-xs sm:justify-end">
            <Side label="For" amount={tally.for} decimals={decimals} className="text-emerald-700 dark:text-emerald-400" />
            <Side label="Against" amount={tally.against} decimals={decimals} className="text-red-700 dark:text-red-400" />
            <Side label="Abstain" amount={tally.abstain} decimals={decimals} className="text-slate-600 dark:text-slate-400" />
          </dl>
        </div>
      )}
    </li>
  );
}

function Side({ label, amount, decimals, className }: { label: string; amount: bigint; decimals: number; className: string }) {
  return (
    <div>
      <dt className={`font-semibold ${className}`}>{label}</dt>
      <dd className="tabular-nums">
        <Keel amount={amount} decimals={decimals} digits={0} unit={false} />
      </dd>
    </div>
  );
}
