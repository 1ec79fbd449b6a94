/**
 * react-query hooks over `source.ts`, one per read (style.md §13–14). The
 * config and the maker accounts poll, since the reporter's batches land
 * outside the page; history reads (fills, past seasons, the budget chart)
 * are costlier walks and refresh less often.
 */
import type { Address } from '@solana/kit';
import { useConnection } from '@solana/wallet-adapter-react';
import type { PublicKey } from '@solana/web3.js';
import { useQuery } from '@tanstack/react-query';
import { useCluster } from '@/lib/solana/useCluster';
import type { MakersDeployment } from './deployment';
import { makersKeys } from './keys';
import { fetchBudgetHistory, fetchMakerAccounts, fetchMakerPayout, fetchMakersConfig, fetchSeasonFills, fetchWalletMaker } from './source';

const POLL_MS = 15_000;
const HISTORY_STALE_MS = 30_000;

export function useMakersConfig(deployment: MakersDeployment | null) {
  const { connection } = useConnection();
  const cluster = useCluster();
  return useQuery({
    queryKey: deployment ? makersKeys.config(cluster, deployment.addresses.config) : ['keel', cluster.key, 'no-makers-config'],
    queryFn: () => fetchMakersConfig(connection, deployment!),
    enabled: deployment !== null,
    refetchInterval: POLL_MS,
  });
}

export function useMakerAccounts(deployment: MakersDeployment | null) {
  const { connection } = useConnection();
  const cluster = useCluster();
  return useQuery({
    queryKey: deployment ? makersKeys.makers(cluster, deployment.addresses.config) : ['keel', cluster.key, 'no-makers'],
    queryFn: () => fetchMakerAccounts(connection, deployment!),
    enabled: deployment !== null,
    refetchInterval: POLL_MS,
  });
}

export function useWalletMaker(deployment: MakersDeployment | null, owner: PublicKey | null) {
  const { connection } = useConnection();
  const cluster = useCluster();
  return useQuery({
    queryKey: deployment && owner ? makersKeys.wallet(cluster, owner, deployment.addresses.config) : ['keel', cluster.key, 'no-wallet-maker'],
    queryFn: () => fetchWalletMaker(connection, deployment!, owner!),
    enabled: Boolean(deployment && owner),
    refetchInterval: POLL_MS,
  });
}

/** A past season's fills from the config's history; only enabled when the accounts no longer hold the season. */
export function useSeasonFills(deployment: MakersDeployment | null, season: number, enabled: boolean) {
  const { connection } = useConnection();
  const cluster = useCluster();
  return useQuery({
    queryKey: deployment ? makersKeys.seasonEvents(cluster, deployment.addresses.config, season) : ['keel', cluster.key, 'no-season'],
    queryFn: () => fetchSeasonFills(connection, deployment!, season),
    enabled: deployment !== null && enabled,
    staleTime: HISTORY_STALE_MS,
  });
}

/**
 * One maker's fills in one season with the account stats they add up to (its
 * payout explanation and daily chart). `rowFills` is the row's fill count: a
 * new batch for the maker changes it and refetches.
 */
export function useMakerPayout(deployment: MakersDeployment | null, maker: Address | null, season: number, rowFills: number) {
  const { connection } = useConnection();
  const cluster = useCluster();
  return useQuery({
    queryKey: deployment && maker ? [...makersKeys.fills(cluster, maker, season), rowFills] : ['keel', cluster.key, 'no-fills'],
    queryFn: () => fetchMakerPayout(connection, deployment!, maker!, season),
    enabled: Boolean(deployment && maker),
    staleTime: HISTORY_STALE_MS,
  });
}

export function useBudgetHistory(deployment: MakersDeployment | null, season: number, since: number | null) {
  const { connection } = useConnection();
  const cluster = useCluster();
  return useQuery({
    queryKey: deployment ? [...makersKeys.budget(cluster, deployment.addresses.config, season), since] : ['keel', cluster.key, 'no-budget'],
    queryFn: () => fetchBudgetHistory(connection, deployment!, season, since),
    enabled: deployment !== null,
    staleTime: HISTORY_STALE_MS,
    refetchInterval: 60_000,
  });
}
