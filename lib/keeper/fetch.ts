/**
 * Reads what the keeper decides on, over plain RPC (works on any cluster): the
 * config and its schedule, every position under it, the owners' staker totals and the chain's
 * clock. Selection must use chain time, not wall time: the local chain can be
 * warped, and a validator's clock drifts from ours.
 */
import type { Commitment, Connection, PublicKey } from '@solana/web3.js';
import {
  allPositionFilters,
  decodeConfig,
  decodePosition,
  decodeSchedule,
  decodeStaker,
  findStakerPda,
  type ScheduleView,
  type StakingAddresses,
  type StakingConfig,
} from '@/lib/programs/staking';
import { fetchChainUnixTime } from '@/lib/staking/clock-sysvar';
import type { PositionEntry } from './select';

/** getMultipleAccounts takes at most 100 keys per call. */
const MULTIPLE_ACCOUNTS_LIMIT = 100;

export interface PoolSnapshot {
  config: StakingConfig;
  /** The config's schedule (pending rewards are settled along each position's curve with it). */
  schedule: ScheduleView;
  positions: PositionEntry[];
  /** Owner (base58) → staker `totalAmount`, for the per-wallet cap the crank respects. */
  walletTotals: Map<string, bigint>;
  now: bigint;
}

/** The config and its schedule, read together; null when either is missing. */
export async function fetchConfig(
  connection: Connection,
  addresses: StakingAddresses,
  commitment: Commitment,
): Promise<{ config: StakingConfig; schedule: ScheduleView } | null> {
  const [config, schedule] = await connection.getMultipleAccountsInfo([addresses.config, addresses.schedule], commitment);
  return config && schedule ? { config: decodeConfig(config.data), schedule: decodeSchedule(schedule.data) } : null;
}

export async function fetchPositions(connection: Connection, addresses: StakingAddresses, commitment: Commitment): Promise<PositionEntry[]> {
  const accounts = await connection.getProgramAccounts(addresses.programId, { commitment, filters: allPositionFilters(addresses.config) });
  return accounts.map(({ pubkey, account }) => ({ address: pubkey, position: decodePosition(account.data) }));
}

/** Staker totals of the given owners; a missing record counts as zero. */
export async function fetchWalletTotals(
  connection: Connection,
  addresses: StakingAddresses,
  owners: readonly PublicKey[],
  commitment: Commitment,
): Promise<Map<string, bigint>> {
  const unique = [...new Map(owners.map((o) => [o.toBase58(), o])).values()];
  const totals = new Map<string, bigint>();
  for (let i = 0; i < unique.length; i += MULTIPLE_ACCOUNTS_LIMIT) {
    const chunk = unique.slice(i, i + MULTIPLE_ACCOUNTS_LIMIT);
    const keys = chunk.map((owner) => findStakerPda(addresses.config, owner, addresses.programId)[0]);
    const infos = await connection.getMultipleAccountsInfo(keys, commitment);
    chunk.forEach((owner, j) => {
      const info = infos[j];
      totals.set(owner.toBase58(), info ? decodeStaker(info.data).totalAmount : 0n);
    });
  }
  return totals;
}

/** Everything a pass decides on; null when the mint has no staking config. */
export async function fetchPoolSnapshot(
  connection: Connection,
  addresses: StakingAddresses,
  commitment: Commitment = 'confirmed',
): Promise<PoolSnapshot | null> {
  const read = await fetchConfig(connection, addresses, commitment);
  if (!read) return null;
  const positions = await fetchPositions(connection, addresses, commitment);
  // Only auto-compound owners need their room under the wallet cap.
  const owners = positions.filter((e) => e.position.autoCompound).map((e) => e.position.owner);
  const walletTotals = await fetchWalletTotals(connection, addresses, owners, commitment);
  const now = await fetchChainUnixTime(connection);
  return { ...read, positions, walletTotals, now };
}
