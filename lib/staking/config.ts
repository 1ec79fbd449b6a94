/** The staking config of the KEEL mint: parameters, totals, reward stream. */
import { useConnection } from '@solana/wallet-adapter-react';
import type { Connection, PublicKey } from '@solana/web3.js';
import { useQuery } from '@tanstack/react-query';
import { decodeConfig, type StakingConfig } from '@/lib/programs/staking';
import { useCluster } from '@/lib/solana/useCluster';
import type { StakingDeployment } from './deployment';
import { stakingKeys } from './keys';

/** The config, or null when staking has not been initialised for this mint. */
export async function fetchStakingConfig(connection: Connection, config: PublicKey): Promise<StakingConfig | null> {
  const info = await connection.getAccountInfo(config, 'confirmed');
  return info ? decodeConfig(info.data) : null;
}

export function useStakingConfig(deployment: StakingDeployment | null) {
  const { connection } = useConnection();
  const cluster = useCluster();
  const config = deployment?.addresses.config ?? null;
  return useQuery({
    queryKey: config ? stakingKeys.config(cluster, config) : ['keel', cluster.key, 'no-staking-config'],
    queryFn: () => fetchStakingConfig(connection, config!),
    enabled: config !== null,
    refetchInterval: 30_000,
  });
}
