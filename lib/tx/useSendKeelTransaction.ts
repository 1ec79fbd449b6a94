import { useConnection, useWallet } from '@solana/wallet-adapter-react';
import type { Signer, TransactionInstruction } from '@solana/web3.js';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { toKeelError } from '@/lib/errors/decode';
import { KeelError } from '@/lib/errors/keel-error';
import { useCluster } from '@/lib/solana/useCluster';
import { useToastStore } from '@/lib/stores/toasts';
import { sendKeelTransaction, type SendKeelTransactionOptions, type SendKeelTransactionResult, type TxProgress } from './sendKeelTransaction';
import { explorerUrl } from './explorer';
import type { KeelSigner } from './signer';

/** What a page passes per transaction; connection, wallet, cluster and query client come from context. */
export interface KeelTransactionRequest {
  instructions: readonly TransactionInstruction[];
  signers?: readonly Signer[];
  label: string;
  invalidate?: readonly QueryKey[];
  priorityFee?: SendKeelTransactionOptions['priorityFee'];
}

const STEP_TEXT: Record<TxProgress['stage'], string> = {
  simulating: 'Simulating…',
  signing: 'Approve in your wallet…',
  sending: 'Sending…',
  confirming: 'Confirming…',
  confirmed: 'Confirmed.',
};

/**
 * `sendKeelTransaction` bound to the connected wallet, with a progress toast
 * (pending → confirmed / failed) and react-query state. Rejects with a
 * KeelError; the toast already shows it, so callers need not.
 *
 *   const send = useSendKeelTransaction();
 *   send.mutate({ label: 'Stake 100 KEEL', instructions: [ix], invalidate: [positionsKey] });
 */
export function useSendKeelTransaction() {
  const { connection } = useConnection();
  const wallet = useWallet();
  const cluster = useCluster();
  const queryClient = useQueryClient();

  return useMutation<SendKeelTransactionResult, KeelError, KeelTransactionRequest>({
    mutationFn: async (request) => {
      const { push, update } = useToastStore.getState();
      const toast = push({ title: request.label, status: 'pending', description: STEP_TEXT.simulating });
      try {
        if (!wallet.publicKey || !wallet.connected) throw new KeelError('wallet:not-connected', 'Connect a wallet first.');
        if (!wallet.signTransaction) {
          throw new KeelError('wallet:unsupported', `${wallet.wallet?.adapter.name ?? 'This wallet'} cannot sign transactions.`);
        }
        const signer: KeelSigner = { publicKey: wallet.publicKey, signTransaction: wallet.signTransaction };
        const result = await sendKeelTransaction({
          ...request,
          connection,
          wallet: signer,
          cluster,
          queryClient,
          onProgress: (progress) =>
            update(toast, {
              description: STEP_TEXT[progress.stage],
              ...('explorerUrl' in progress ? { explorerUrl: progress.explorerUrl } : {}),
            }),
        });
        update(toast, { status: 'confirmed', description: STEP_TEXT.confirmed, explorerUrl: result.explorerUrl });
        return result;
      } catch (error) {
        const keelError = toKeelError(error);
        update(toast, {
          status: keelError.code === 'wallet:rejected' ? 'info' : 'failed',
          description: keelError.message,
          code: keelError.code,
          logs: keelError.logs.length > 0 ? keelError.logs : undefined,
          ...(keelError.signature ? { explorerUrl: explorerUrl({ tx: keelError.signature }, cluster) } : {}),
        });
        throw keelError;
      }
    },
  });
}
