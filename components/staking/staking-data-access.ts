/**
 * Everything the Stake and Rewards pages read, composed from lib/staking's
 * hooks: where staking lives on this cluster, the KEEL mint, the config, the
 * connected wallet's positions and balance, and the ticking chain clock.
 */
import { useWallet } from '@solana/wallet-adapter-react';
import type { PublicKey } from '@solana/web3.js';
import { useMemo } from 'react';
import { useChainNow } from '@/lib/staking/chain-time';
import { useStakingConfig } from '@/lib/staking/config';
import { useStakingDeployment, type StakingDeployment } from '@/lib/staking/deployment';
import type { ActionContext } from '@/lib/staking/actions/shared';
import { protocolStats } from '@/lib/staking/quotes';
import { useHolding, useKeelMint, useTokenAccountAmount } from '@/lib/staking/token';
import type { KeelMint, ProtocolStats, StakingConfig, TokenHolding, WalletStaking } from '@/lib/staking/types';
import { useWalletStaking } from '@/lib/staking/wallet';

export type StakingGate =
  | { state: 'loading' }
  | { state: 'unavailable'; reason: string; hint?: string }
  | { state: 'error'; reason: string }
  | { state: 'ready' };

export interface StakingState {
  gate: StakingGate;
  deployment: StakingDeployment | null;
  mint: KeelMint | null;
  config: StakingConfig | null;
  stats: ProtocolStats | null;
  owner: PublicKey | null;
  /** Null while loading or without a wallet. */
  wallet: WalletStaking | null;
  walletLoading: boolean;
  holding: TokenHolding | null;
  now: bigint | null;
  /** What the action builders need; null until the wallet and the mint are known. */
  actionContext: ActionContext | null;
  devTools: boolean;
}

export function useStakingState(): StakingState {
  const deploymentState = useStakingDeployment();
  const deployment = deploymentState.status === 'ready' ? deploymentState.deployment : null;
  const { publicKey } = useWallet();
  const mintQuery = useKeelMint(deployment?.mint ?? null);
  const configQuery = useStakingConfig(deployment);
  const mint = mintQuery.data ?? null;
  const config = configQuery.data ?? null;
  const reserve = useTokenAccountAmount(deployment?.reserveVault ?? null, mint);
  const walletQuery = useWalletStaking(config ? deployment : null, publicKey);
  const holdingQuery = useHolding(publicKey, mint);
  const now = useChainNow();

  let gate: StakingGate;
  if (!deployment) gate = { state: 'unavailable', reason: deploymentState.status === 'unavailable' ? deploymentState.reason : '' };
  else if (mintQuery.isError || configQuery.isError) {
    gate = { state: 'error', reason: `Could not read staking from ${deployment.cluster.label}: ${(mintQuery.error ?? configQuery.error)?.message}` };
  } else if (mintQuery.isPending || configQuery.isPending) gate = { state: 'loading' };
  else if (!mint) {
    gate = {
      state: 'unavailable',
      reason: `There is no KEEL mint at ${deployment.mint.toBase58()} on ${deployment.cluster.label}.`,
      hint: deployment.cluster.devTools ? 'This local chain predates the demo. Restart it fresh to seed KEEL and staking: npm run dev -- --reset' : undefined,
    };
  } else if (!config) {
    gate = { state: 'unavailable', reason: `Staking has not been set up for KEEL on ${deployment.cluster.label} yet.` };
  } else gate = { state: 'ready' };

  const stats = useMemo(
    () => (config && mint && now !== null ? protocolStats(config, mint.supply, reserve.data ?? null, now) : null),
    [config, mint, now, reserve.data],
  );
  const actionContext = useMemo<ActionContext | null>(
    () => (deployment && mint && publicKey ? { deployment, mint, owner: publicKey } : null),
    [deployment, mint, publicKey],
  );

  return {
    gate,
    deployment,
    mint,
    config,
    stats,
    owner: publicKey,
    wallet: walletQuery.data ?? null,
    walletLoading: Boolean(publicKey) && walletQuery.isPending,
    holding: holdingQuery.data ?? null,
    now,
    actionContext,
    devTools: deployment?.cluster.devTools ?? false,
  };
}
