'use client';

import '@/components/wallet/wallet-adapter-ui.css';
import { ConnectionProvider, WalletProvider } from '@solana/wallet-adapter-react';
import { WalletModalProvider } from '@solana/wallet-adapter-react-ui';
import type { Adapter, WalletError } from '@solana/wallet-adapter-base';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { toKeelError } from '@/lib/errors/decode';
import { KEEL_COMMITMENT } from '@/lib/solana/connection';
import { KeelDevWalletAdapter } from '@/lib/solana/devWallet';
import { useCluster } from '@/lib/solana/useCluster';
import { useSettingsStore } from '@/lib/stores/settings';
import { useToastStore } from '@/lib/stores/toasts';

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // Chain reads are cheap to repeat but not free; 10 s keeps tab switches quiet.
      queries: { staleTime: 10_000, retry: 1, refetchOnWindowFocus: true },
    },
  });
}

/**
 * Client-side providers: react-query, the cluster's connection, wallets.
 * Wallet Standard wallets are detected by WalletProvider itself, so the adapter
 * list only holds the localnet dev wallet.
 */
export function AppProviders({ children }: { children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  const cluster = useCluster();
  const push = useToastStore((s) => s.push);

  useEffect(() => {
    void useSettingsStore.persist.rehydrate();
  }, []);

  // Built only in the browser: the server render never touches wallets, and the
  // burner's constructor warns on every instantiation.
  const wallets = useMemo<Adapter[]>(
    () => (cluster.devTools && typeof window !== 'undefined' ? [new KeelDevWalletAdapter()] : []),
    [cluster.devTools],
  );

  const onError = useCallback(
    (error: WalletError) => {
      const keelError = toKeelError(error);
      push({ title: 'Wallet', status: keelError.code === 'wallet:rejected' ? 'info' : 'failed', description: keelError.message, code: keelError.code });
    },
    [push],
  );

  return (
    <QueryClientProvider client={queryClient}>
      <ConnectionProvider endpoint={cluster.rpcUrl} config={{ commitment: KEEL_COMMITMENT }}>
        <WalletProvider wallets={wallets} autoConnect onError={onError}>
          <WalletModalProvider>{children}</WalletModalProvider>
        </WalletProvider>
      </ConnectionProvider>
    </QueryClientProvider>
  );
}
