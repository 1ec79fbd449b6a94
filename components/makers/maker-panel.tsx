'use client';

import { useState } from 'react';
import { ConnectPrompt } from '@/components/staking/staking-gate';
import { AmountField, Button, Card, Keel, Notice, Pending, Summary } from '@/components/staking/staking-ui';
import { DEMO_FAUCET_DROP } from '@/lib/demo/addresses';
import { claim } from '@/lib/makers/actions/claim';
import { register } from '@/lib/makers/actions/register';
import { withdrawBond } from '@/lib/makers/actions/withdraw-bond';
import { claimable, inactivity, registerBondProblem, withdrawState } from '@/lib/makers/quotes';
import type { Maker } from '@/lib/makers/types';
import { formatBps, formatChainDate, formatCountdown, formatDays, formatMultiplier, parseTokenAmount, toInputAmount } from '@/lib/staking/format';
import { useGetTestKeel } from '@/lib/staking/use-get-test-keel';
import { useSendKeelTransaction } from '@/lib/tx/useSendKeelTransaction';
import { AddBondDialog, UnbondDialog } from './maker-dialogs';
import type { MakersState } from './makers-data-access';
import { Figure } from './makers-ui';

const date = (secs: bigint) => formatChainDate(new Date(Number(secs) * 1000));

/** The connected wallet's maker account: register, bond and unbond, withdraw, pending rewards and claim. */
export function MakerPanel({ state }: { state: MakersState }) {
  const { owner, walletMaker } = state;
  return (
    <Card title="Your maker account" testId="maker-panel">
      {!owner ? (
        <ConnectPrompt>Connect a wallet to register as a maker, bond KEEL and claim your rewards.</ConnectPrompt>
      ) : !walletMaker ? (
        <p className="text-sm text-slate-500">Loading your maker account…</p>
      ) : walletMaker.maker ? (
        <Registered maker={walletMaker.maker} state={state} />
      ) : (
        <RegisterForm state={state} />
      )}
      {owner && <Balance state={state} />}
    </Card>
  );
}

function RegisterForm({ state }: { state: MakersState }) {
  const { config, mint, holding, actionContext } = state;
  const [text, setText] = useState('');
  const send = useSendKeelTransaction();
  if (!config || !mint) return null;
  const balance = holding?.amount ?? 0n;
  const parsed = text.trim() === '' ? ({ ok: true, value: 0n } as const) : parseTokenAmount(text, mint.decimals);
  const problem = parsed.ok ? registerBondProblem(parsed.value, config, balance) : parsed.error;
  const bond = parsed.ok && !problem ? parsed.value : 0n;
  const early = config.seasonIndex <= config.earlyUntilSeason || config.makers < config.earlyMaxMakers;
  const ready = !problem && actionContext !== null && holding !== null && !config.paused;
  const now = state.now;

  return (
    <form
      className="space-y-4"
      data-testid="register-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready && actionContext && holding) send.mutate(register({ ...actionContext, bond, holding }), { onSuccess: () => setText('') });
      }}
    >
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Register this wallet as a maker. The exchange’s reporter then credits your fills: notional × spread improvement ÷ 10,000, times your
        multipliers, paid from the season budget.
      </p>
      <AmountField
        label="Bond (optional)"
        testId="register-bond"
        value={text}
        onChange={setText}
        onMax={() => setText(toInputAmount(balance, mint.decimals))}
        error={problem}
        hint={
          <>
            0 or at least <Keel amount={config.minBond} decimals={mint.decimals} digits={0} />. Balance <Keel amount={balance} decimals={mint.decimals} />.
          </>
        }
      />
      <Summary
        testId="register-quote"
        rows={[
          { label: 'Early multiplier', value: early ? `${formatMultiplier(config.earlyMultiplierBps)} on every fill` : 'No (registration after the early window)' },
          { label: 'Unbonding cooldown', value: formatDays(config.unbondCooldownSecs), testId: 'quote-cooldown' },
          {
            label: 'Slashable if idle from',
            testId: 'quote-slash',
            value:
              bond === 0n || now === null
                ? 'Nothing bonded: nothing to slash'
                : `${date(now + config.inactivityWindowSecs)} (${formatDays(config.inactivityWindowSecs)} without a fill), ${formatBps(config.slashBps)} of the bond`,
          },
        ]}
      />
      <Button type="submit" disabled={!ready} busy={send.isPending} data-testid="register-submit">
        {bond > 0n ? 'Register and bond' : 'Register'}
      </Button>
    </form>
  );
}

function Registered({ maker, state }: { maker: Maker; state: MakersState }) {
  const { config, mint, now, holding, actionContext } = state;
  const [open, setOpen] = useState<'bond' | 'unbond' | null>(null);
  const send = useSendKeelTransaction();
  if (!config || !mint) return null;
  const decimals = mint.decimals;
  const pending = claimable(maker);
  const withdraw = now === null ? null : withdrawState(maker, now);
  const idle = now === null ? null : inactivity(maker, config, now);
  const busy = send.isPending || !actionContext || holding === null;

  return (
    <div className="space-y-4" data-testid="maker-registered">
      <dl className="grid grid-cols-2 gap-3">
        <Figure label="Pending rewards" testId="maker-pending" hint={<>earned <Keel amount={maker.rewardsEarned} decimals={decimals} digits={2} /> in all</>}>
          <Keel amount={pending} decimals={decimals} digits={6} testId="maker-pending-amount" />
        </Figure>
        <Figure label="Multiplier" hint={maker.early ? 'registered early' : undefined}>
          {maker.early ? `${formatMultiplier(config.earlyMultiplierBps)} early` : '1×'}
        </Figure>
        <Figure label="Bond" testId="maker-bond">
          <Keel amount={maker.bond} decimals={decimals} testId="maker-bond-amount" />
        </Figure>
        <Figure
          label="Unbonding"
          testId="maker-unbonding"
          hint={
            withdraw?.state === 'cooling' && now !== null ? (
              <span data-testid="maker-unlock">
                withdrawable {date(withdraw.unlockAt)} ({formatCountdown(withdraw.unlockAt, now)} left)
              </span>
            ) : withdraw?.state === 'ready' ? (
              <span data-testid="maker-unlock">cooldown over: withdraw it</span>
            ) : undefined
          }
        >
          <Keel amount={maker.unbonding} decimals={decimals} testId="maker-unbonding-amount" />
        </Figure>
      </dl>
      {idle && idle.exposed && now !== null && (
        <Notice tone={idle.slashable ? 'error' : 'info'} testId="maker-inactivity">
          {idle.slashable ? (
            <>
              No fill for {formatDays(config.inactivityWindowSecs)}: anyone can now slash <Keel amount={idle.slashAmount} decimals={decimals} /> ({formatBps(config.slashBps)})
              of your bond.
            </>
          ) : (
            <>
              Slashable from {date(idle.slashableAt)} ({formatCountdown(idle.slashableAt, now)} left) unless a fill is recorded: {formatBps(config.slashBps)} of bond and
              unbonding, <Keel amount={idle.slashAmount} decimals={decimals} />.
            </>
          )}
        </Notice>
      )}
      <div className="flex flex-wrap gap-2">
        <Button
          disabled={busy || pending === 0n || config.paused}
          busy={send.isPending && send.variables?.label.startsWith('Claim') === true}
          onClick={() => actionContext && holding && send.mutate(claim({ ...actionContext, holding, pending }))}
          data-testid="maker-claim"
        >
          Claim
        </Button>
        <Button variant="secondary" disabled={busy || config.paused} onClick={() => setOpen('bond')} data-testid="maker-add-bond">
          Add bond
        </Button>
        <Button variant="secondary" disabled={busy || maker.bond === 0n} onClick={() => setOpen('unbond')} data-testid="maker-unbond">
          Unbond
        </Button>
        <Button
          variant="secondary"
          disabled={busy || withdraw?.state !== 'ready'}
          busy={send.isPending && send.variables?.label.startsWith('Withdraw') === true}
          onClick={() => actionContext && holding && withdraw?.state === 'ready' && send.mutate(withdrawBond({ ...actionContext, holding, amount: withdraw.amount }))}
          data-testid="maker-withdraw"
        >
          Withdraw
        </Button>
      </div>
      {now !== null && (
        <>
          <AddBondDialog open={open === 'bond'} onClose={() => setOpen(null)} maker={maker} state={state} />
          <UnbondDialog open={open === 'unbond'} onClose={() => setOpen(null)} maker={maker} state={state} />
        </>
      )}
    </div>
  );
}

/** The wallet's KEEL (what bonds come from); on localnet, the dev faucet. */
function Balance({ state }: { state: MakersState }) {
  const faucet = useGetTestKeel();
  const { holding, mint, devTools } = state;
  return (
    <div className="mt-4 flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 pt-3 text-sm dark:border-slate-800">
      <span className="text-slate-600 dark:text-slate-400">
        Wallet: {holding ? <Keel amount={holding.amount} decimals={mint?.decimals} testId="maker-keel-balance" /> : <Pending />}
      </span>
      {devTools && (
        <Button size="sm" variant="secondary" onClick={() => faucet.mutate()} busy={faucet.isPending} data-testid="maker-get-test-keel" title="localnet only">
          Get <Keel amount={DEMO_FAUCET_DROP} digits={0} /> test KEEL
        </Button>
      )}
    </div>
  );
}
