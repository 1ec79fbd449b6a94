/**
 * Query keys for governance data (lib/solana/query-keys.ts conventions). Data
 * about one proposal (its actions, its vote records, the simulated effect) is
 * keyed under the proposal's address: every governance instruction that
 * changes any of them writes the proposal, so the transaction helper's
 * automatic invalidation of written accounts refreshes it. The proposal list
 * spans many accounts: actions pass its key in `invalidate`.
 */
import type { PublicKey } from '@solana/web3.js';
import type { ClusterConfig } from '@/lib/config/cluster';
import { accountQueryKey, clusterQueryKey } from '@/lib/solana/query-keys';

type Keyed = Pick<ClusterConfig, 'key'>;
const s = (k: PublicKey | string) => k.toString();

export const governanceKeys = {
  config: (cluster: Keyed, governance: PublicKey) => accountQueryKey(cluster, governance, 'governance-config'),
  /** Every proposal of one governance (getProgramAccounts). */
  proposals: (cluster: Keyed, governance: PublicKey) => clusterQueryKey(cluster, 'governance', s(governance), 'proposals'),
  proposal: (cluster: Keyed, proposal: PublicKey) => accountQueryKey(cluster, proposal, 'governance-proposal'),
  actions: (cluster: Keyed, proposal: PublicKey) => accountQueryKey(cluster, proposal, 'governance-actions'),
  votes: (cluster: Keyed, proposal: PublicKey) => accountQueryKey(cluster, proposal, 'governance-votes'),
  /** The connected wallet's positions and their vote records on one proposal. */
  voter: (cluster: Keyed, proposal: PublicKey, owner: PublicKey) => accountQueryKey(cluster, proposal, 'governance-voter', s(owner)),
  effects: (cluster: Keyed, proposal: PublicKey) => accountQueryKey(cluster, proposal, 'governance-effects'),
  treasury: (cluster: Keyed, treasury: PublicKey) => accountQueryKey(cluster, treasury, 'governance-treasury'),
  /** The maker config governance may change (its key names the config account, so executing a makers action refreshes it). */
  makersConfig: (cluster: Keyed, config: PublicKey) => accountQueryKey(cluster, config, 'governance-makers-config'),
  /** What a new proposal's actions would do (keyed by the encoded actions). */
  preview: (cluster: Keyed, governance: PublicKey, fingerprint: string) =>
    clusterQueryKey(cluster, 'governance', s(governance), 'preview', fingerprint),
};
