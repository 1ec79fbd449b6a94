/**
 * The maker config of the KEEL mint, as the governance pages need it: the
 * "from" values of maker parameter forms and of makers actions in words.
 * Null when the makers program is not deployed on the cluster or has no
 * config for the mint.
 */
import { useConnection } from '@solana/wallet-adapter-react';
import type { Connection, PublicKey } from '@solana/web3.js';
import { useQuery } from '@tanstack/react-query';
import { type MakersConfig, makersKeys, readMakersConfig } from '@/lib/programs/makers';
import { useCluster } from '@/lib/solana/useCluster';
import type { GovernanceDeployment } from './deployment';
import { governanceKeys } from './keys';

export async function fetchMakersConfig(connection: Connection, config: PublicKey): Promise<MakersConfig | null> {
  const info = await connection.getAccountInfo(config, 'confirmed');
  return info ? readMakersConfig(info.data) : null;
}

/** The config address of the deployment's mint, null without a makers program. */
export function makersConfigAddress(deployment: Pick<GovernanceDeployment, 'mint' | 'makersProgramId'> | null): PublicKey | null {
  return deployment?.makersProgramId ? makersKeys(deployment.mint, deployment.makersProgramId).config : null;
}

export function useMakersConfig(deployment: GovernanceDeployment | null) {
  const { connection } = useConnection();
  const cluster = useCluster();
  const config = makersConfigAddress(deployment);
  return useQuery({
    queryKey: config ? governanceKeys.makersConfig(cluster, config) : ['keel', cluster.key, 'no-makers-config'],
    queryFn: () => fetchMakersConfig(connection, config!),
    enabled: config !== null,
    refetchInterval: 30_000,
  });
}
