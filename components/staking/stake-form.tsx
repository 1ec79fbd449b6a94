'use client';

import { useId, useState } from 'react';
import { stake } from '@/lib/staking/actions/stake';
import { formatBps, formatChainDate, formatMultiplier, formatPercent, parseTokenAmount, toInputAmount } from '@/lib/staking/format';
import { maxStakeable, quoteStake, stakeAmountProblem } from '@/lib/staking/quotes';
import { useSendKeelTransaction } from '@/lib/tx/useSendKeelTransaction';
import type { StakingState } from './staking-data-access';
import { ConnectPrompt } from './staking-gate';
import { AmountField, Button, Card, Keel, Summary } from './staking-ui';

/** The 30-day tier: a sensible default between no lock and the longest. */
const DEFAULT_TIER = 2;

/** Amount, lock tier, and what the stake will be (voting power, unlock date, APR) before signing. */
export function StakeForm({ state }: { state: StakingState }) {
  const { config, mint, holding, wallet, now, actionContext } = state;
  const [text, setText] = useState('');
  const [tier, setTier] = useState(DEFAULT_TIER);
  const send = useSendKeelTransaction();
  const legendId = useId();
  if (!config || !mint) return null;

  const balance = holding?.amount ?? 0n;
  const walletStaked = wallet?.staker?.totalAmount ?? 0n;
  const parsed = parseTokenAmount(text, mint.decimals);
  const problem = stakeAmountProblem(parsed, { config, balance, walletStaked });
  const amount = parsed.ok ? parsed.value : 0n;
  const quotes = now !== null ? config.tiers.map((t) => quoteStake(config, t.index, problem ? 0n : amount, now)) : null;
  const quote = quotes?.[tier] ?? null;
  const connected = Boolean(actionContext);
  const canStake = connected && !problem && quote !== null && holding !== null && wallet !== null && !config.paused;

  const submit = () => {
    if (!canStake || !actionContext || !holding) return;
    send.mutate(stake({ ...actionContext, config, staker: wallet?.staker ?? null, holding, tier, amount }), {
      onSuccess: () => setText(''),
    });
  };

  return (
    <Card title="Stake KEEL" description="Lock KEEL for voting power and a share of the reward stream." testId="stake-form">
      {!connected ? (
        <ConnectPrompt>Connect a wallet to stake.</ConnectPrompt>
      ) : (
        <form
          className="space-y-5"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <AmountField
            label="Amount"
            testId="stake-amount"
            value={text}
            onChange={setText}
            onMax={() => setText(toInputAmount(maxStakeable(config, balance, walletStaked), mint.decimals))}
            error={text.trim() === '' ? null : problem}
            hint={
              <>
                Balance <Keel amount={balance} testId="stake-form-balance" /> · minimum <Keel amount={config.minStake} digits={0} /> · at
                most <Keel amount={config.maxStakePerWallet} digits={0} /> per wallet
              </>
            }
          />

          <fieldset aria-labelledby={legendId}>
            <legend id={legendId} className="text-sm font-medium">
              Lock period
            </legend>
            <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3 xl:grid-cols-5">
              {config.tiers.map((t) => {
                const q = quotes?.[t.index];
                const checked = t.index === tier;
                return (
                  <label
                    key={t.index}
                    className={`relative flex cursor-pointer flex-col rounded-lg border p-3 text-sm transition-colors focus-within:outline-2 focus-within:outline-keel-500 ${
                      checked
                        ? 'border-keel-500 bg-keel-50 dark:border-keel-400 dark:bg-keel-900/40'
                        : 'border-slate-200 hover:border-slate-300 dark:border-slate-700 dark:hover:border-slate-600'
                    }`}
                  >
                    <input
                      type="radio"
                      name="tier"
                      value={t.index}
                      checked={checked}
                      onChange={() => setTier(t.index)}
                      className="sr-only"
                      aria-describedby={`${legendId}-tier-${t.index}`}
                    />
                    <span className="font-semibold">{t.name}</span>
                    <span id={`${legendId}-tier-${t.index}`} className="mt-0.5 flex flex-col text-xs text-slate-600 dark:text-slate-400">
                      <span>{formatMultiplier(t.multiplierBps)} voting power</span>
                      <span className="font-medium text-slate-800 dark:text-slate-200">{q ? `APR ${formatPercent(q.apr, 1)}` : '\u00a0'}</span>
                    </span>
                  </label>
                );
              })}
            </div>
          </fieldset>

          <Summary
            testId="stake-quote"
            rows={[
              {
                label: 'Voting power',
                testId: 'quote-voting-power',
                value: quote && quote.amount > 0n ? <Keel amount={quote.votingPower} unit={false} digits={2} /> : '—',
              },
              { label: 'Unlocks', testId: 'quote-unlock', value: quote ? formatChainDate(quote.unlockAt) : '—' },
              { label: 'Projected APR', testId: 'quote-apr', value: quote ? formatPercent(quote.apr, 1) : '—' },
              {
                label: 'Unstaking before then',
                value: config.tiers[tier]!.lockSecs === 0n ? 'free at any time' : `${formatBps(config.penaltyBps)} penalty`,
              },
            ]}
          />

          {config.paused && <p className="text-sm text-amber-700 dark:text-amber-300">Staking is paused for now. Withdrawals stay open.</p>}
          <Button type="submit" className="w-full sm:w-auto" disabled={!canStake} busy={send.isPending} data-testid="stake-submit">
            {amount > 0n && !problem ? (
              <>
                Stake <Keel amount={amount} digits={mint.decimals} unit={false} /> KEEL
              </>
            ) : (
              'Stake'
            )}
          </Button>
        </form>
      )}
    </Card>
  );
}
