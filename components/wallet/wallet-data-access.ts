import { useConnection } from '@solana/wallet-adapter-react';
import type { PublicKey } from '@solana/web3.js';
import { useQuery } from '@tanstack/react-query';
import { balanceQueryKey } from '@/lib/solana/query-keys';
import { useCluster } from '@/lib/solana/useCluster';

/** Lamports held by `address` on the active cluster (null address: disabled). */
export function useSolBalance(address: PublicKey | null) {
  const { connection } = useConnection();
  const cluster = useCluster();
  return useQuery({
    queryKey: balanceQueryKey(cluster, address?.toBase58() ?? 'none'),
    queryFn: () => connection.getBalance(address!, 'confirmed'),
    enabled: address !== null,
  });
}
