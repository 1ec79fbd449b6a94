/**
 * What every governance page reads, composed from lib/governance's and
 * lib/staking's hooks: where governance lives on this cluster, its config, the
 * staking config and KEEL mint, the treasury's balance, the connected wallet's
 * positions and voting power, and the chain's ticking clock.
 */
import { useWallet } from '@solana/wallet-adapter-react';
import type { PublicKey } from '@solana/web3.js';
import { useMemo } from 'react';
import type { GovernanceActionContext } from '@/lib/governance/actions/shared';
import { useGovernanceConfig } from '@/lib/governance/config';
import { useMakersConfig } from '@/lib/governance/makers-config';
import { type GovernanceDeployment, useGovernanceDeployment } from '@/lib/governance/deployment';
import { useTreasuryBalance } from '@/lib/governance/treasury';
import type { DescribeContext, GovernanceConfig } from '@/lib/programs/governance';
import type { MakersConfig } from '@/lib/programs/makers';
import { useChainNow } from '@/lib/staking/chain-time';
import { useStakingConfig } from '@/lib/staking/config';
import { walletPower } from '@/lib/staking/quotes';
import { useKeelMint } from '@/lib/staking/token';
import type { KeelMint, StakingConfig, WalletStaking } from '@/lib/staking/types';
import { useWalletStaking } from '@/lib/staking/wallet';

export type GovernanceGate =
  | { state: 'loading' }
  | { state: 'unavailable'; reason: string; hint?: string }
  | { state: 'error'; reason: string }
  | { state: 'ready' };

export interface GovernanceState {
  gate: GovernanceGate;
  deployment: GovernanceDeployment | null;
  config: GovernanceConfig | null;
  stakingConfig: StakingConfig | null;
  /** The maker config (maker parameter actions), null without the makers program or its config. */
  makersConfig: MakersConfig | null;
  mint: KeelMint | null;
  treasuryBalance: bigint | null;
  owner: PublicKey | null;
  wallet: WalletStaking | null;
  /** The wallet's voting power now (null without a wallet or while loading). */
  power: bigint | null;
  now: bigint | null;
  actionContext: GovernanceActionContext | null;
  describe: DescribeContext | null;
  devTools: boolean;
}

export function useGovernanceState(): GovernanceState {
  const deploymentState = useGovernanceDeployment();
  const deployment = deploymentState.status === 'ready' ? deploymentState.deployment : null;
  const { publicKey } = useWallet();
  const configQuery = useGovernanceConfig(deployment);
  const stakingQuery = useStakingConfig(deployment?.staking ?? null);
  const mintQuery = useKeelMint(deployment?.mint ?? null);
  const makersQuery = useMakersConfig(deployment);
  const makersConfig = makersQuery.data ?? null;
  const config = configQuery.data ?? null;
  const stakingConfig = stakingQuery.data ?? null;
  const mint = mintQuery.data ?? null;
  const treasury = useTreasuryBalance(config ? deployment : null, mint);
  const walletQuery = useWalletStaking(stakingConfig ? (deployment?.staking ?? null) : null, publicKey);
  const now = useChainNow();

  let gate: GovernanceGate;
  if (!deployment) gate = { state: 'unavailable', reason: deploymentState.status === 'unavailable' ? deploymentState.reason : '' };
  else if (configQuery.isError || stakingQuery.isError || mintQuery.isError) {
    const error = configQuery.error ?? stakingQuery.error ?? mintQuery.error;
    gate = { state: 'error', reason: `Could not read governance from ${deployment.cluster.label}: ${error?.message}` };
  } else if (configQuery.isPending || stakingQuery.isPending || mintQuery.isPending) gate = { state: 'loading' };
  else if (!config || !stakingConfig || !mint) {
    gate = {
      state: 'unavailable',
      reason: !mint
        ? `There is no KEEL mint at ${deployment.mint.toBase58()} on ${deployment.cluster.label}.`
        : `Governance has not been set up for KEEL staking on ${deployment.cluster.label} yet.`,
      hint: deployment.cluster.devTools ? 'This local chain predates governance. Restart it fresh to seed it: npm run dev -- --reset' : undefined,
    };
  } else gate = { state: 'ready' };

  const wallet = walletQuery.data ?? null;
  const power = wallet ? walletPower(wallet.config, wallet.positions, now) : null;
  const actionContext = useMemo<GovernanceActionContext | null>(
    () => (deployment && publicKey ? { deployment, owner: publicKey } : null),
    [deployment, publicKey],
  );
  const describe = useMemo<DescribeContext | null>(
    () =>
      deployment
        ? {
            governance: deployment.addresses,
            stakingConfig,
            governanceConfig: config,
            makersConfig,
            makersProgramId: deployment.makersProgramId ?? undefined,
            symbol: 'KEEL',
            decimals: mint?.decimals ?? 9,
          }
        : null,
    [deployment, stakingConfig, config, makersConfig, mint],
  );

  return {
    gate,
    deployment,
    config,
    stakingConfig,
    makersConfig,
    mint,
    treasuryBalance: treasury.data ?? null,
    owner: publicKey,
    wallet,
    power,
    now,
    actionContext,
    describe,
    devTools: deployment?.cluster.devTools ?? false,
  };
}
