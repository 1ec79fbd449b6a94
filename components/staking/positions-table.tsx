'use client';

import { useState } from 'react';
import { formatChainDate, formatCountdown, formatMultiplier } from '@/lib/staking/format';
import { extensionTiers, positionPower } from '@/lib/staking/quotes';
import type { Position } from '@/lib/staking/types';
import { AddStakeDialog, ExtendLockDialog, UnstakeDialog } from './position-dialogs';
import type { StakingState } from './staking-data-access';
import { Button, Card, Keel } from './staking-ui';

type Open = { kind: 'add' | 'extend' | 'unstake'; address: string } | null;

const CELL = 'px-3 py-2 md:py-3';
/** On phones each row is a card and every cell names itself (`data-label`). */
const LABELLED =
  'flex items-center justify-between gap-4 md:table-cell before:text-xs before:font-medium before:uppercase before:tracking-wide before:text-slate-500 before:content-[attr(data-label)] md:before:content-none';

/** The wallet's open positions, with a countdown to each unlock and the actions on them. */
export function PositionsTable({ state }: { state: StakingState }) {
  const { wallet, config, now, owner, walletLoading } = state;
  const [open, setOpen] = useState<Open>(null);
  if (!owner || !config) return null;
  const positions = wallet?.positions ?? [];
  const current = open ? (positions.find((p) => p.address.toBase58() === open.address) ?? null) : null;
  const close = () => setOpen(null);

  return (
    <Card
      title="Your positions"
      description={positions.length > 0 ? `${positions.length} open` : undefined}
      testId="positions"
    >
      {walletLoading ? (
        <p className="text-sm text-slate-500">Loading positions…</p>
      ) : positions.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="no-positions">
          No positions yet. Stake above to open one.
        </p>
      ) : (
        <table className="w-full text-sm">
          <caption className="sr-only">Your staking positions</caption>
          <thead className="hidden border-b border-slate-200 text-left text-xs uppercase tracking-wide text-slate-500 md:table-header-group dark:border-slate-800 dark:text-slate-400">
            <tr>
              <th scope="col" className={CELL}>
                Position
              </th>
              <th scope="col" className={`${CELL} text-right`}>
                Staked
              </th>
              <th scope="col" className={`${CELL} text-right`}>
                Voting power
              </th>
              <th scope="col" className={CELL}>
                Unlocks
              </th>
              <th scope="col" className={`${CELL} text-right`}>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="block space-y-3 md:table-row-group md:space-y-0">
            {positions.map((p) => (
              <PositionRow key={p.address.toBase58()} position={p} state={state} onAction={(kind) => setOpen({ kind, address: p.address.toBase58() })} />
            ))}
          </tbody>
        </table>
      )}
      {current && now !== null && (
        <>
          <AddStakeDialog open={open?.kind === 'add'} onClose={close} position={current} state={state} />
          <ExtendLockDialog open={open?.kind === 'extend'} onClose={close} position={current} state={state} />
          <UnstakeDialog open={open?.kind === 'unstake'} onClose={close} position={current} state={state} />
        </>
      )}
    </Card>
  );
}

function PositionRow({ position: p, state, onAction }: { position: Position; state: StakingState; onAction: (kind: 'add' | 'extend' | 'unstake') => void }) {
  const { config, now } = state;
  const canExtend = config ? extensionTiers(config, p).length > 0 : false;
  const voteLocked = now !== null && now < p.voteLockedUntilTs;
  const unlocked = now !== null && now >= p.lockEndTs;
  const power = config ? positionPower(config, p, now) : { votingPower: p.votingPower, multiplierBps: p.multiplierBps, lockEnded: false };
  return (
    <tr
      data-testid="position-row"
      data-position-id={p.id}
      className="block rounded-lg border border-slate-200 md:table-row md:rounded-none md:border-x-0 md:border-b-0 md:first:border-t-0 dark:border-slate-800"
    >
      <th scope="row" className={`${CELL} block text-left font-medium md:table-cell`}>
        <span className="font-semibold">#{p.id}</span>{' '}
        <span className="text-slate-600 dark:text-slate-400">
          {p.tierName} · {formatMultiplier(power.multiplierBps)}
          {power.lockEnded && <span className="text-xs"> (lock ended)</span>}
        </span>
        {p.autoCompound && (
          <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800 dark:bg-emerald-500/15 dark:text-emerald-300">
            auto-compound
          </span>
        )}
      </th>
      <td data-label="Staked" className={`${CELL} ${LABELLED} md:text-right`}>
        <Keel amount={p.amount} testId="position-amount" />
      </td>
      <td data-label="Voting power" className={`${CELL} ${LABELLED} md:text-right`}>
        <Keel amount={power.votingPower} unit={false} digits={2} testId="position-voting-power" />
      </td>
      <td data-label="Unlocks" className={`${CELL} ${LABELLED}`}>
        <span className="flex flex-col items-end md:items-start">
          <span data-testid="position-unlock-date">{p.lockEndTs === p.lockStartTs ? 'No lock' : formatChainDate(p.unlockAt)}</span>
          <span
            data-testid="position-countdown"
            className={`text-xs ${unlocked ? 'font-medium text-emerald-700 dark:text-emerald-400' : 'text-slate-500 dark:text-slate-400'}`}
          >
            {now === null ? '…' : p.lockEndTs === p.lockStartTs ? 'Unstake any time' : unlocked ? 'Unlocked' : `${formatCountdown(p.lockEndTs, now)} left`}
          </span>
          {voteLocked && (
            <span className="text-xs font-medium text-amber-700 dark:text-amber-300" data-testid="position-vote-locked">
              Vote-locked until {formatChainDate(p.voteLockedUntil!)}
            </span>
          )}
        </span>
      </td>
      <td className={`${CELL} block md:table-cell`}>
        <div className="flex flex-wrap justify-end gap-1.5" role="group" aria-label={`Actions for position #${p.id}`}>
          <Button variant="secondary" size="sm" onClick={() => onAction('add')}>
            Add
          </Button>
          <Button variant="secondary" size="sm" onClick={() => onAction('extend')} disabled={!canExtend} title={canExtend ? undefined : 'Already on the longest tier'}>
            Extend
          </Button>
          <Button variant="secondary" size="sm" onClick={() => onAction('unstake')}>
            Unstake
          </Button>
        </div>
      </td>
    </tr>
  );
}
