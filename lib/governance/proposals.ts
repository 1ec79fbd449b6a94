/**
 * Proposals: every proposal of one governance (getProgramAccounts, filtered by
 * size, discriminator and governance), or one by its number.
 */
import { useConnection } from '@solana/wallet-adapter-react';
import type { Connection, PublicKey } from '@solana/web3.js';
import { useQuery } from '@tanstack/react-query';
import bs58 from 'bs58';
import { decodeProposal, findProposalPda, PROPOSAL_DISCRIMINATOR, PROPOSAL_LEN, PROPOSAL_OFFSETS, type Proposal } from '@/lib/programs/governance';
import { useCluster } from '@/lib/solana/useCluster';
import type { GovernanceDeployment } from './deployment';
import { governanceKeys } from './keys';

export interface ProposalItem {
  address: PublicKey;
  proposal: Proposal;
}

/** `getProgramAccounts` filters for the proposals of `governance`. */
export function proposalFilters(governance: PublicKey) {
  return [
    { dataSize: PROPOSAL_LEN },
    { memcmp: { offset: PROPOSAL_OFFSETS.discriminator, bytes: bs58.encode(Uint8Array.of(PROPOSAL_DISCRIMINATOR)) } },
    { memcmp: { offset: PROPOSAL_OFFSETS.governance, bytes: governance.toBase58() } },
  ];
}

export async function fetchProposals(connection: Connection, deployment: Pick<GovernanceDeployment, 'programId' | 'addresses'>): Promise<ProposalItem[]> {
  const accounts = await connection.getProgramAccounts(deployment.programId, {
    commitment: 'confirmed',
    filters: proposalFilters(deployment.addresses.governance),
  });
  return accounts.map(({ pubkey, account }) => ({ address: pubkey, proposal: decodeProposal(account.data) }));
}

export function useProposals(deployment: GovernanceDeployment | null) {
  const { connection } = useConnection();
  const cluster = useCluster();
  const governance = deployment?.addresses.governance ?? null;
  return useQuery({
    queryKey: governance ? governanceKeys.proposals(cluster, governance) : ['keel', cluster.key, 'no-proposals'],
    queryFn: () => fetchProposals(connection, deployment!),
    enabled: governance !== null,
    refetchInterval: 30_000,
  });
}

export function proposalAddress(deployment: Pick<GovernanceDeployment, 'programId' | 'addresses'>, id: bigint): PublicKey {
  return findProposalPda(deployment.addresses.governance, id, deployment.programId)[0];
}

/** One proposal by number, or null when there is none. */
export async function fetchProposal(connection: Connection, address: PublicKey): Promise<Proposal | null> {
  const info = await connection.getAccountInfo(address, 'confirmed');
  return info ? decodeProposal(info.data) : null;
}

export function useProposal(deployment: GovernanceDeployment | null, id: bigint) {
  const { connection } = useConnection();
  const cluster = useCluster();
  const address = deployment ? proposalAddress(deployment, id) : null;
  return useQuery({
    queryKey: address ? governanceKeys.proposal(cluster, address) : ['keel', cluster.key, 'no-proposal'],
    queryFn: async (): Promise<ProposalItem | null> => {
      const proposal = await fetchProposal(connection, address!);
      return proposal ? { address: address!, proposal } : null;
    },
    enabled: address !== null,
    refetchInterval: 15_000,
  });
}
