'use client';

import { ConnectPrompt } from '@/components/staking/staking-gate';
import { Button, Card, Keel, Notice } from '@/components/staking/staking-ui';
import { castVote, SIDE_WORDS } from '@/lib/governance/actions/cast-vote';
import { changeVote } from '@/lib/governance/actions/change-vote';
import { relinquish } from '@/lib/governance/actions/relinquish';
import { VOTE_SIDES, type VoteSide } from '@/lib/programs/governance';
import { formatChainDate } from '@/lib/staking/format';
import type { GovernanceState } from './governance-data-access';
import type { useProposalPage } from './proposal-data-access';
import { useSendAll } from './proposal-status';

type Page = ReturnType<typeof useProposalPage>;

const SIDE_BUTTON: Record<VoteSide, 'primary' | 'danger' | 'secondary'> = { for: 'primary', against: 'danger', abstain: 'secondary' };

/** The wallet's voting power on this proposal, which positions vote (and how those that did voted), and the buttons. */
export function VoteCard({ state, page }: { state: GovernanceState; page: Page }) {
  const { item, phase, voter, walletVotes, decimals } = page;
  const { actionContext } = state;
  const { send } = useSendAll();
  if (!item || !phase || phase === 'draft') return null;
  const ref = { address: item.address, id: item.proposal.id, voteWeighting: item.proposal.voteWeighting };
  const open = phase === 'voting';
  const pendingLabel = send.isPending ? send.variables?.label : undefined;

  let body;
  if (!actionContext) body = <ConnectPrompt>Connect a wallet to see your voting power and vote.</ConnectPrompt>;
  else if (!voter || walletVotes.isPending) body = <div className="h-24 animate-pulse rounded-lg bg-slate-100 dark:bg-slate-800" />;
  else {
    const votedSide = voter.side;
    body = (
      <div className="space-y-4">
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">Your voting power</p>
          <p className="text-2xl font-semibold">
            <Keel amount={voter.totalPower} decimals={decimals} digits={2} unit={false} testId="vote-power" />
          </p>
          {votedSide && (
            <p className="mt-1 text-sm" data-testid="your-vote-side" data-side={votedSide}>
              You voted{' '}
              <strong>{votedSide === 'mixed' ? 'on several sides' : SIDE_WORDS[votedSide]}</strong> with{' '}
              <Keel amount={voter.votedPower} decimals={decimals} digits={2} unit={false} /> voting power.
            </p>
          )}
        </div>

        {voter.positions.length > 0 && (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 text-sm dark:divide-slate-800 dark:border-slate-800" aria-label="Your positions">
            {voter.positions.map((row) => {
              const willVote = open && voter.castProblem === null && voter.votable.includes(row);
              return (
                <li key={row.position.address.toBase58()} className="flex items-center justify-between gap-3 px-3 py-2" data-testid="vote-position" data-position-id={row.position.id}>
                  <div className="min-w-0">
                    <p className="font-medium">Position #{row.position.id}</p>
                    <p className="text-xs text-slate-500 dark:text-slate-400">{row.position.tierName}</p>
                  </div>
                  <div className="text-right">
                    <p className="font-semibold">
                      <Keel amount={row.vote ? row.vote.power : row.power} decimals={decimals} digits={2} unit={false} />
                    </p>
                    <p className="text-xs" data-testid="vote-position-status">
                      {row.vote ? (
                        <span className="font-semibold text-slate-700 dark:text-slate-300">Voted {SIDE_WORDS[row.vote.side]}</span>
                      ) : willVote ? (
                        <span className="text-keel-600 dark:text-keel-400">Will vote</span>
                      ) : row.power === 0n ? (
                        <span className="text-slate-500">No power</span>
                      ) : (
                        <span className="text-slate-500">Not voting</span>
                      )}
                    </p>
                  </div>
                </li>
              );
            })}
          </ul>
        )}

        {open && voter.votable.length > 0 && (
          <div className="space-y-2">
            <p className="text-sm font-medium">{voter.voted.length > 0 ? 'Vote with your other positions' : 'Cast your vote'}</p>
            <div className="grid grid-cols-3 gap-2" role="group" aria-label="Vote">
              {VOTE_SIDES.map((side) => (
                <Button
                  key={side}
                  variant={SIDE_BUTTON[side]}
                  disabled={voter.castProblem !== null || send.isPending}
                  busy={pendingLabel?.startsWith(`Vote ${SIDE_WORDS[side]} `)}
                  onClick={() => send.mutate(castVote({ ...actionContext, proposal: ref, side, positions: voter.votable.map((r) => r.position.address) }))}
                  data-testid={`vote-${side}`}
                >
                  {SIDE_WORDS[side]}
                </Button>
              ))}
            </div>
            {voter.castProblem ? (
              <p className="text-sm text-amber-700 dark:text-amber-300" data-testid="vote-problem">
                {voter.castProblem}
              </p>
            ) : (
              <p className="text-xs text-slate-500 dark:text-slate-400">
                Voting locks the voting positions in staking until {lockUntil(item.proposal)} (no unstaking before then).
              </p>
            )}
          </div>
        )}
        {open && voter.votable.length === 0 && voter.voted.length === 0 && voter.castProblem && (
          <p className="text-sm text-amber-700 dark:text-amber-300" data-testid="vote-problem">
            {voter.castProblem}
          </p>
        )}

        {voter.voted.length > 0 && (
          <div className="space-y-2 border-t border-slate-100 pt-4 dark:border-slate-800">
            {open && (
              <>
                <p className="text-sm font-medium">Change your vote</p>
                <div className="flex flex-wrap gap-2">
                  {VOTE_SIDES.filter((s) => s !== votedSide).map((side) => (
                    <Button
                      key={side}
                      variant="secondary"
                      size="sm"
                      disabled={send.isPending}
                      busy={pendingLabel?.startsWith(`Change vote to ${SIDE_WORDS[side]}`)}
                      onClick={() => send.mutate(changeVote({ ...actionContext, proposal: ref, side, positions: voter.voted.map((r) => r.position.address) }))}
                      data-testid={`change-vote-${side}`}
                    >
                      {SIDE_WORDS[side]}
                    </Button>
                  ))}
                </div>
              </>
            )}
            <Button
              variant="ghost"
              size="sm"
              disabled={send.isPending}
              busy={pendingLabel?.startsWith('Withdraw') || pendingLabel?.startsWith('Reclaim')}
              onClick={() => send.mutate(relinquish({ ...actionContext, proposal: ref, positions: voter.voted.map((r) => r.position.address), votingOpen: open }))}
              data-testid="relinquish"
            >
              {open ? 'Withdraw my vote' : 'Reclaim the vote records’ rent'}
            </Button>
            {open && <p className="text-xs text-slate-500 dark:text-slate-400">Withdrawing takes your votes out of the tallies; the staking lock stays.</p>}
          </div>
        )}
      </div>
    );
  }
  return (
    <Card title="Your vote" testId="your-vote">
      {!open && phase !== 'counting' && voter && voter.voted.length === 0 && actionContext ? (
        <Notice>Voting is closed.</Notice>
      ) : (
        body
      )}
    </Card>
  );
}

function lockUntil(p: { endTs: bigint; extensionSecs: bigint; extended: boolean }) {
  const until = p.endTs + (p.extended ? 0n : p.extensionSecs);
  return formatChainDate(new Date(Number(until) * 1000));
}
