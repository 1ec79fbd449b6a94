'use client';

import { useState, type ReactNode } from 'react';
import { AmountField, Button, Dialog, Keel, Summary } from '@/components/staking/staking-ui';
import { addBond } from '@/lib/makers/actions/add-bond';
import { requestUnbond } from '@/lib/makers/actions/request-unbond';
import { addBondProblem, inactivity, quoteUnbond, unbondProblem } from '@/lib/makers/quotes';
import type { Maker } from '@/lib/makers/types';
import { formatBps, formatChainDate, formatCountdown, formatDays, parseTokenAmount, toInputAmount } from '@/lib/staking/format';
import { useSendKeelTransaction } from '@/lib/tx/useSendKeelTransaction';
import type { MakersState } from './makers-data-access';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  maker: Maker;
  state: MakersState;
}

const date = (secs: bigint) => formatChainDate(new Date(Number(secs) * 1000));

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

/** The inactivity row every bond dialog shows before signing: when anyone may slash, and how much. */
export function slashRow(maker: Maker, state: MakersState, bond: bigint, unbonding: bigint) {
  const { config, now, mint } = state;
  if (!config || now === null) return null;
  const idle = inactivity({ ...maker, bond, unbonding }, config, now);
  const value = !idle.exposed ? (
    'Nothing bonded: nothing to slash'
  ) : idle.slashable ? (
    <span>
      Slashable now: anyone can take <Keel amount={idle.slashAmount} decimals={mint?.decimals} />
    </span>
  ) : (
    <span>
      {date(idle.slashableAt)} ({formatCountdown(idle.slashableAt, now)} without a fill), {formatBps(config.slashBps)}: <Keel amount={idle.slashAmount} decimals={mint?.decimals} />
    </span>
  );
  return { label: 'Slashable if idle from', value, testId: 'quote-slash', tone: idle.slashable ? ('warning' as const) : undefined };
}

export function AddBondDialog({ open, onClose, maker, state }: DialogProps) {
  const { config, mint, holding, now, actionContext } = state;
  const [text, setText] = useState('');
  const send = useSendKeelTransaction();
  if (!config || !mint || now === null) return null;
  const balance = holding?.amount ?? 0n;
  const parsed = parseTokenAmount(text, mint.decimals);
  const problem = parsed.ok ? addBondProblem(parsed.value, maker, config, balance) : parsed.error;
  const amount = parsed.ok && !problem ? parsed.value : 0n;
  const ready = !problem && actionContext !== null && holding !== null && !config.paused;
  const slash = slashRow(maker, state, maker.bond + amount, maker.unbonding);

  const submit = () => {
    if (!ready || !actionContext || !holding) return;
    send.mutate(addBond({ ...actionContext, holding, amount }), {
      onSuccess: () => {
        setText('');
        onClose();
      },
    });
  };

  return (
    <Dialog open={open} onClose={onClose} title="Add to your bond" testId="bond-dialog">
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <AmountField
          label="Amount to bond"
          testId="bond-amount"
          value={text}
          onChange={setText}
          onMax={() => setText(toInputAmount(balance, mint.decimals))}
          error={text.trim() === '' ? null : problem}
          hint={
            <>
              Balance <Keel amount={balance} decimals={mint.decimals} />. A bond is at least <Keel amount={config.minBond} decimals={mint.decimals} digits={0} />.
            </>
          }
        />
        <Summary
          testId="bond-quote"
          rows={[
            { label: 'Bond after', value: <Keel amount={maker.bond + amount} decimals={mint.decimals} />, testId: 'quote-bond' },
            { label: 'Unbonding cooldown', value: formatDays(config.unbondCooldownSecs), testId: 'quote-cooldown' },
            ...(slash ? [slash] : []),
          ]}
        />
        <Actions onClose={onClose}>
          <Button type="submit" disabled={!ready} busy={send.isPending} data-testid="bond-confirm">
            Bond
          </Button>
        </Actions>
      </form>
    </Dialog>
  );
}

export function UnbondDialog({ open, onClose, maker, state }: DialogProps) {
  const { config, mint, now, actionContext } = state;
  const [text, setText] = useState('');
  const send = useSendKeelTransaction();
  if (!config || !mint || now === null) return null;
  const parsed = parseTokenAmount(text, mint.decimals);
  const problem = parsed.ok ? unbondProblem(parsed.value, maker, config) : parsed.error;
  const amount = parsed.ok && !problem ? parsed.value : 0n;
  const q = quoteUnbond(amount, maker, config, now);
  const ready = !problem && actionContext !== null;
  const slash = slashRow(maker, state, maker.bond - amount, q.unbonding);

  const submit = () => {
    if (!ready || !actionContext) return;
    send.mutate(requestUnbond({ ...actionContext, amount }), {
      onSuccess: () => {
        setText('');
        onClose();
      },
    });
  };

  return (
    <Dialog open={open} onClose={onClose} title="Unbond" testId="unbond-dialog">
      <form
        className="space-y-4"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <AmountField
          label="Amount to unbond"
          testId="unbond-amount"
          value={text}
          onChange={setText}
          onMax={() => setText(toInputAmount(maker.bond, mint.decimals))}
          error={text.trim() === '' ? null : problem}
          hint={
            <>
              Your bond is <Keel amount={maker.bond} decimals={mint.decimals} />; what stays bonded is 0 or at least{' '}
              <Keel amount={config.minBond} decimals={mint.decimals} digits={0} />.
            </>
          }
        />
        <Summary
          testId="unbond-quote"
          rows={[
            { label: `Withdrawable after the ${formatDays(config.unbondCooldownSecs)} cooldown`, value: date(q.unlockAt), testId: 'quote-unlock' },
            { label: 'Unbonding after', value: <Keel amount={q.unbonding} decimals={mint.decimals} />, testId: 'quote-unbonding' },
            ...(slash ? [slash] : []),
          ]}
        />
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Unbonding KEEL stays slashable until you withdraw it.
          {q.restartsCooldown && (
            <span className="font-medium text-amber-700 dark:text-amber-300" data-testid="unbond-restarts">
              {' '}
              You already have <Keel amount={maker.unbonding} decimals={mint.decimals} /> unbonding: this request restarts its cooldown too.
            </span>
          )}
        </p>
        <Actions onClose={onClose}>
          <Button type="submit" disabled={!ready} busy={send.isPending} data-testid="unbond-confirm">
            Start unbonding
          </Button>
        </Actions>
      </form>
    </Dialog>
  );
}
