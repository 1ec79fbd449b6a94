/** A proposal's stored actions (the instructions it runs when executed), in execution order. */
import { useConnection } from '@solana/wallet-adapter-react';
import type { Connection, PublicKey } from '@solana/web3.js';
import { useQuery } from '@tanstack/react-query';
import { decodeAction, findActionPda, type ProposalAction } from '@/lib/programs/governance';
import { useCluster } from '@/lib/solana/useCluster';
import type { GovernanceDeployment } from './deployment';
import { governanceKeys } from './keys';
import type { ProposalItem } from './proposals';

export interface StoredAction extends ProposalAction {
  address: PublicKey;
}

/** The actions at `indices` (the proposal's `actionIndices`), read in one request. */
export async function fetchProposalActions(connection: Connection, programId: PublicKey, proposal: PublicKey, indices: readonly number[]): Promise<StoredAction[]> {
  if (indices.length === 0) return [];
  const addresses = indices.map((i) => findActionPda(proposal, i, programId)[0]);
  const infos = await connection.getMultipleAccountsInfo(addresses, 'confirmed');
  return infos.flatMap((info, i) => (info ? [{ ...decodeAction(info.data), address: addresses[i]! }] : []));
}

export function useProposalActions(deployment: GovernanceDeployment | null, item: ProposalItem | null | undefined) {
  const { connection } = useConnection();
  const cluster = useCluster();
  const indices = item?.proposal.actionIndices ?? [];
  return useQuery({
    queryKey: item ? [...governanceKeys.actions(cluster, item.address), indices.join(',')] : ['keel', cluster.key, 'no-actions'],
    queryFn: () => fetchProposalActions(connection, deployment!.programId, item!.address, indices),
    enabled: Boolean(deployment && item),
  });
}
