/** The "Get test KEEL" mutation: faucet call, progress toast with explorer link, refresh of the wallet's queries. */
import { useWallet } from '@solana/wallet-adapter-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { toKeelError } from '@/lib/errors/decode';
import { KeelError } from '@/lib/errors/keel-error';
import { accountQueryKey } from '@/lib/solana/query-keys';
import { useCluster } from '@/lib/solana/useCluster';
import { useToastStore } from '@/lib/stores/toasts';
import { explorerUrl } from '@/lib/tx/explorer';
import { getTestKeel, type GetTestKeelResult } from './actions/get-test-keel';
import { formatTokenAmount } from './format';

export function useGetTestKeel() {
  const { publicKey } = useWallet();
  const cluster = useCluster();
  const queryClient = useQueryClient();
  return useMutation<GetTestKeelResult, KeelError, void>({
    mutationFn: async () => {
      const { push, update } = useToastStore.getState();
      const toast = push({ title: 'Get test KEEL', status: 'pending', description: 'Asking the dev faucet…' });
      try {
        if (!publicKey) throw new KeelError('wallet:not-connected', 'Connect a wallet first.');
        const result = await getTestKeel({ cluster, owner: publicKey });
        await queryClient.invalidateQueries({ queryKey: accountQueryKey(cluster, publicKey) });
        update(toast, {
          status: 'confirmed',
          description: `${formatTokenAmount(result.amount)} test KEEL received.`,
          explorerUrl: explorerUrl({ tx: result.signature }, cluster),
        });
        return result;
      } catch (error) {
        const keelError = toKeelError(error);
        update(toast, { status: 'failed', description: keelError.message, code: keelError.code });
        throw keelError;
      }
    },
  });
}
