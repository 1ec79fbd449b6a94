import type { ClusterConfig } from '@/lib/config/cluster';
import { KeelError } from '@/lib/errors/keel-error';
import type { ChainClock } from './clock';
import { callRpc } from './rpc';

export interface WarpTimeOptions {
  cluster: Pick<ClusterConfig, 'devTools' | 'rpcUrl' | 'label'>;
  days?: number;
  seconds?: number;
}

/**
 * Moves the local chain's clock forward (dev-only `keel_warpTime`), e.g. to
 * show a stake lock expiring. Refused anywhere but localnet.
 */
/** Resolves to the chain clock after the warp. */
export async function warpTime({ cluster, days, seconds }: WarpTimeOptions): Promise<ChainClock> {
  if (!cluster.devTools) {
    throw new KeelError('config:not-deployed', `Time warp exists only on the local chain, not on ${cluster.label}.`);
  }
  if ((days ?? 0) < 0 || (seconds ?? 0) < 0) {
    throw new KeelError('rpc:error', 'Time only moves forward.');
  }
  return callRpc<ChainClock>(cluster.rpcUrl, 'keel_warpTime', [{ days, seconds }]);
}
