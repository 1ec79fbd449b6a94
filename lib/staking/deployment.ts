/**
 * Where staking lives on the active cluster: the program id (lib/config) and
 * the KEEL mint (lib/token/keel-mint.ts), and every address derived from them.
 */
import type { PublicKey } from '@solana/web3.js';
import { useMemo } from 'react';
import { programIdOn, type ClusterConfig } from '@/lib/config/cluster';
import { stakingAddresses, type StakingAddresses } from '@/lib/programs/staking';
import { useCluster } from '@/lib/solana/useCluster';
import { keelMintOn, keelReserveVaultOn } from '@/lib/token/keel-mint';

export interface StakingDeployment {
  cluster: ClusterConfig;
  programId: PublicKey;
  mint: PublicKey;
  addresses: StakingAddresses;
  /** The locked reserve vault, when this build knows it. */
  reserveVault: PublicKey | null;
}

export type StakingDeploymentState = { status: 'ready'; deployment: StakingDeployment } | { status: 'unavailable'; reason: string };

export function stakingDeploymentOn(cluster: ClusterConfig): StakingDeploymentState {
  const programId = programIdOn(cluster, 'staking');
  if (!programId) return { status: 'unavailable', reason: `The staking program is not deployed on ${cluster.label}.` };
  let mint: PublicKey | null;
  let reserveVault: PublicKey | null;
  try {
    mint = keelMintOn(cluster);
    reserveVault = keelReserveVaultOn(cluster);
  } catch (e) {
    return { status: 'unavailable', reason: (e as Error).message };
  }
  if (!mint) return { status: 'unavailable', reason: `This build does not know the KEEL mint on ${cluster.label} (NEXT_PUBLIC_KEEL_MINT is not set).` };
  return { status: 'ready', deployment: { cluster, programId, mint, addresses: stakingAddresses(mint, programId), reserveVault } };
}

export function useStakingDeployment(): StakingDeploymentState {
  const cluster = useCluster();
  return useMemo(() => stakingDeploymentOn(cluster), [cluster]);
}
