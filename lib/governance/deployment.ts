/**
 * Where governance lives on the active cluster: the governance program id
 * (lib/config) on top of the staking deployment (the KEEL mint and staking
 * program, lib/staking/deployment.ts), and every address derived from them.
 */
import type { PublicKey } from '@solana/web3.js';
import { useMemo } from 'react';
import { programIdOn, type ClusterConfig } from '@/lib/config/cluster';
import { governanceAddresses, type GovernanceAddresses } from '@/lib/programs/governance';
import { useCluster } from '@/lib/solana/useCluster';
import { stakingDeploymentOn, type StakingDeployment } from '@/lib/staking/deployment';

export interface GovernanceDeployment {
  cluster: ClusterConfig;
  staking: StakingDeployment;
  programId: PublicKey;
  mint: PublicKey;
  /** Governance config, authority PDA, treasury, staking config, program ids. */
  addresses: GovernanceAddresses;
  /** The makers program on this cluster (maker parameter actions), null when not deployed. */
  makersProgramId: PublicKey | null;
}

export type GovernanceDeploymentState = { status: 'ready'; deployment: GovernanceDeployment } | { status: 'unavailable'; reason: string };

export function governanceDeploymentOn(cluster: ClusterConfig): GovernanceDeploymentState {
  const staking = stakingDeploymentOn(cluster);
  if (staking.status !== 'ready') return staking;
  const programId = programIdOn(cluster, 'governance');
  if (!programId) return { status: 'unavailable', reason: `The governance program is not deployed on ${cluster.label}.` };
  const { mint, programId: stakingProgramId } = staking.deployment;
  return {
    status: 'ready',
    deployment: {
      cluster,
      staking: staking.deployment,
      programId,
      mint,
      addresses: governanceAddresses({ mint, programId, stakingProgramId }),
      makersProgramId: programIdOn(cluster, 'makers'),
    },
  };
}

export function useGovernanceDeployment(): GovernanceDeploymentState {
  const cluster = useCluster();
  return useMemo(() => governanceDeploymentOn(cluster), [cluster]);
}

/** What every governance builder takes to find the deployment (`GovernanceDeploymentInput`). */
export function deploymentInput(d: Pick<GovernanceDeployment, 'mint' | 'programId' | 'addresses'>) {
  return { mint: d.mint, programId: d.programId, stakingProgramId: d.addresses.stakingProgramId };
}
