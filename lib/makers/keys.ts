/**
 * Query keys for makers data (lib/solana/query-keys.ts conventions). The
 * maker accounts, the config and every season are keyed under the config's
 * address: every makers instruction a wallet signs (register, bonds, claim)
 * writes the config, so the transaction helper's invalidation of written
 * accounts refreshes the whole board. The reporter's batches land outside
 * the page: the board polls for them.
 */
import type { Address } from '@solana/kit';
import type { PublicKey } from '@solana/web3.js';
import type { ClusterConfig } from '@/lib/config/cluster';
import { accountQueryKey } from '@/lib/solana/query-keys';

type Keyed = Pick<ClusterConfig, 'key'>;
const s = (k: PublicKey | string) => k.toString();

export const makersKeys = {
  config: (cluster: Keyed, config: Address) => accountQueryKey(cluster, config, 'makers-config'),
  /** Every maker account of the config (getProgramAccounts). */
  makers: (cluster: Keyed, config: Address) => accountQueryKey(cluster, config, 'makers-accounts'),
  /** A past season rebuilt from the reporter's events. */
  seasonEvents: (cluster: Keyed, config: Address, season: number) => accountQueryKey(cluster, config, 'makers-season-events', season),
  /** The season budget after each batch. */
  budget: (cluster: Keyed, config: Address, season: number) => accountQueryKey(cluster, config, 'makers-budget', season),
  /** One maker's fills in one season (its payout explanation). */
  fills: (cluster: Keyed, maker: Address, season: number) => accountQueryKey(cluster, maker, 'makers-fills', season),
  /** The connected wallet's maker account (null before it registers). */
  wallet: (cluster: Keyed, owner: PublicKey, config: Address) => accountQueryKey(cluster, owner, 'makers-wallet', s(config)),
};
