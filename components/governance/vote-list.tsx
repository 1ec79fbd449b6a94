'use client';

import { Card, Keel } from '@/components/staking/staking-ui';
import { SIDE_WORDS } from '@/lib/governance/actions/cast-vote';
import { walletSideKey, walletSideWeights } from '@/lib/governance/vote-records';
import { formatChainDate } from '@/lib/staking/format';
import { AddressLink } from './governance-ui';
import type { useProposalPage } from './proposal-data-access';

const SIDE_STYLE = { for: 'text-emerald-700 dark:text-emerald-400', against: 'text-red-700 dark:text-red-400', abstain: 'text-slate-600 dark:text-slate-400' };

/** Every vote record on the proposal: who, with which position, which side, how much. */
export function VoteListCard({ page }: { page: ReturnType<typeof useProposalPage> }) {
  const { votes, item, decimals } = page;
  const quadratic = item?.proposal.voteWeighting === 'quadratic';
  const rows = votes.data ?? [];
  const weights = quadratic ? walletSideWeights(rows) : null;
  return (
    <Card title="Votes" description={rows.length ? `${rows.length} position${rows.length === 1 ? '' : 's'} voted` : undefined} testId="vote-list">
      {votes.isPending ? (
        <div className="h-16 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-800" />
      ) : rows.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{item?.proposal.state === 'draft' ? 'Voting has not opened.' : 'No votes yet.'}</p>
      ) : (
        <div className="-mx-4 overflow-x-auto sm:mx-0">
          <table className="w-full min-w-[32rem] text-left text-sm">
            <thead className="text-xs uppercase tracking-wide text-slate-500 dark:text-slate-400">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium sm:px-2">
                  Voter
                </th>
                <th scope="col" className="px-2 py-2 font-medium">
                  Position
                </th>
                <th scope="col" className="px-2 py-2 font-medium">
                  Vote
                </th>
                <th scope="col" className="px-2 py-2 text-right font-medium">
                  Power
                </th>
                {quadratic && (
                  <th scope="col" className="px-2 py-2 text-right font-medium" title="Quadratic: each wallet weighs ⌊√ of its total power on a side⌋">
                    Wallet weight
                  </th>
                )}
                <th scope="col" className="px-4 py-2 font-medium sm:px-2">
                  When
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {rows.map((v) => (
                <tr key={v.address.toBase58()} data-testid="vote-row" data-side={v.side} data-voter={v.voter.toBase58()}>
                  <td className="px-4 py-2 sm:px-2">
                    <AddressLink address={v.voter} />
                  </td>
                  <td className="px-2 py-2">
                    <AddressLink address={v.position} />
                  </td>
                  <td className={`px-2 py-2 font-semibold ${SIDE_STYLE[v.side]}`}>{SIDE_WORDS[v.side]}</td>
                  <td className="px-2 py-2 text-right">
                    <Keel amount={v.power} decimals={decimals} digits={2} unit={false} />
                  </td>
                  {weights && <td className="px-2 py-2 text-right tabular-nums">{(weights.get(walletSideKey(v)) ?? 0n).toLocaleString('en-US')}</td>}
                  <td className="whitespace-nowrap px-4 py-2 text-slate-500 sm:px-2 dark:text-slate-400">{formatChainDate(v.votedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
