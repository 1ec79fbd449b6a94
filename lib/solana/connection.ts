import { Connection, type Commitment } from '@solana/web3.js';
import type { ClusterConfig } from '@/lib/config/cluster';

/** Keel reads and confirms at `confirmed`: fast, and not rolled back in practice. */
export const KEEL_COMMITMENT: Commitment = 'confirmed';

/** web3.js derives the websocket endpoint from the RPC URL (port + 1: 8899 → 8900). */
export function createConnection(cluster: Pick<ClusterConfig, 'rpcUrl'>): Connection {
  return new Connection(cluster.rpcUrl, { commitment: KEEL_COMMITMENT });
}
