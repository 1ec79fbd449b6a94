'use client';

import { useState } from 'react';
import { Button, Card, Dialog, Notice } from '@/components/staking/staking-ui';
import { addAction } from '@/lib/governance/actions/add-action';
import { removeAction } from '@/lib/governance/actions/remove-action';
import type { DraftAction } from '@/lib/governance/draft';
import { toHex } from '@/lib/governance/parse';
import type { StoredAction } from '@/lib/governance/proposal-actions';
import type { ActionEffect } from '@/lib/governance/simulate';
import { describeAction, type DescribeContext } from '@/lib/programs/governance';
import { formatChainDate } from '@/lib/staking/format';
import { ActionEditor } from './action-editor';
import type { GovernanceState } from './governance-data-access';
import { AddressLink, ChangeLine } from './governance-ui';
import type { useProposalPage } from './proposal-data-access';
import { useSendAll } from './proposal-status';

type Page = ReturnType<typeof useProposalPage>;

/**
 * What the proposal runs when executed: each stored action in words, with
 * what it would change if it ran now (simulated against the chain) and the
 * raw instruction for those who check. The proposer edits a draft here.
 */
export function ProposalActionsCard({ state, page }: { state: GovernanceState; page: Page }) {
  const { item, actions, effects, phase } = page;
  const { send } = useSendAll();
  const [adding, setAdding] = useState(false);
  if (!item || !state.describe) return null;
  const p = item.proposal;
  const ref = { address: item.address, id: p.id };
  const isDraftOwner = phase === 'draft' && (state.owner?.equals(p.proposer) ?? false) && state.actionContext !== null;
  const effectOf = (index: number) => effects.data?.actions.find((e) => e.index === index);
  const list = actions.data ?? [];
  const canAdd = isDraftOwner && p.type !== 'text-only' && list.length < (state.config?.maxActions ?? 0);

  const onAdd = (draft: DraftAction) => {
    if (!state.actionContext) return;
    send.mutate(addAction({ ...state.actionContext, proposal: { ...ref, nextActionIndex: p.nextActionIndex }, action: draft }), { onSuccess: () => setAdding(false) });
  };

  return (
    <Card
      title="Actions"
      description={
        p.type === 'text-only'
          ? 'A text-only proposal: nothing runs on chain when it passes.'
          : list.length > 0
            ? `Run in this order by the governance authority when the proposal executes.${effects.data ? ' Effects are simulated against the chain now.' : ''}`
            : undefined
      }
      actions={
        canAdd && (
          <Button size="sm" variant="secondary" onClick={() => setAdding(true)} data-testid="open-add-action">
            Add action
          </Button>
        )
      }
      testId="proposal-actions"
    >
      {actions.isPending && p.actionIndices.length > 0 ? (
        <div className="h-24 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-800" />
      ) : list.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{p.type === 'text-only' ? 'Voters signal a position; the result is recorded on chain.' : 'No actions yet.'}</p>
      ) : (
        <ol className="space-y-4">
          {list.map((a, position) => (
            <ActionItem
              key={a.address.toBase58()}
              action={a}
              position={position}
              describe={{ ...state.describe!, names: page.names }}
              effect={effectOf(a.index)}
              simulating={effects.isFetching && !effects.data}
              onRemove={isDraftOwner ? () => state.actionContext && send.mutate(removeAction({ ...state.actionContext, proposal: ref, index: a.index })) : undefined}
              busy={send.isPending}
            />
          ))}
        </ol>
      )}
      {effects.isError && <p className="mt-3 text-sm text-amber-700 dark:text-amber-300">The effect could not be simulated: {effects.error.message}</p>}
      <Dialog open={adding} onClose={() => setAdding(false)} title={`Add an action to proposal #${p.id}`} testId="add-action-dialog">
        <ActionEditor state={state} onAdd={onAdd} disabled={send.isPending} />
      </Dialog>
    </Card>
  );
}

function ActionItem({
  action,
  position,
  describe,
  effect,
  simulating,
  onRemove,
  busy,
}: {
  action: StoredAction;
  position: number;
  describe: DescribeContext;
  effect: ActionEffect | undefined;
  simulating: boolean;
  onRemove?: () => void;
  busy: boolean;
}) {
  const described = describeAction(action, describe);
  return (
    <li data-testid="proposal-action" data-index={action.index} data-kind={described.kind} className="rounded-lg border border-slate-200 p-3 sm:p-4 dark:border-slate-800">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
          Action {position + 1}
          {action.executed && (
            <span className="ml-2 rounded-full bg-emerald-50 px-2 py-0.5 normal-case tracking-normal text-emerald-700 dark:bg-emerald-500/10 dark:text-emerald-300">
              executed{action.executedAt ? ` ${formatChainDate(action.executedAt)}` : ''}
            </span>
          )}
        </p>
        {onRemove && (
          <Button variant="ghost" size="sm" onClick={onRemove} disabled={busy} aria-label={`Remove action ${position + 1}`}>
            Remove
          </Button>
        )}
      </div>
      <p className="mt-1 font-medium" data-testid="action-summary">
        {described.summary}
      </p>
      {described.warnings.map((w) => (
        <p key={w} className="mt-1 text-sm text-amber-700 dark:text-amber-300">
          {w}
        </p>
      ))}

      {!action.executed && (
        <div className="mt-3 rounded-lg bg-slate-50 px-3 py-2 dark:bg-slate-950/60" data-testid="action-effect" data-status={effect?.status ?? 'pending'}>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">Simulated effect now</p>
          {!effect ? (
            <p className="py-1 text-sm text-slate-500">{simulating ? 'Simulating…' : '—'}</p>
          ) : effect.status === 'ok' ? (
            effect.lines.length > 0 ? (
              <ul className="divide-y divide-slate-200/70 dark:divide-slate-800">
                {effect.lines.map((l) => (
                  <ChangeLine key={l.label} {...l} testId="effect-line" />
                ))}
              </ul>
            ) : (
              <p className="py-1 text-sm text-slate-600 dark:text-slate-400">Runs, and changes nothing Keel can read.</p>
            )
          ) : effect.status === 'failed' ? (
            <Notice tone="error">
              Would fail if it ran now: {effect.error?.message}
              {effect.error?.code && <span className="ml-1 font-mono text-xs">({effect.error.code})</span>}
            </Notice>
          ) : (
            <p className="py-1 text-sm text-slate-500">Not simulated: an earlier action would fail, or the actions are too large to simulate together.</p>
          )}
        </div>
      )}

      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-white">Instruction</summary>
        <dl className="mt-2 space-y-2">
          <div>
            <dt className="text-xs text-slate-500">Program</dt>
            <dd>
              <AddressLink address={action.programId} label={action.programId.toBase58()} />
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">Accounts</dt>
            <dd>
              <ol className="space-y-0.5">
                {action.accounts.map((k, i) => (
                  <li key={`${k.pubkey.toBase58()}-${i}`} className="flex flex-wrap items-center gap-2">
                    <span className="w-5 text-right text-xs text-slate-400">{i}</span>
                    <AddressLink address={k.pubkey} />
                    {k.isSigner && <span className="rounded bg-keel-50 px-1.5 text-xs text-keel-700 dark:bg-keel-900/40 dark:text-keel-100">signer</span>}
                    {k.isWritable && <span className="rounded bg-amber-50 px-1.5 text-xs text-amber-800 dark:bg-amber-500/10 dark:text-amber-200">writable</span>}
                  </li>
                ))}
              </ol>
            </dd>
          </div>
          <div>
            <dt className="text-xs text-slate-500">Data ({action.data.length} bytes)</dt>
            <dd className="break-all font-mono text-xs">{toHex(action.data) || '—'}</dd>
          </div>
        </dl>
      </details>
    </li>
  );
}
