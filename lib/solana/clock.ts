import type { ClusterConfig } from '@/lib/config/cluster';
import { callRpc } from './rpc';

/** The local chain's Clock sysvar as `keel_getClock` returns it. */
export interface ChainClock {
  slot: number;
  epoch: number;
  unixTimestamp: number;
  blockHeight: number;
}

export async function fetchChainClock({ cluster }: { cluster: Pick<ClusterConfig, 'rpcUrl'> }): Promise<ChainClock> {
  return callRpc<ChainClock>(cluster.rpcUrl, 'keel_getClock');
}
