/**
 * Where the makers program lives on the active cluster: its id (lib/config)
 * and the KEEL mint (lib/token/keel-mint.ts), and the config and vault
 * addresses derived from them. The derivation is async (@solana/kit hashes
 * with WebCrypto), so the hook resolves it once per cluster through
 * react-query and keeps it forever.
 */
import type { Address } from '@solana/kit';
import type { PublicKey } from '@solana/web3.js';
import { useQuery } from '@tanstack/react-query';
import { programIdOn, type ClusterConfig } from '@/lib/config/cluster';
import { makersAddresses, type MakersAddresses } from '@/lib/programs/makers';
import { clusterQueryKey } from '@/lib/solana/query-keys';
import { useCluster } from '@/lib/solana/useCluster';
import { keelMintOn } from '@/lib/token/keel-mint';

export interface MakersDeployment {
  cluster: ClusterConfig;
  programId: PublicKey;
  programAddress: Address;
  mint: Address;
  /** The same mint as web3.js takes it (token reads). */
  mintKey: PublicKey;
  /** Config, reward vault and bond vault of the mint. */
  addresses: MakersAddresses;
}

export type MakersDeploymentState =
  | { status: 'loading' }
  | { status: 'ready'; deployment: MakersDeployment }
  | { status: 'unavailable'; reason: string };

export async function makersDeploymentOn(cluster: ClusterConfig): Promise<Exclude<MakersDeploymentState, { status: 'loading' }>> {
  const programId = programIdOn(cluster, 'makers');
  if (!programId) return { status: 'unavailable', reason: `The makers program is not deployed on ${cluster.label}.` };
  let mint: PublicKey | null;
  try {
    mint = keelMintOn(cluster);
  } catch (e) {
    return { status: 'unavailable', reason: (e as Error).message };
  }
  if (!mint) return { status: 'unavailable', reason: `This build does not know the KEEL mint on ${cluster.label} (NEXT_PUBLIC_KEEL_MINT is not set).` };
  const programAddress = programId.toBase58() as Address;
  const mintAddress = mint.toBase58() as Address;
  const addresses = await makersAddresses(mintAddress, programAddress);
  return { status: 'ready', deployment: { cluster, programId, programAddress, mint: mintAddress, mintKey: mint, addresses } };
}

export function useMakersDeployment(): MakersDeploymentState {
  const cluster = useCluster();
  const query = useQuery({
    queryKey: clusterQueryKey(cluster, 'makers-deployment'),
    queryFn: () => makersDeploymentOn(cluster),
    staleTime: Infinity,
    gcTime: Infinity,
  });
  return query.data ?? { status: 'loading' };
}
