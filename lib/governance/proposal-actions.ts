/** A proposal's stored actions (the instructions it runs when executed), in execution order. */
import { unpackAccount } from '@solana/spl-token';
import { useConnection } from '@solana/wallet-adapter-react';
import type { Connection, PublicKey } from '@solana/web3.js';
import { useQuery } from '@tanstack/react-query';
import { decodeAction, findActionPda, type ProposalAction } from '@/lib/programs/governance';
import { useCluster } from '@/lib/solana/useCluster';
import type { GovernanceDeployment } from './deployment';
import { governanceKeys } from './keys';
import type { ProposalItem } from './proposals';
import { tokenProgramKind } from '@/lib/token/token-programs';
import { keelAccountOf } from './treasury-transfer';

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

/**
 * Words for the token accounts the actions write ("the KEEL account of 7xKX…"),
 * so a transfer reads as going to a wallet rather than to an account address.
 */
export async function fetchActionAccountNames(connection: Connection, actions: readonly StoredAction[], skip: readonly PublicKey[]): Promise<Record<string, string>> {
  const seen = new Map<string, PublicKey>();
  for (const a of actions) for (const k of a.accounts) if (k.isWritable && !skip.some((s) => s.equals(k.pubkey))) seen.set(k.pubkey.toBase58(), k.pubkey);
  const keys = [...seen.values()];
  if (keys.length === 0) return {};
  const infos = await connection.getMultipleAccountsInfo(keys, 'confirmed');
  const names: Record<string, string> = {};
  infos.forEach((info, i) => {
    if (!info || !tokenProgramKind(info.owner)) return;
    try {
      names[keys[i]!.toBase58()] = keelAccountOf(unpackAccount(keys[i]!, info, info.owner).owner);
    } catch {
      // A mint or another kind of token-program account: left as an address.
    }
  });
  return names;
}

export function useActionAccountNames(deployment: GovernanceDeployment | null, item: ProposalItem | null | undefined, actions: StoredAction[] | undefined) {
  const { connection } = useConnection();
  const cluster = useCluster();
  return useQuery({
    queryKey: item ? [...governanceKeys.actions(cluster, item.address), 'names', (actions ?? []).length] : ['keel', cluster.key, 'no-action-names'],
    queryFn: () => fetchActionAccountNames(connection, actions!, [deployment!.addresses.treasury, deployment!.addresses.stakingConfig, deployment!.addresses.governance]),
    enabled: Boolean(deployment && item && actions),
    staleTime: 60_000,
  });
}
