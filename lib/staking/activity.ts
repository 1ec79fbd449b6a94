/**
 * A wallet's recent reward payouts, read from its transactions' logs: the
 * staking program's `Claimed`, `Compounded` and (closing) `Unstaked` events
 * (lib/programs/staking/events.ts). No indexer: getSignaturesForAddress on the
 * wallet, then the transactions in one batch.
 */
import { useConnection } from '@solana/wallet-adapter-react';
import type { Connection, PublicKey } from '@solana/web3.js';
import { useQuery } from '@tanstack/react-query';
import { parseStakingEvents } from '@/lib/programs/staking';
import { useCluster } from '@/lib/solana/useCluster';
import type { StakingDeployment } from './deployment';
import { stakingKeys } from './keys';
import type { RewardActivity } from './types';

/** How far back to look: the wallet's last N transactions. */
export const ACTIVITY_SIGNATURES = 50;

export async function fetchRewardActivity(
  connection: Connection,
  deployment: StakingDeployment,
  owner: PublicKey,
  limit = ACTIVITY_SIGNATURES,
): Promise<RewardActivity[]> {
  const signatures = (await connection.getSignaturesForAddress(owner, { limit }, 'confirmed')).filter((s) => s.err === null);
  if (signatures.length === 0) return [];
  const transactions = await connection.getTransactions(
    signatures.map((s) => s.signature),
    { commitment: 'confirmed', maxSupportedTransactionVersion: 0 },
  );
  const activity: RewardActivity[] = [];
  transactions.forEach((tx, i) => {
    const logs = tx?.meta?.logMessages;
    if (!tx || !logs) return;
    const signature = signatures[i]!.signature;
    const time = tx.blockTime ? new Date(tx.blockTime * 1000) : null;
    for (const event of parseStakingEvents(logs, deployment.programId)) {
      if (event.kind === 'Claimed' && event.owner.equals(owner)) {
        activity.push({ signature, time, kind: 'claim', position: event.position, amount: event.amount });
      } else if (event.kind === 'Compounded' && event.owner.equals(owner)) {
        activity.push({ signature, time, kind: 'compound', position: event.position, amount: event.amount });
      } else if (event.kind === 'Unstaked' && event.owner.equals(owner) && event.rewardsPaid > 0n) {
        activity.push({ signature, time, kind: 'unstake', position: event.position, amount: event.rewardsPaid });
      }
    }
  });
  return activity;
}

export function useRewardActivity(deployment: StakingDeployment | null, owner: PublicKey | null) {
  const { connection } = useConnection();
  const cluster = useCluster();
  return useQuery({
    queryKey: deployment && owner ? stakingKeys.activity(cluster, owner, deployment.addresses.config) : ['keel', cluster.key, 'no-activity'],
    queryFn: () => fetchRewardActivity(connection, deployment!, owner!),
    enabled: Boolean(deployment && owner),
  });
}
