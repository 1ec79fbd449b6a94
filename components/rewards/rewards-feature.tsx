'use client';

import { useState } from 'react';
import { useStakingState, type StakingState } from '@/components/staking/staking-data-access';
import { ConnectPrompt, StakingGateView } from '@/components/staking/staking-gate';
import { Button, Card, Keel, Pending, Stat } from '@/components/staking/staking-ui';
import { claim } from '@/lib/staking/actions/claim';
import { claimAll } from '@/lib/staking/actions/claim-all';
import { compound } from '@/lib/staking/actions/compound';
import { setAutoCompound } from '@/lib/staking/actions/set-auto-compound';
import { formatChainDate, formatDays, formatPercent } from '@/lib/staking/format';
import { currentPositionApr, positionPending } from '@/lib/staking/quotes';
import type { Position } from '@/lib/staking/types';
import { useSendKeelTransaction } from '@/lib/tx/useSendKeelTransaction';
import { RewardActivityList } from './reward-activity';

/** Digits shown for pending rewards: enough to see them tick with the stream. */
const PENDING_DIGITS = 6;

/** The Rewards page: pending rewards per position ticking with the stream, claim, claim all, compound, auto-compound, last claims. */
export function RewardsFeature() {
  const state = useStakingState();
  if (state.gate.state !== 'ready') return <StakingGateView gate={state.gate} />;
  return <Rewards state={state} />;
}

function Rewards({ state }: { state: StakingState }) {
  const { wallet, now, stats, owner, walletLoading } = state;
  const positions = wallet?.positions ?? [];
  const rows = wallet && now !== null ? positions.map((p) => ({ position: p, pending: positionPending(wallet.config, wallet.schedule, p, now) })) : [];
  const total = rows.reduce((sum, r) => sum + r.pending, 0n);
  const paid = positions.reduce((sum, p) => sum + p.rewardsPaid, 0n);

  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Stat
          label="Pending rewards"
          value={owner ? wallet && now !== null ? <Keel amount={total} digits={PENDING_DIGITS} testId="pending-total" /> : <Pending /> : '—'}
          hint="across your open positions, updated every second"
        />
        <Stat
          label="Reward stream"
          value={stats ? stats.streamEnd ? <><Keel amount={stats.streamPerDay} digits={2} /><span className="text-sm font-medium">/day</span></> : 'Ended' : <Pending />}
          hint={stats?.streamEnd ? `shared by all stakers until ${formatChainDate(stats.streamEnd)}` : 'no stream running; deposits still pay out'}
        />
        <Stat
          label="Deposits dripping"
          testId="drip-per-day"
          value={stats ? stats.dripEnd ? <><Keel amount={stats.dripPerDay} digits={2} /><span className="text-sm font-medium">/day</span></> : 'None' : <Pending />}
          hint={
            stats
              ? `fee rebates and recycled penalties pay out evenly over ${formatDays(stats.dripPeriodSecs)}, only to stake held meanwhile${stats.dripEnd ? `; this drip runs until ${formatChainDate(stats.dripEnd)}` : ''}`
              : undefined
          }
        />
        <Stat label="Claimed so far" value={owner && wallet ? <Keel amount={paid} digits={4} testId="paid-total" /> : '—'} hint="by your open positions" />
      </dl>

      <ClaimTable state={state} rows={rows} total={total} loading={walletLoading} />
      {owner && <RewardActivityList state={state} />}
    </div>
  );
}

interface Row {
  position: Position;
  pending: bigint;
}

function ClaimTable({ state, rows, total, loading }: { state: StakingState; rows: Row[]; total: bigint; loading: boolean }) {
  const { actionContext, holding, wallet, now, owner } = state;
  const send = useSendKeelTransaction();
  const [claimingAll, setClaimingAll] = useState(false);

  const onClaimAll = async () => {
    if (!actionContext || !holding) return;
    setClaimingAll(true);
    try {
      // One transaction per batch, in order; the first creates the token account if missing.
      for (const request of claimAll({ ...actionContext, positions: rows, holding })) await send.mutateAsync(request);
    } catch {
      // The toast shows the failure; later batches are not sent.
    } finally {
      setClaimingAll(false);
    }
  };

  return (
    <Card
      title="Rewards by position"
      description="Claim pays to your KEEL account; compound adds the rewards to the position's stake. With auto-compound on, a keeper compounds for you whenever 1 KEEL or more is pending."
      testId="rewards-table"
      actions={
        owner && (
          <Button onClick={onClaimAll} disabled={total === 0n || !actionContext || holding === null || send.isPending} busy={claimingAll} data-testid="claim-all">
            Claim all
          </Button>
        )
      }
    >
      {!owner ? (
        <ConnectPrompt>Connect a wallet to see and claim your rewards.</ConnectPrompt>
      ) : loading || !wallet || now === null ? (
        <p className="text-sm text-slate-500">Loading rewards…</p>
      ) : rows.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="no-reward-positions">
          No positions. Stake on the Stake page to start earning.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {rows.map((row) => (
            <RewardRow key={row.position.address.toBase58()} row={row} state={state} busyAll={claimingAll} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function RewardRow({ row: { position: p, pending }, state, busyAll }: { row: Row; state: StakingState; busyAll: boolean }) {
  const { actionContext, holding, wallet, now } = state;
  const send = useSendKeelTransaction();
  const act = send.variables?.label;
  const apr = wallet && now !== null ? currentPositionApr(wallet.config, p, now) : 0;
  const disabled = !actionContext || holding === null || busyAll || send.isPending;
  return (
    <li data-testid="reward-row" data-position-id={p.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3">
      <div className="min-w-0 basis-full sm:flex-1 sm:basis-auto">
        <p className="text-sm font-semibold">
          #{p.id} <span className="font-normal text-slate-600 dark:text-slate-400">{p.tierName}</span>
        </p>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          <Keel amount={p.amount} digits={2} /> staked · APR {formatPercent(apr, 1)}
        </p>
      </div>
      <div className="flex-1 sm:w-44 sm:flex-none sm:text-right">
        <p className="text-xs text-slate-500 dark:text-slate-400">Pending</p>
        <p className="text-base font-semibold" aria-live="off">
          <Keel amount={pending} digits={PENDING_DIGITS} testId="reward-pending" />
        </p>
      </div>
      <div className="flex gap-1.5" role="group" aria-label={`Actions for position #${p.id}`}>
        <Button
          size="sm"
          disabled={disabled || pending === 0n}
          busy={send.isPending && act?.startsWith('Claim') === true}
          onClick={() => actionContext && holding && send.mutate(claim({ ...actionContext, position: p, holding, pending }))}
        >
          Claim
        </Button>
        <Button
          size="sm"
          variant="secondary"
          disabled={disabled || pending === 0n}
          busy={send.isPending && act?.startsWith('Compound') === true}
          onClick={() => actionContext && send.mutate(compound({ ...actionContext, position: p, pending }))}
        >
          Compound
        </Button>
      </div>
      <AutoCompoundSwitch position={p} state={state} disabled={disabled} />
    </li>
  );
}

function AutoCompoundSwitch({ position: p, state, disabled }: { position: Position; state: StakingState; disabled: boolean }) {
  const send = useSendKeelTransaction();
  const on = p.autoCompound;
  return (
    <div className="flex basis-full items-center gap-2 text-xs text-slate-600 sm:basis-auto dark:text-slate-400">
      <button
        type="button"
        role="switch"
        aria-checked={on}
        aria-label={`Auto-compound position #${p.id}`}
        data-testid="auto-compound"
        disabled={disabled || send.isPending}
        onClick={() => state.actionContext && send.mutate(setAutoCompound({ ...state.actionContext, position: p, enabled: !on }))}
        className={`relative inline-flex h-5 w-9 shrink-0 items-center rounded-full transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-keel-500 disabled:opacity-50 ${
          on ? 'bg-keel-600' : 'bg-slate-300 dark:bg-slate-700'
        }`}
      >
        <span aria-hidden="true" className={`inline-block h-4 w-4 rounded-full bg-white shadow transition-transform ${on ? 'translate-x-4' : 'translate-x-0.5'}`} />
      </button>
      <span aria-hidden="true">{send.isPending ? 'Saving…' : 'Auto-compound'}</span>
    </div>
  );
}
