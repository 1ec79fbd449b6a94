/**
 * Vote records: every vote on one proposal (getProgramAccounts by proposal), and
 * one wallet's standing on it (its staking positions and their vote records,
 * derived per position).
 */
import { useConnection } from '@solana/wallet-adapter-react';
import type { Connection, PublicKey } from '@solana/web3.js';
import { useQuery } from '@tanstack/react-query';
import bs58 from 'bs58';
import { decodeVoteRecord, findVoteRecordPda, isqrt, VOTE_RECORD_DISCRIMINATOR, VOTE_RECORD_LEN, VOTE_RECORD_OFFSETS, type VoteRecord } from '@/lib/programs/governance';
import { useCluster } from '@/lib/solana/useCluster';
import type { WalletStaking } from '@/lib/staking/types';
import { fetchWalletStaking } from '@/lib/staking/wallet';
import type { GovernanceDeployment } from './deployment';
import { governanceKeys } from './keys';

export interface VoteRecordItem extends VoteRecord {
  address: PublicKey;
}

export function voteRecordFilters(proposal: PublicKey) {
  return [
    { dataSize: VOTE_RECORD_LEN },
    { memcmp: { offset: VOTE_RECORD_OFFSETS.discriminator, bytes: bs58.encode(Uint8Array.of(VOTE_RECORD_DISCRIMINATOR)) } },
    { memcmp: { offset: VOTE_RECORD_OFFSETS.proposal, bytes: proposal.toBase58() } },
  ];
}

/** Every vote counted on a proposal, largest first. */
export async function fetchVoteRecords(connection: Connection, programId: PublicKey, proposal: PublicKey): Promise<VoteRecordItem[]> {
  const accounts = await connection.getProgramAccounts(programId, { commitment: 'confirmed', filters: voteRecordFilters(proposal) });
  return accounts
    .map(({ pubkey, account }) => ({ ...decodeVoteRecord(account.data), address: pubkey }))
    .sort((a, b) => (b.power > a.power ? 1 : b.power < a.power ? -1 : a.votedAt.getTime() - b.votedAt.getTime()));
}

/**
 * Under quadratic weighting the weight is the wallet's, per side: ⌊√(Σ power of
 * its records on that side)⌋ (the program's `VoterRecord` rule; a record's own
 * `weight` is 0). Keyed `voter:side`.
 */
export function walletSideWeights(records: Pick<VoteRecord, 'voter' | 'side' | 'power'>[]): Map<string, bigint> {
  const sums = new Map<string, bigint>();
  for (const r of records) {
    const key = walletSideKey(r);
    sums.set(key, (sums.get(key) ?? 0n) + r.power);
  }
  return new Map([...sums].map(([key, sum]) => [key, isqrt(sum)]));
}

export const walletSideKey = (r: Pick<VoteRecord, 'voter' | 'side'>) => `${r.voter.toBase58()}:${r.side}`;

export function useVoteRecords(deployment: GovernanceDeployment | null, proposal: PublicKey | null) {
  const { connection } = useConnection();
  const cluster = useCluster();
  return useQuery({
    queryKey: proposal ? governanceKeys.votes(cluster, proposal) : ['keel', cluster.key, 'no-votes'],
    queryFn: () => fetchVoteRecords(connection, deployment!.programId, proposal!),
    enabled: Boolean(deployment && proposal),
    refetchInterval: 30_000,
  });
}

export interface WalletVotes {
  staking: WalletStaking | null;
  /** Vote records on the proposal by position (base58). */
  records: Map<string, VoteRecord>;
}

/** The wallet's positions and, for each, its vote record on `proposal` when it voted. */
export async function fetchWalletVotes(connection: Connection, deployment: GovernanceDeployment, owner: PublicKey, proposal: PublicKey): Promise<WalletVotes> {
  const staking = await fetchWalletStaking(connection, deployment.staking, owner);
  const records = new Map<string, VoteRecord>();
  const positions = staking?.positions ?? [];
  if (positions.length > 0) {
    const addresses = positions.map((p) => findVoteRecordPda(proposal, p.address, deployment.programId)[0]);
    const infos = await connection.getMultipleAccountsInfo(addresses, 'confirmed');
    infos.forEach((info, i) => {
      if (info) records.set(positions[i]!.address.toBase58(), decodeVoteRecord(info.data));
    });
  }
  return { staking, records };
}

export function useWalletVotes(deployment: GovernanceDeployment | null, owner: PublicKey | null, proposal: PublicKey | null) {
  const { connection } = useConnection();
  const cluster = useCluster();
  return useQuery({
    queryKey: owner && proposal ? governanceKeys.voter(cluster, proposal, owner) : ['keel', cluster.key, 'no-voter'],
    queryFn: () => fetchWalletVotes(connection, deployment!, owner!, proposal!),
    enabled: Boolean(deployment && owner && proposal),
    refetchInterval: 30_000,
  });
}
