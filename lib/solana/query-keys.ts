import type { QueryKey } from '@tanstack/react-query';
import type { PublicKey } from '@solana/web3.js';
import type { ClusterConfig } from '@/lib/config/cluster';

/**
 * Query-key conventions (every chain query follows them):
 *
 *   ['keel', cluster.key, 'account', <address>, <kind>, ...]   data about one account
 *   ['keel', cluster.key, <feature>, ...]                      anything else
 *
 * The cluster key comes first so switching clusters never shows another
 * cluster's cache. Account-scoped keys let the transaction helper refresh every
 * query about each account a transaction wrote by invalidating the prefix
 * ['keel', cluster.key, 'account', <address>] (Realms' invalidateInstructionAccounts).
 */
type ClusterKeyed = Pick<ClusterConfig, 'key'>;

export function clusterQueryKey(cluster: ClusterKeyed, ...parts: readonly unknown[]): QueryKey {
  return ['keel', cluster.key, ...parts];
}

export function accountQueryKey(cluster: ClusterKeyed, address: PublicKey | string, ...parts: readonly unknown[]): QueryKey {
  return ['keel', cluster.key, 'account', address.toString(), ...parts];
}

/** Lamport balance of one account. */
export function balanceQueryKey(cluster: ClusterKeyed, address: PublicKey | string): QueryKey {
  return accountQueryKey(cluster, address, 'balance');
}

/** Localnet clock (keel_getClock). */
export function clockQueryKey(cluster: ClusterKeyed): QueryKey {
  return clusterQueryKey(cluster, 'clock');
}
