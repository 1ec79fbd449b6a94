/** One wallet's staking: its positions, its staker record and the config they were read with. */
import { useConnection } from '@solana/wallet-adapter-react';
import type { Connection, PublicKey } from '@solana/web3.js';
import { useQuery } from '@tanstack/react-query';
import { decodeConfig, decodePosition, decodeSchedule, decodeStaker, findStakerPda, positionFilters } from '@/lib/programs/staking';
import { useCluster } from '@/lib/solana/useCluster';
import type { StakingDeployment } from './deployment';
import { stakingKeys } from './keys';
import type { Position, WalletStaking } from './types';

/**
 * The wallet's open positions (getProgramAccounts with the client's
 * `positionFilters`), its staker record, the config and its schedule, in one
 * round of requests so pending rewards are projected from one snapshot. Null
 * when the config does not exist.
 */
export async function fetchWalletStaking(connection: Connection, deployment: StakingDeployment, owner: PublicKey): Promise<WalletStaking | null> {
  const { programId, addresses } = deployment;
  const [staker] = findStakerPda(addresses.config, owner, programId);
  const [[configInfo, scheduleInfo, stakerInfo], accounts] = await Promise.all([
    connection.getMultipleAccountsInfo([addresses.config, addresses.schedule, staker], 'confirmed'),
    connection.getProgramAccounts(programId, { commitment: 'confirmed', filters: positionFilters(owner, addresses.config) }),
  ]);
  if (!configInfo || !scheduleInfo) return null;
  const positions: Position[] = accounts
    .map(({ pubkey, account }) => ({ ...decodePosition(account.data), address: pubkey }))
    .sort((a, b) => a.id - b.id);
  return {
    config: decodeConfig(configInfo.data),
    schedule: decodeSchedule(scheduleInfo.data),
    staker: stakerInfo ? decodeStaker(stakerInfo.data) : null,
    positions,
  };
}

export function useWalletStaking(deployment: StakingDeployment | null, owner: PublicKey | null) {
  const { connection } = useConnection();
  const cluster = useCluster();
  return useQuery({
    queryKey: deployment && owner ? stakingKeys.wallet(cluster, owner, deployment.addresses.config) : ['keel', cluster.key, 'no-wallet'],
    queryFn: () => fetchWalletStaking(connection, deployment!, owner!),
    enabled: Boolean(deployment && owner),
    refetchInterval: 30_000,
  });
}
