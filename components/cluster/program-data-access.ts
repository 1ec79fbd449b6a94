import { useConnection } from '@solana/wallet-adapter-react';
import { useQuery } from '@tanstack/react-query';
import { programIdOn } from '@/lib/config/cluster';
import type { ProgramName } from '@/lib/config/programs';
import { accountQueryKey } from '@/lib/solana/query-keys';
import { useCluster } from '@/lib/solana/useCluster';

/**
 * Whether `program` is really on the active cluster: it needs an id in the
 * cluster config and an executable account at that id (a fresh localnet has
 * the ids but not the programs until they are built and deployed).
 */
export function useProgramDeployment(program: ProgramName) {
  const cluster = useCluster();
  const { connection } = useConnection();
  const programId = programIdOn(cluster, program);
  const query = useQuery({
    queryKey: accountQueryKey(cluster, programId?.toBase58() ?? 'none', 'program'),
    queryFn: async () => (await connection.getAccountInfo(programId!))?.executable === true,
    enabled: programId !== null,
    staleTime: 60_000,
  });
  return { cluster, programId, query };
}
