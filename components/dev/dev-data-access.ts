import { useConnection, useWallet } from '@solana/wallet-adapter-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { toKeelError } from '@/lib/errors/decode';
import { KeelError } from '@/lib/errors/keel-error';
import { airdrop } from '@/lib/solana/airdrop';
import { fetchChainClock, type ChainClock } from '@/lib/solana/clock';
import { accountQueryKey, clockQueryKey, clusterQueryKey } from '@/lib/solana/query-keys';
import { useCluster } from '@/lib/solana/useCluster';
import { warpTime } from '@/lib/solana/warpTime';
import { useToastStore } from '@/lib/stores/toasts';
import { explorerUrl } from '@/lib/tx/explorer';

export function useChainClock() {
  const cluster = useCluster();
  return useQuery({
    queryKey: clockQueryKey(cluster),
    queryFn: () => fetchChainClock({ cluster }),
    enabled: cluster.devTools,
    refetchInterval: 15_000,
  });
}

/** Airdrops `sol` to the connected wallet, then refreshes everything keyed on that account. */
export function useAirdrop() {
  const { connection } = useConnection();
  const { publicKey } = useWallet();
  const cluster = useCluster();
  const queryClient = useQueryClient();
  const { push, update } = useToastStore.getState();
  return useMutation<string, KeelError, { sol: number }>({
    mutationFn: async ({ sol }) => {
      if (!publicKey) throw new KeelError('wallet:not-connected', 'Connect a wallet first.');
      const toast = push({ title: `Airdrop ${sol} SOL`, status: 'pending', description: 'Requesting and confirming…' });
      try {
        const signature = await airdrop({ connection, address: publicKey, sol });
        await queryClient.invalidateQueries({ queryKey: accountQueryKey(cluster, publicKey) });
        update(toast, { status: 'confirmed', description: 'Confirmed.', explorerUrl: explorerUrl({ tx: signature }, cluster) });
        return signature;
      } catch (error) {
        const keelError = toKeelError(error);
        update(toast, { status: 'failed', description: keelError.message, code: keelError.code });
        throw keelError;
      }
    },
  });
}

/** Warps the local clock; every query on this cluster may depend on time, so all are refreshed. */
export function useWarpTime() {
  const cluster = useCluster();
  const queryClient = useQueryClient();
  const { push } = useToastStore.getState();
  return useMutation<ChainClock, KeelError, { days?: number; seconds?: number; label: string }>({
    mutationFn: ({ days, seconds }) => warpTime({ cluster, days, seconds }).catch((e: unknown) => Promise.reject(toKeelError(e))),
    onSuccess: async (clock, { label }) => {
      queryClient.setQueryData(clockQueryKey(cluster), clock);
      await queryClient.invalidateQueries({ queryKey: clusterQueryKey(cluster) });
      push({ title: 'Time warp', status: 'confirmed', description: `Chain clock moved forward ${label}.` });
    },
    onError: (error) => push({ title: 'Time warp', status: 'failed', description: error.message, code: error.code }),
  });
}
