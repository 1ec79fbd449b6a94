/** The governance config of the KEEL staking config: rules, authority PDA, treasury, proposal count. */
import { useConnection } from '@solana/wallet-adapter-react';
import type { Connection, PublicKey } from '@solana/web3.js';
import { useQuery } from '@tanstack/react-query';
import { decodeGovernanceConfig, type GovernanceConfig } from '@/lib/programs/governance';
import { useCluster } from '@/lib/solana/useCluster';
import type { GovernanceDeployment } from './deployment';
import { governanceKeys } from './keys';

/** The config, or null when governance has not been initialised for this staking config. */
export async function fetchGovernanceConfig(connection: Connection, governance: PublicKey): Promise<GovernanceConfig | null> {
  const info = await connection.getAccountInfo(governance, 'confirmed');
  return info ? decodeGovernanceConfig(info.data) : null;
}

export function useGovernanceConfig(deployment: GovernanceDeployment | null) {
  const { connection } = useConnection();
  const cluster = useCluster();
  const governance = deployment?.addresses.governance ?? null;
  return useQuery({
    queryKey: governance ? governanceKeys.config(cluster, governance) : ['keel', cluster.key, 'no-governance-config'],
    queryFn: () => fetchGovernanceConfig(connection, governance!),
    enabled: governance !== null,
    refetchInterval: 30_000,
  });
}
