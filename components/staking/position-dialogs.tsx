'use client';

import { useId, useState, type ReactNode } from 'react';
import { addStake } from '@/lib/staking/actions/add-stake';
import { extendLock } from '@/lib/staking/actions/extend-lock';
import { unstake } from '@/lib/staking/actions/unstake';
import { formatBps, formatChainDate, formatCountdown, formatMultiplier, parseTokenAmount, toInputAmount } from '@/lib/staking/format';
import { extensionTiers, maxStakeable, quoteAddStake, quoteExtend, quoteUnstake, stakeAmountProblem } from '@/lib/staking/quotes';
import type { Position } from '@/lib/staking/types';
import { useSendKeelTransaction } from '@/lib/tx/useSendKeelTransaction';
import type { StakingState } from './staking-data-access';
import { AmountField, Button, Dialog, Keel, Notice, Summary } from './staking-ui';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  position: Position;
  state: StakingState;
}

function Actions({ onClose, children }: { onClose: () => void; children: ReactNode }) {
  return (
    <div className="mt-5 flex flex-wrap justify-end gap-2">
      <Button variant="secondary" onClick={onClose}>
        Cancel
      </Button>
      {children}
    </div>
  );
}

// ------------------------------------------------------------------ unstake

export function UnstakeDialog({ open, onClose, position: p, state }: DialogProps) {
  const { config, mint, holding, wallet, now, actionContext } = state;
  const [text, setText] = useState('');
  const send = useSendKeelTransaction();
  if (!config || !mint || !wallet || now === null) return null;
  const decimals = mint.decimals;
  const parsed = parseTokenAmount(text, decimals);
  const q = quoteUnstake(config, wallet.schedule, p, parsed, now);
  const voteLocked = now < p.voteLockedUntilTs;
  const showProblem = voteLocked || text.trim() !== '';
  const ready = !q.problem && actionContext !== null && holding !== null;

  const submit = () => {
    if (!ready || !actionContext || !holding) return;
    send.mutate(unstake({ ...actionContext, config, position: p, holding, amount: q.amount }), {
      onSuccess: () => {
        setText('');
        onClose();
      },
    });
  };

  return (
    <Dialog open={open} onClose={onClose} title={`Unstake from position #${p.id}`} testId="unstake-dialog">
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {voteLocked ? (
          <Notice tone="error" testId="unstake-refused">
            {q.problem}
          </Notice>
        ) : (
          <AmountField
            label="Amount to unstake"
            testId="unstake-amount"
            value={text}
            onChange={setText}
            onMax={() => setText(toInputAmount(p.amount, decimals))}
            error={showProblem ? q.problem : null}
            hint={
              <>
                The position holds <Keel amount={p.amount} digits={decimals} />. Max withdraws all of it and closes the position; a
                partial unstake must leave at least <Keel amount={config.minStake} digits={decimals} />.
              </>
            }
          />
        )}
        <Summary
          testId="unstake-quote"
          rows={[
            {
              label: 'Lock',
              value: q.early ? `ends ${formatChainDate(p.unlockAt)} (${formatCountdown(p.lockEndTs, now)} left)` : 'ended: no penalty',
            },
            {
              label: `Early-unstake penalty (${formatBps(config.penaltyBps)})`,
              testId: 'unstake-penalty',
              tone: q.penalty > 0n ? 'warning' : undefined,
              value: q.early ? <Keel amount={q.penalty} digits={decimals} /> : 'None',
            },
            { label: 'You receive', testId: 'unstake-payout', value: <Keel amount={q.payout} digits={decimals} /> },
            ...(q.closes
              ? [{ label: 'Rewards paid with it', testId: 'unstake-rewards', value: <Keel amount={q.rewardsPaid} digits={decimals} /> }]
              : []),
          ]}
        />
        {q.early && q.penalty > 0n && !q.problem && (
          <p className="text-sm text-amber-700 dark:text-amber-300" data-testid="unstake-penalty-warning">
            The lock has not ended: <Keel amount={q.penalty} digits={decimals} /> of this amount is kept as the early-unstake penalty
            {config.penaltyDestination === 'recycle' ? ' and shared among the remaining stakers' : ''}.
          </p>
        )}
        {q.leavesDust && !voteLocked && (
          <Button type="button" variant="secondary" onClick={() => setText(toInputAmount(p.amount, decimals))} data-testid="unstake-all">
            Unstake all instead
          </Button>
        )}
        <Actions onClose={onClose}>
          <Button type="submit" variant={q.penalty > 0n ? 'danger' : 'primary'} disabled={!ready} busy={send.isPending} data-testid="unstake-confirm">
            {q.penalty > 0n ? 'Unstake and pay the penalty' : q.closes ? 'Unstake all' : 'Unstake'}
          </Button>
        </Actions>
      </form>
    </Dialog>
  );
}

// ------------------------------------------------------------------ add

export function AddStakeDialog({ open, onClose, position: p, state }: DialogProps) {
  const { config, mint, holding, wallet, now, actionContext } = state;
  const [text, setText] = useState('');
  const send = useSendKeelTransaction();
  if (!config || !mint || now === null) return null;
  const balance = holding?.amount ?? 0n;
  const walletStaked = wallet?.staker?.totalAmount ?? 0n;
  const parsed = parseTokenAmount(text, mint.decimals);
  const problem = stakeAmountProblem(parsed, { config, balance, walletStaked, minimum: false });
  const amount = parsed.ok && !problem ? parsed.value : 0n;
  const q = quoteAddStake(config, p, amount, now);
  const ready = !problem && actionContext !== null && holding !== null && !config.paused;

  const submit = () => {
    if (!ready || !actionContext || !holding) return;
    send.mutate(addStake({ ...actionContext, position: p, holding, amount }), {
      onSuccess: () => {
        setText('');
        onClose();
      },
    });
  };

  return (
    <Dialog open={open} onClose={onClose} title={`Add to position #${p.id}`} testId="add-dialog">
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <AmountField
          label="Amount to add"
          testId="add-amount"
          value={text}
          onChange={setText}
          onMax={() => setText(toInputAmount(maxStakeable(config, balance, walletStaked), mint.decimals))}
          error={text.trim() === '' ? null : problem}
          hint={
            <>
              Balance <Keel amount={balance} />
            </>
          }
        />
        <Summary
          rows={[
            { label: 'New stake', value: <Keel amount={q.total} /> },
            { label: 'Voting power', value: <Keel amount={q.votingPower} unit={false} digits={2} /> },
            { label: 'Unlocks', value: formatChainDate(q.unlockAt) },
          ]}
        />
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Adding restarts the {p.tierName.toLowerCase()} lock from now (it never ends earlier than it does today).
        </p>
        <Actions onClose={onClose}>
          <Button type="submit" disabled={!ready} busy={send.isPending} data-testid="add-confirm">
            Add to position
          </Button>
        </Actions>
      </form>
    </Dialog>
  );
}

// ------------------------------------------------------------------ extend

export function ExtendLockDialog({ open, onClose, position: p, state }: DialogProps) {
  const { config, now, actionContext } = state;
  const tiers = config ? extensionTiers(config, p) : [];
  const [tier, setTier] = useState<number | null>(null);
  const send = useSendKeelTransaction();
  const legendId = useId();
  if (!config || now === null) return null;
  const chosen = tier ?? tiers[0]?.index ?? null;
  const q = chosen !== null ? quoteExtend(config, p, chosen, now) : null;
  const ready = chosen !== null && actionContext !== null && !config.paused;

  const submit = () => {
    if (!ready || !actionContext || chosen === null) return;
    send.mutate(extendLock({ ...actionContext, config, position: p, tier: chosen }), { onSuccess: onClose });
  };

  return (
    <Dialog open={open} onClose={onClose} title={`Extend position #${p.id}`} testId="extend-dialog">
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {tiers.length === 0 ? (
          <p className="text-sm">This position is already on the longest tier.</p>
        ) : (
          <fieldset aria-labelledby={legendId}>
            <legend id={legendId} className="text-sm font-medium">
              New lock period (now {p.tierName.toLowerCase()})
            </legend>
            <div className="mt-2 space-y-2">
              {tiers.map((t) => (
                <label
                  key={t.index}
                  className={`flex cursor-pointer items-center justify-between gap-3 rounded-lg border p-3 text-sm focus-within:outline-2 focus-within:outline-keel-500 ${
                    t.index === chosen ? 'border-keel-500 bg-keel-50 dark:border-keel-400 dark:bg-keel-900/40' : 'border-slate-200 dark:border-slate-700'
                  }`}
                >
                  <span className="flex items-center gap-2">
                    <input type="radio" name="extend-tier" checked={t.index === chosen} onChange={() => setTier(t.index)} className="accent-keel-600" />
                    <span className="font-semibold">{t.name}</span>
                  </span>
                  <span className="text-slate-600 dark:text-slate-400">{formatMultiplier(t.multiplierBps)} voting power</span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        {q && (
          <Summary
            rows={[
              { label: 'Voting power', value: <Keel amount={q.votingPower} unit={false} digits={2} /> },
              { label: 'Unlocks', value: formatChainDate(q.unlockAt) },
            ]}
          />
        )}
        <Actions onClose={onClose}>
          <Button type="submit" disabled={!ready} busy={send.isPending} data-testid="extend-confirm">
            Extend lock
          </Button>
        </Actions>
      </form>
    </Dialog>
  );
}
