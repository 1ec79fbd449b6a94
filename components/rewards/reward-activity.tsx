'use client';

import type { StakingState } from '@/components/staking/staking-data-access';
import { Card, Keel } from '@/components/staking/staking-ui';
import { useRewardActivity } from '@/lib/staking/activity';
import { formatChainDate, shortAddress } from '@/lib/staking/format';
import type { RewardActivity } from '@/lib/staking/types';
import { explorerUrl } from '@/lib/tx/explorer';

const KIND_LABEL: Record<RewardActivity['kind'], string> = {
  claim: 'Claimed',
  compound: 'Compounded',
  unstake: 'Paid on unstake',
};

/** The wallet's last reward payouts, from the staking program's events in its recent transactions. */
export function RewardActivityList({ state }: { state: StakingState }) {
  const activity = useRewardActivity(state.deployment, state.owner);
  const cluster = state.deployment?.cluster;
  const positionIds = new Map((state.wallet?.positions ?? []).map((p) => [p.address.toBase58(), p.id]));
  return (
    <Card title="Last claims" description="From your wallet's recent transactions." testId="reward-activity">
      {activity.isPending ? (
        <p className="text-sm text-slate-500">Loading…</p>
      ) : activity.isError ? (
        <p className="text-sm text-red-600 dark:text-red-400">Could not read your transactions: {activity.error.message}</p>
      ) : activity.data.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="no-activity">
          No claims yet.
        </p>
      ) : (
        <table className="w-full text-sm">
          <caption className="sr-only">Recent reward payouts</caption>
          <thead className="border-b border-slate-200 text-left text-xs uppercase tracking-wide text-slate-500 dark:border-slate-800 dark:text-slate-400">
            <tr>
              <th scope="col" className="py-2 pr-3">
                When
              </th>
              <th scope="col" className="py-2 pr-3">
                What
              </th>
              <th scope="col" className="hidden py-2 pr-3 sm:table-cell">
                Position
              </th>
              <th scope="col" className="py-2 text-right">
                Amount
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {activity.data.slice(0, 10).map((a, i) => {
              const address = a.position.toBase58();
              const id = positionIds.get(address);
              return (
                <tr key={`${a.signature}-${i}`} data-testid="activity-row">
                  <td className="py-2 pr-3 tabular-nums">
                    {cluster ? (
                      <a href={explorerUrl({ tx: a.signature }, cluster)} target="_blank" rel="noreferrer" className="text-keel-600 underline-offset-2 hover:underline dark:text-keel-400">
                        {a.time ? formatChainDate(a.time) : shortAddress(a.signature)}
                        <span className="sr-only"> (opens the transaction in a new tab)</span>
                      </a>
                    ) : (
                      shortAddress(a.signature)
                    )}
                  </td>
                  <td className="py-2 pr-3">{KIND_LABEL[a.kind]}</td>
                  <td className="hidden py-2 pr-3 font-mono text-xs sm:table-cell" title={address}>
                    {id !== undefined ? `#${id}` : shortAddress(address)}
                  </td>
                  <td className="py-2 text-right">
                    <Keel amount={a.amount} digits={6} testId="activity-amount" />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Card>
  );
}
