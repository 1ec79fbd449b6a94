/**
 * Query keys for staking data (lib/solana/query-keys.ts conventions). Whatever
 * belongs to a wallet is keyed under the wallet's address: the wallet pays for
 * every staking transaction it signs, so the transaction helper's automatic
 * invalidation of written accounts (the payer included) refreshes all of it.
 */
import type { PublicKey } from '@solana/web3.js';
import type { ClusterConfig } from '@/lib/config/cluster';
import { accountQueryKey, clusterQueryKey } from '@/lib/solana/query-keys';

type Keyed = Pick<ClusterConfig, 'key'>;
const s = (k: PublicKey | string) => k.toString();

export const stakingKeys = {
  /** The chain's Clock sysvar (unix time); a time warp refreshes every key of the cluster. */
  chainTime: (cluster: Keyed) => clusterQueryKey(cluster, 'chain-time'),
  mint: (cluster: Keyed, mint: PublicKey) => accountQueryKey(cluster, mint, 'keel-mint'),
  /** A token account's balance (the locked reserve's, for the staking ratio). */
  tokenAccount: (cluster: Keyed, account: PublicKey) => accountQueryKey(cluster, account, 'token-account'),
  config: (cluster: Keyed, config: PublicKey) => accountQueryKey(cluster, config, 'staking-config'),
  holding: (cluster: Keyed, owner: PublicKey, mint: PublicKey) => accountQueryKey(cluster, owner, 'keel-holding', s(mint)),
  wallet: (cluster: Keyed, owner: PublicKey, config: PublicKey) => accountQueryKey(cluster, owner, 'staking-wallet', s(config)),
  activity: (cluster: Keyed, owner: PublicKey, config: PublicKey) => accountQueryKey(cluster, owner, 'staking-activity', s(config)),
};
