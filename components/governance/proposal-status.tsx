'use client';

import type { ReactNode } from 'react';
import { ConnectPrompt } from '@/components/staking/staking-gate';
import { Button, Card, Keel, Notice } from '@/components/staking/staking-ui';
import { activate } from '@/lib/governance/actions/activate';
import { cancel } from '@/lib/governance/actions/cancel';
import { execute } from '@/lib/governance/actions/execute';
import { finalize } from '@/lib/governance/actions/finalize';
import { queue } from '@/lib/governance/actions/queue';
import { nextDeadline, PHASE_LABELS, publicStep } from '@/lib/governance/status';
import { formatShare, tallyOf } from '@/lib/governance/tally';
import { formatDuration, proposalOutcome } from '@/lib/programs/governance';
import { formatBps, formatChainDate, formatTokenAmount } from '@/lib/staking/format';
import { type KeelTransactionRequest, useSendKeelTransaction } from '@/lib/tx/useSendKeelTransaction';
import type { GovernanceState } from './governance-data-access';
import { Countdown, TallyBars } from './governance-ui';
import type { useProposalPage } from './proposal-data-access';

type Page = ReturnType<typeof useProposalPage>;

/** Sends requests one after the other; a failure stops the rest (its toast says why). */
export function useSendAll() {
  const send = useSendKeelTransaction();
  const sendAll = async (requests: readonly KeelTransactionRequest[]) => {
    try {
      for (const request of requests) await send.mutateAsync(request);
      return true;
    } catch {
      return false;
    }
  };
  return { send, sendAll };
}

/** Where the proposal stands on the chain's clock, and the step anyone (or its proposer) may take now. */
export function StatusCard({ state, page }: { state: GovernanceState; page: Page }) {
  const { item, phase, actions } = page;
  const { now, actionContext, owner } = state;
  const { send, sendAll } = useSendAll();
  if (!item || !phase) return null;
  const p = item.proposal;
  const ref = { address: item.address, id: p.id };
  const step = now !== null ? publicStep(p, now) : null;
  const deadline = now !== null ? nextDeadline(p, now) : null;
  const isProposer = owner?.equals(p.proposer) ?? false;
  const busy = send.isPending;
  const pendingActions = (actions.data ?? []).filter((a) => !a.executed);

  const stepText: Record<Exclude<typeof step, null>, { button: string; why: string }> = {
    finalize: {
      button: 'Finalize',
      why: phase === 'expired' ? 'Its window to be queued or executed has passed: anyone may record it as Expired.' : 'Voting has ended: anyone may record the result.',
    },
    queue: { button: 'Queue', why: `It passed: anyone may start the ${formatDuration(p.timelockSecs)} timelock.` },
    execute: { button: pendingActions.length > 1 ? `Execute ${pendingActions.length} actions` : 'Execute', why: 'The timelock is over: anyone may run its actions.' },
  };

  const runStep = () => {
    if (!actionContext || !step) return;
    if (step === 'finalize') send.mutate(finalize({ ...actionContext, proposal: ref }));
    else if (step === 'queue') send.mutate(queue({ ...actionContext, proposal: ref }));
    else void sendAll(execute({ ...actionContext, proposal: ref, actions: pendingActions }));
  };

  return (
    <Card title="Status" testId="proposal-status">
      <div className="space-y-4">
        {deadline && (
          <div className="rounded-lg bg-slate-50 p-3 dark:bg-slate-950/60">
            <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">{deadline.label}</p>
            <p className="mt-0.5 text-2xl font-semibold">
              <Countdown until={deadline.at} now={now} testId="proposal-countdown" />
            </p>
            <p className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">{formatChainDate(new Date(Number(deadline.at) * 1000))} (chain time)</p>
          </div>
        )}
        <dl className="space-y-1.5 text-sm">
          <Row label="State" value={PHASE_LABELS[phase]} testId="status-state" />
          {p.votingStartsAt && <Row label="Voting opened" value={formatChainDate(p.votingStartsAt)} />}
          {p.votingEndsAt && (
            <Row
              label={now !== null && now < p.endTs ? 'Voting ends' : 'Voting ended'}
              value={
                <>
                  {formatChainDate(p.votingEndsAt)}
                  {p.extended && <span className="ml-1 text-xs text-amber-700 dark:text-amber-300">(extended)</span>}
                </>
              }
              testId="status-voting-end"
            />
          )}
          {p.eta && <Row label={now !== null && now < p.etaTs ? 'Executable from' : 'Executable since'} value={formatChainDate(p.eta)} testId="status-eta" />}
          {p.closedAt && <Row label={p.state === 'succeeded' || p.state === 'queued' ? 'Finalized' : PHASE_LABELS[p.state]} value={formatChainDate(p.closedAt)} />}
          {!p.eta && p.state !== 'draft' && p.actionIndices.length > 0 && <Row label="Timelock" value={formatDuration(p.timelockSecs)} />}
        </dl>

        {step && (
          <div className="space-y-2 border-t border-slate-100 pt-4 dark:border-slate-800">
            <p className="text-sm text-slate-600 dark:text-slate-400">{stepText[step].why}</p>
            {actionContext ? (
              <Button onClick={runStep} busy={busy} disabled={step === 'execute' && actions.isPending} data-testid={`proposal-${step}`} className="w-full">
                {stepText[step].button}
              </Button>
            ) : (
              <ConnectPrompt>Connect a wallet to {step} it (the wallet pays the fee).</ConnectPrompt>
            )}
          </div>
        )}

        {isProposer && actionContext && (phase === 'draft' || (phase === 'voting' && p.votesCast === 0)) && (
          <div className="space-y-2 border-t border-slate-100 pt-4 dark:border-slate-800" data-testid="proposer-controls">
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {phase === 'draft' ? 'Your draft: add or remove actions, then open voting.' : 'Nobody has voted yet: you may still withdraw it.'}
            </p>
            <div className="flex flex-wrap gap-2">
              {phase === 'draft' && (
                <Button onClick={() => send.mutate(activate({ ...actionContext, proposal: ref }))} busy={busy} data-testid="proposal-activate">
                  Open voting
                </Button>
              )}
              <Button variant="secondary" onClick={() => send.mutate(cancel({ ...actionContext, proposal: ref }))} busy={busy} data-testid="proposal-cancel">
                Cancel proposal
              </Button>
            </div>
          </div>
        )}
      </div>
    </Card>
  );
}

function Row({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) {
  return (
    <div className="flex items-baseline justify-between gap-3">
      <dt className="text-slate-500 dark:text-slate-400">{label}</dt>
      <dd className="text-right font-medium tabular-nums" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

/** Tallies, quorum and approval against the rules snapshotted when voting opened. */
export function ResultsCard({ page }: { page: Page }) {
  const { item, phase, decimals } = page;
  if (!item || !phase) return null;
  const p = item.proposal;
  if (p.state === 'draft') {
    return (
      <Card title="Results" testId="proposal-results">
        <p className="text-sm text-slate-600 dark:text-slate-400">Voting has not opened. Its quorum is measured against the total voting power when it opens.</p>
      </Card>
    );
  }
  const tally = tallyOf(p);
  const outcome = proposalOutcome(p);
  const power = (v: bigint) => formatTokenAmount(v, { decimals, maxFractionDigits: 2 });
  let verdict: string;
  if (phase === 'voting') {
    const missing: string[] = [];
    if (!tally.quorumReached) missing.push(`${power(tally.quorumMissing)} more voting power for or abstaining to reach quorum`);
    if (tally.for + tally.against === 0n) missing.push('votes for');
    else if (!tally.approved) {
      missing.push(tally.forMissing === null ? 'no votes against (a 100 % threshold)' : `${power(tally.forMissing)} more for to reach ${formatShare(tally.approvalThresholdPct)} approval`);
    }
    verdict = tally.passing ? 'Passing if voting ended now.' : `Not passing yet: needs ${missing.join(' and ')}.`;
  } else if (phase === 'counting') verdict = outcome.passing ? 'Voting ended: it passes once finalized.' : 'Voting ended: it fails once finalized.';
  else verdict = outcome.passing ? 'It met quorum and approval.' : 'It did not meet quorum and approval.';
  return (
    <Card title="Results" testId="proposal-results">
      <div className="space-y-4">
        <TallyBars tally={tally} decimals={decimals} />
        <dl className="grid grid-cols-3 gap-2 text-center text-sm">
          {(
            [
              ['For', tally.for, tally.forPct, 'text-emerald-700 dark:text-emerald-400', 'tally-for'],
              ['Against', tally.against, tally.againstPct, 'text-red-700 dark:text-red-400', 'tally-against'],
              ['Abstain', tally.abstain, tally.abstainPct, 'text-slate-600 dark:text-slate-400', 'tally-abstain'],
            ] as const
          ).map(([label, amount, share, style, testId]) => (
            <div key={label} className="rounded-lg bg-slate-50 px-2 py-2 dark:bg-slate-950/60">
              <dt className={`text-xs font-semibold ${style}`}>{label}</dt>
              <dd className="font-semibold">
                <Keel amount={amount} decimals={decimals} digits={0} unit={false} testId={testId} />
              </dd>
              <dd className="text-xs text-slate-500 dark:text-slate-400">{formatShare(share)}</dd>
            </div>
          ))}
        </dl>
        <Notice tone={tally.passing ? 'info' : 'warning'} testId="proposal-verdict">
          {verdict}
        </Notice>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          {p.votes} vote{p.votes === 1 ? '' : 's'} counted. Rules when voting opened: quorum {formatBps(p.quorumBps)} of {power(p.totalPower)} voting power, approval{' '}
          {formatBps(p.approvalBps)} of for + against, {p.voteWeighting} weighting
          {p.extensionSecs > 0n ? `, voting extended once by ${formatDuration(p.extensionSecs)} if quorum is first reached in its last ${formatDuration(p.extensionSecs)}` : ''}.
        </p>
      </div>
    </Card>
  );
}
