import type { ClusterConfig } from '@/lib/config/cluster';

export type ExplorerTarget = { tx: string } | { address: string } | { block: number };

/**
 * explorer.solana.com link. Localnet and custom RPCs use the explorer's
 * `cluster=custom&customUrl=<rpc>` mode (the explorer then talks to that RPC
 * from the user's browser); mainnet-beta is the explorer's default.
 */
export function explorerUrl(target: ExplorerTarget, cluster: Pick<ClusterConfig, 'id' | 'rpcUrl'>): string {
  const path = 'tx' in target ? `tx/${target.tx}` : 'address' in target ? `address/${target.address}` : `block/${target.block}`;
  const url = new URL(`https://explorer.solana.com/${path}`);
  if (cluster.id === 'localnet' || cluster.id === 'custom') {
    url.searchParams.set('cluster', 'custom');
    url.searchParams.set('customUrl', cluster.rpcUrl);
  } else if (cluster.id !== 'mainnet-beta') {
    url.searchParams.set('cluster', cluster.id);
  }
  return url.toString();
}
