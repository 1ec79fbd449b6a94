/**
 * What the proposal page reads on top of `useGovernanceState`: the proposal,
 * its stored actions, every vote on it, the connected wallet's positions and
 * their votes, and the simulated effect of the actions not executed yet.
 */
import { useConnection } from '@solana/wallet-adapter-react';
import { TransactionInstruction } from '@solana/web3.js';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { governanceKeys } from '@/lib/governance/keys';
import { type StoredAction, useActionAccountNames, useProposalActions } from '@/lib/governance/proposal-actions';
import { type ProposalItem, useProposal } from '@/lib/governance/proposals';
import { simulateActions } from '@/lib/governance/simulate';
import { useVoteRecords, useWalletVotes } from '@/lib/governance/vote-records';
import { voterState } from '@/lib/governance/voter';
import { proposalPhase } from '@/lib/programs/governance';
import { useCluster } from '@/lib/solana/useCluster';
import type { GovernanceState } from './governance-data-access';

/** Phases in which the actions may still run: their effect is simulated. */
const SIMULATED = new Set(['draft', 'voting', 'counting', 'succeeded', 'queued', 'executable']);

export const toInstruction = (a: StoredAction) => new TransactionInstruction({ programId: a.programId, keys: a.accounts, data: Buffer.from(a.data) });

export function useProposalPage(state: GovernanceState, id: bigint) {
  const { deployment, owner, now, config, stakingConfig, mint } = state;
  const proposalQuery = useProposal(deployment, id);
  const item = proposalQuery.data ?? null;
  const actions = useProposalActions(deployment, item);
  const names = useActionAccountNames(deployment, item, actions.data);
  const votes = useVoteRecords(deployment, item?.address ?? null);
  const walletVotes = useWalletVotes(deployment, owner, item?.address ?? null);
  const phase = item && now !== null ? proposalPhase(item.proposal, now) : null;
  const effects = useActionEffects(state, item, actions.data ?? null, phase !== null && SIMULATED.has(phase));

  const voter = useMemo(() => {
    if (!item || !config || !stakingConfig || now === null || !walletVotes.data) return null;
    return voterState({
      config: walletVotes.data.staking?.config ?? stakingConfig,
      proposal: item.proposal,
      positions: walletVotes.data.staking?.positions ?? [],
      records: walletVotes.data.records,
      now,
      minVotePower: config.minVotePower,
      votingOpen: phase === 'voting',
    });
  }, [item, config, stakingConfig, now, walletVotes.data, phase]);

  return { proposalQuery, item, phase, actions, names: names.data ?? {}, votes, walletVotes, voter, effects, decimals: mint?.decimals ?? 9 };
}

function useActionEffects(state: GovernanceState, item: ProposalItem | null, actions: StoredAction[] | null, enabled: boolean) {
  const { connection } = useConnection();
  const cluster = useCluster();
  const remaining = useMemo(() => (actions ?? []).filter((a) => !a.executed), [actions]);
  const payer = state.owner ?? item?.proposal.proposer ?? null;
  return useQuery({
    queryKey: item ? [...governanceKeys.effects(cluster, item.address), remaining.map((a) => a.index).join(','), payer?.toBase58()] : ['keel', cluster.key, 'no-effects'],
    queryFn: () =>
      simulateActions({
        connection,
        payer: payer!,
        addresses: state.deployment!.addresses,
        actions: remaining.map((a) => ({ index: a.index, instruction: toInstruction(a) })),
        decimals: state.mint?.decimals ?? 9,
        makersProgramId: state.deployment!.makersProgramId ?? undefined,
      }),
    enabled: Boolean(enabled && item && payer && state.deployment && remaining.length > 0),
    refetchInterval: 60_000,
  });
}
