'use client';

import { useMemo, useState } from 'react';
import { Button, Dialog, Keel, Notice, Summary } from '@/components/staking/staking-ui';
import { explainFill, explainPayout, type FillKind, type PayoutExplanation } from '@/lib/makers/explain';
import { useMakerPayout } from '@/lib/makers/hooks';
import { paginate, seasonLineOf } from '@/lib/makers/leaderboard';
import type { LeaderboardRow, MakerFill, SeasonLine } from '@/lib/makers/types';
import { formatChainDate, formatMultiplier } from '@/lib/staking/format';
import { MakerDailyChart } from './charts';
import type { MakersState } from './makers-data-access';
import { formatImprovement, formatMultipliers } from './makers-ui';

const FILLS_PER_PAGE = 20;

const KIND_LABEL: Record<FillKind, string> = {
  paid: 'Paid in full',
  capped: 'Cut to the per-fill cap',
  budget: 'Cut to the budget left',
  'capped+budget': 'Capped, then cut to the budget left',
  'below-minimum': 'Below the minimum improvement: nothing',
};

interface Props {
  state: MakersState;
  season: number;
  row: LeaderboardRow | null;
  onClose: () => void;
}

/** A row's reward taken apart: its fills' notional and improvement, the multipliers applied, caps and budget hits. */
export function PayoutExplanationDialog({ state, season, row, onClose }: Props) {
  return (
    <Dialog open={row !== null} onClose={onClose} title={row ? `Payout of ${row.wallet.slice(0, 4)}…${row.wallet.slice(-4)}, season ${season}` : 'Payout'} testId="payout-dialog" wide>
      {row && <Explanation state={state} season={season} row={row} />}
    </Dialog>
  );
}

function Explanation({ state, season, row }: { state: MakersState; season: number; row: LeaderboardRow }) {
  const { deployment, config, mint } = state;
  const payout = useMakerPayout(deployment, row.maker, season, row.fills);
  const decimals = mint?.decimals ?? 9;
  const cap = config?.maxRewardPerFill ?? 0n;
  // Explained against the account as read with the fills (the same moment), or the rebuilt row for a season the account no longer holds.
  const account = payout.data?.account ?? null;
  const line: SeasonLine = useMemo(() => (account ? seasonLineOf(account, season) : row), [account, season, row]);
  const explanation = useMemo(
    () => (payout.data ? explainPayout(line, payout.data.scan.items, cap, payout.data.scan.complete) : null),
    [payout.data, line, cap],
  );

  if (payout.isPending) return <p className="text-sm text-slate-500">Reading the maker’s fills from its transactions…</p>;
  if (payout.isError) return <Notice tone="error">Could not read the fills: {payout.error.message}</Notice>;
  const x = explanation!;
  return (
    <div className="space-y-4" data-testid="payout-explanation">
      <Verdict x={x} decimals={decimals} />
      <Breakdown x={x} line={line} decimals={decimals} />
      {x.multipliers.length > 0 && <Multipliers x={x} decimals={decimals} />}
      <MakerDailyChart fills={payout.data.scan.items} decimals={decimals} />
      <FillList fills={payout.data.scan.items} cap={cap} decimals={decimals} />
    </div>
  );
}

function Verdict({ x, decimals }: { x: PayoutExplanation; decimals: number }) {
  if (x.addsUp) {
    return (
      <Notice testId="payout-verdict">
        The {x.fills.toLocaleString('en-US')} fills below add up to <Keel amount={x.reward} decimals={decimals} digits={decimals} />, exactly the reward the maker
        account holds for this season.
      </Notice>
    );
  }
  const off = Object.entries(x.checks).filter(([, c]) => !c.ok).map(([name]) => name);
  return (
    <Notice tone="warning" testId="payout-verdict">
      The fills found do not account for the row exactly
      {off.length > 0 ? ` (${off.join(', ')} differ)` : ''}
      {x.inconsistent > 0 ? `; ${x.inconsistent} fill(s) paid differently from the reward rules` : ''}. The transaction history may be incomplete.
    </Notice>
  );
}

function Breakdown({ x, line, decimals }: { x: PayoutExplanation; line: SeasonLine; decimals: number }) {
  const k = (amount: bigint, testId?: string) => <Keel amount={amount} decimals={decimals} digits={decimals} testId={testId} />;
  const minus = (amount: bigint, testId: string) => (amount === 0n ? k(0n, testId) : <span>−{k(amount, testId)}</span>);
  return (
    <Summary
      testId="payout-breakdown"
      rows={[
        { label: `Fills · notional · average improvement`, value: <span>{x.fills.toLocaleString('en-US')} · <Keel amount={x.notional} decimals={decimals} digits={0} /> · {formatImprovement(line)}</span> },
        { label: 'Base: notional × improvement ÷ 10,000', value: k(x.base, 'payout-base') },
        { label: 'Early and volatility multipliers', value: <span>+{k(x.multiplierEffect, 'payout-multipliers')}</span> },
        { label: `Below the minimum improvement (${x.kinds['below-minimum']} fills)`, value: minus(x.belowMinimumCut, 'payout-below-minimum') },
        { label: `Per-fill cap (${x.kinds.capped + x.kinds['capped+budget']} fills)`, value: minus(x.capCut, 'payout-cap'), tone: x.capCut > 0n ? 'warning' : undefined },
        { label: `Season budget (${x.kinds.budget + x.kinds['capped+budget']} fills)`, value: minus(x.budgetCut, 'payout-budget'), tone: x.budgetCut > 0n ? 'warning' : undefined },
        { label: 'Reward', value: k(x.reward, 'payout-total') },
      ]}
    />
  );
}

function Multipliers({ x, decimals }: { x: PayoutExplanation; decimals: number }) {
  return (
    <table className="w-full text-sm" data-testid="payout-multiplier-groups">
      <caption className="mb-1 text-left text-sm font-semibold">Multipliers applied</caption>
      <thead className="border-b border-slate-200 text-left text-xs uppercase tracking-wide text-slate-500 dark:border-slate-800 dark:text-slate-400">
        <tr>
          <th scope="col" className="py-1 pr-3">
            Early
          </th>
          <th scope="col" className="py-1 pr-3">
            Volatility
          </th>
          <th scope="col" className="py-1 pr-3 text-right">
            Fills
          </th>
          <th scope="col" className="py-1 pr-3 text-right">
            Base
          </th>
          <th scope="col" className="py-1 text-right">
            Added
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
        {x.multipliers.map((g) => (
          <tr key={`${g.earlyBps}:${g.volatilityMinBps}`}>
            <td className="py-1 pr-3">{formatMultiplier(g.earlyBps)}</td>
            <td className="py-1 pr-3">
              {g.volatilityMinBps === g.volatilityMaxBps
                ? formatMultiplier(g.volatilityMinBps)
                : `${formatMultiplier(g.volatilityMinBps)}–${formatMultiplier(g.volatilityMaxBps)}`}
              {g.volatilityMinBps === 10_000 ? ' (calm)' : ' (above the threshold)'}
            </td>
            <td className="py-1 pr-3 text-right tabular-nums">{g.fills.toLocaleString('en-US')}</td>
            <td className="py-1 pr-3 text-right">
              <Keel amount={g.base} decimals={decimals} digits={4} unit={false} />
            </td>
            <td className="py-1 text-right">
              <Keel amount={g.multiplierEffect} decimals={decimals} digits={4} unit={false} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FillList({ fills, cap, decimals }: { fills: readonly MakerFill[]; cap: bigint; decimals: number }) {
  const [page, setPage] = useState(0);
  const paged = paginate(fills, page, FILLS_PER_PAGE);
  if (fills.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No fills in this season.</p>;
  return (
    <div>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[40rem] text-sm" data-testid="payout-fills">
          <caption className="mb-1 text-left text-sm font-semibold">Fills, newest first</caption>
          <thead className="border-b border-slate-200 text-left text-xs uppercase tracking-wide text-slate-500 dark:border-slate-800 dark:text-slate-400">
            <tr>
              <th scope="col" className="py-1 pr-3">
                When
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                Notional
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                Improvement
              </th>
              <th scope="col" className="py-1 pr-3">
                Multipliers
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                Reward
              </th>
              <th scope="col" className="py-1">
                How
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {paged.rows.map((f) => {
              const e = explainFill(f, cap);
              return (
                <tr key={`${f.sequence}:${f.index}`} data-testid="payout-fill" data-kind={e.kind}>
                  <td className="py-1 pr-3 text-xs tabular-nums">{f.time ? formatChainDate(new Date(f.time * 1000)) : `batch ${f.sequence}`}</td>
                  <td className="py-1 pr-3 text-right">
                    <Keel amount={f.notional} decimals={decimals} digits={2} unit={false} />
                  </td>
                  <td className="py-1 pr-3 text-right tabular-nums">{f.improvementBps} bp</td>
                  <td className="py-1 pr-3 text-xs">{formatMultipliers(f.earlyBps, f.volatilityMultiplierBps)}</td>
                  <td className="py-1 pr-3 text-right">
                    <Keel amount={f.reward} decimals={decimals} digits={6} unit={false} testId="fill-reward" />
                  </td>
                  <td className={`py-1 text-xs ${e.kind === 'paid' ? 'text-slate-500 dark:text-slate-400' : 'text-amber-700 dark:text-amber-300'}`}>
                    {KIND_LABEL[e.kind]}
                    {!e.consistent && <span className="ml-1 font-semibold text-red-600">(does not match the rules)</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {paged.pages > 1 && (
        <div className="mt-2 flex items-center justify-end gap-2 text-sm">
          <Button size="sm" variant="secondary" disabled={paged.page === 0} onClick={() => setPage(paged.page - 1)}>
            Newer
          </Button>
          <span className="tabular-nums text-slate-600 dark:text-slate-400">
            {paged.from}–{paged.to} of {paged.total}
          </span>
          <Button size="sm" variant="secondary" disabled={paged.page >= paged.pages - 1} onClick={() => setPage(paged.page + 1)}>
            Older
          </Button>
        </div>
      )}
    </div>
  );
}
