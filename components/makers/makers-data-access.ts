/**
 * Everything the Makers page reads, composed from lib/makers' and
 * lib/staking's hooks: where makers lives on this cluster, its config, every
 * maker account, the KEEL mint, the connected wallet's maker account and KEEL,
 * and the ticking chain clock.
 */
import { useWallet } from '@solana/wallet-adapter-react';
import type { PublicKey } from '@solana/web3.js';
import { useMemo } from 'react';
import type { MakersActionContext } from '@/lib/makers/actions/shared';
import { type MakersDeployment, useMakersDeployment } from '@/lib/makers/deployment';
import { useMakerAccounts, useMakersConfig, useSeasonFills, useWalletMaker } from '@/lib/makers/hooks';
import { boardFromAccounts, boardFromFills, seasonKnownFromAccounts } from '@/lib/makers/leaderboard';
import type { WalletMaker } from '@/lib/makers/source';
import type { MakerAccount, MakersConfig, SeasonBoard } from '@/lib/makers/types';
import { useChainNow } from '@/lib/staking/chain-time';
import { useHolding, useKeelMint } from '@/lib/staking/token';
import type { KeelMint, TokenHolding } from '@/lib/staking/types';

export type MakersGate =
  | { state: 'loading' }
  | { state: 'unavailable'; reason: string; hint?: string }
  | { state: 'error'; reason: string }
  | { state: 'ready' };

export interface MakersState {
  gate: MakersGate;
  deployment: MakersDeployment | null;
  config: MakersConfig | null;
  mint: KeelMint | null;
  /** Every maker of the config, in registration order (null while loading). */
  makers: MakerAccount[] | null;
  makersError: Error | null;
  owner: PublicKey | null;
  /** The wallet's maker PDA and account (null without a wallet or while loading). */
  walletMaker: WalletMaker | null;
  holding: TokenHolding | null;
  now: bigint | null;
  /** What the action builders need; null until the wallet, its maker PDA and the mint are known. */
  actionContext: MakersActionContext | null;
  devTools: boolean;
}

export function useMakersState(): MakersState {
  const deploymentState = useMakersDeployment();
  const deployment = deploymentState.status === 'ready' ? deploymentState.deployment : null;
  const { publicKey } = useWallet();
  const configQuery = useMakersConfig(deployment);
  const mintQuery = useKeelMint(deployment?.mintKey ?? null);
  const config = configQuery.data ?? null;
  const mint = mintQuery.data ?? null;
  const makersQuery = useMakerAccounts(config ? deployment : null);
  const walletQuery = useWalletMaker(config ? deployment : null, publicKey);
  const holdingQuery = useHolding(publicKey, mint);
  const now = useChainNow();

  let gate: MakersGate;
  if (deploymentState.status === 'loading') gate = { state: 'loading' };
  else if (!deployment) gate = { state: 'unavailable', reason: deploymentState.status === 'unavailable' ? deploymentState.reason : '' };
  else if (configQuery.isError || mintQuery.isError) {
    gate = { state: 'error', reason: `Could not read makers from ${deployment.cluster.label}: ${(configQuery.error ?? mintQuery.error)?.message}` };
  } else if (configQuery.isPending || mintQuery.isPending) gate = { state: 'loading' };
  else if (!mint) {
    gate = {
      state: 'unavailable',
      reason: `There is no KEEL mint at ${deployment.mint} on ${deployment.cluster.label}.`,
      hint: deployment.cluster.devTools ? 'This local chain predates the demo. Restart it fresh to seed it: npm run dev -- --reset' : undefined,
    };
  } else if (!config) {
    gate = {
      state: 'unavailable',
      reason: `Maker rewards have not been set up for KEEL on ${deployment.cluster.label} yet.`,
      hint: deployment.cluster.devTools ? 'This local chain predates the demo season. Restart it fresh to seed it: npm run dev -- --reset' : undefined,
    };
  } else gate = { state: 'ready' };

  const walletMaker = walletQuery.data ?? null;
  const actionContext = useMemo<MakersActionContext | null>(
    () => (deployment && mint && publicKey && walletMaker ? { deployment, mint, owner: publicKey, maker: walletMaker.address } : null),
    [deployment, mint, publicKey, walletMaker],
  );

  return {
    gate,
    deployment,
    config,
    mint,
    makers: makersQuery.data ?? null,
    makersError: makersQuery.error,
    owner: publicKey,
    walletMaker,
    holding: holdingQuery.data ?? null,
    now,
    actionContext,
    devTools: deployment?.cluster.devTools ?? false,
  };
}

export interface SeasonBoardState {
  board: SeasonBoard | null;
  loading: boolean;
  error: Error | null;
}

/**
 * The leaderboard of `season`: from the maker accounts while every account
 * still holds it (always for the current and the previous season), otherwise
 * rebuilt from the config's history of fills.
 */
export function useSeasonBoard(state: MakersState, season: number): SeasonBoardState {
  const { makers, config, deployment } = state;
  const known = makers !== null && seasonKnownFromAccounts(makers, season);
  const events = useSeasonFills(deployment, season, makers !== null && !known);
  const board = useMemo(() => {
    if (!makers || !config) return null;
    if (known) return boardFromAccounts(makers, season, config.seasonIndex);
    return events.data ? boardFromFills(makers, season, events.data) : null;
  }, [makers, config, known, season, events.data]);
  return { board, loading: board === null && !state.makersError && !events.error, error: state.makersError ?? events.error };
}
