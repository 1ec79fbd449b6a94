/**
 * Every chain read of the Makers page, in one module: the config, all maker
 * accounts of the config (getProgramAccounts), the connected wallet's maker,
 * and what only the reporter's `FillsRecorded` events tell (a maker's fills
 * one by one, a past season whose stats the accounts no longer hold, the
 * budget used over time), read from transaction history
 * (getSignaturesForAddress + getTransactions).
 *
 * This is the seam a later issue moves to an indexer: the leaderboard reads
 * program accounts through the client for now (issue 9), which costs one
 * getProgramAccounts per refresh and a walk of the history per explanation.
 * Nothing else in the app reads makers data from the chain; components get
 * it through `hooks.ts`, which calls only the functions exported here, so an
 * indexer replaces this file's bodies and nothing else.
 */
import type { Address } from '@solana/kit';
import { type Connection, PublicKey } from '@solana/web3.js';
import {
  decodeFillsRecorded,
  findMakerPda,
  makerAccountFilters,
  readMaker,
  readMakersConfig,
  seasonStats,
} from '@/lib/programs/makers';
import { programDataPartsOf } from '@/lib/programs/shared/events';
import type { MakersDeployment } from './deployment';
import { accountKnowsSeason } from './leaderboard';
import type { BudgetPoint, HistoryScan, Maker, MakerAccount, MakerFill, MakersConfig } from './types';

type Deployment = Pick<MakersDeployment, 'programId' | 'programAddress' | 'addresses'>;

/** Signatures per getSignaturesForAddress page (the RPC maximum). */
const SIGNATURE_PAGE = 1_000;
/** Transactions per getTransactions batch. */
const TRANSACTION_BATCH = 100;
/** Most transactions one history walk reads before it reports itself incomplete. */
export const MAX_SCAN_TRANSACTIONS = 5_000;

// ------------------------------------------------------------------ accounts

/** The config, or null when makers has not been set up for this mint. */
export async function fetchMakersConfig(connection: Connection, deployment: Deployment): Promise<MakersConfig | null> {
  const info = await connection.getAccountInfo(new PublicKey(deployment.addresses.config), 'confirmed');
  return info ? readMakersConfig(info.data) : null;
}

/** Every maker account of the config, in registration order. */
export async function fetchMakerAccounts(connection: Connection, deployment: Deployment): Promise<MakerAccount[]> {
  const accounts = await connection.getProgramAccounts(deployment.programId, {
    commitment: 'confirmed',
    filters: makerAccountFilters(deployment.addresses.config),
  });
  return accounts
    .map(({ pubkey, account }) => ({ ...readMaker(account.data), address: pubkey.toBase58() as Address }))
    .sort((a, b) => a.number - b.number);
}

export interface WalletMaker {
  /** The wallet's maker PDA, registered or not. */
  address: Address;
  /** Null before the wallet registers. */
  maker: Maker | null;
}

export async function fetchWalletMaker(connection: Connection, deployment: Deployment, owner: PublicKey): Promise<WalletMaker> {
  const [address] = await findMakerPda(deployment.addresses.config, owner.toBase58() as Address, deployment.programAddress);
  const info = await connection.getAccountInfo(new PublicKey(address), 'confirmed');
  return { address, maker: info ? readMaker(info.data) : null };
}

// ------------------------------------------------------------------ history

interface LoggedTransaction {
  signature: string;
  time: number | null;
  logs: readonly string[];
}

/** What a visitor made of one transaction: its items, and whether the walk can stop here. */
interface Visited<T> {
  items: T[];
  done: boolean;
}

/**
 * Walks `address`'s successful transactions newest first, in pages, handing
 * each to `visit` until it says done, the history ends, or `max` transactions
 * were read (then `complete` is false).
 */
async function walkHistory<T>(
  connection: Connection,
  address: Address,
  visit: (tx: LoggedTransaction) => Visited<T>,
  max = MAX_SCAN_TRANSACTIONS,
): Promise<HistoryScan<T>> {
  const key = new PublicKey(address);
  const items: T[] = [];
  let read = 0;
  let before: string | undefined;
  for (;;) {
    const page = await connection.getSignaturesForAddress(key, { before, limit: SIGNATURE_PAGE }, 'confirmed');
    const landed = page.filter((s) => s.err === null).map((s) => s.signature);
    for (let i = 0; i < landed.length; i += TRANSACTION_BATCH) {
      const signatures = landed.slice(i, i + TRANSACTION_BATCH);
      const txs = await connection.getTransactions(signatures, { commitment: 'confirmed', maxSupportedTransactionVersion: 0 });
      for (let j = 0; j < txs.length; j++) {
        const tx = txs[j];
        read += 1;
        const visited = visit({ signature: signatures[j]!, time: tx?.blockTime ?? null, logs: tx?.meta?.logMessages ?? [] });
        items.push(...visited.items);
        if (visited.done) return { items, complete: true, transactions: read };
        if (read >= max) return { items, complete: false, transactions: read };
      }
    }
    if (page.length < SIGNATURE_PAGE) return { items, complete: true, transactions: read };
    before = page[page.length - 1]!.signature;
  }
}

/** The `FillsRecorded` events of the makers program in one transaction's logs, in order. */
function fillsEvents(logs: readonly string[], programAddress: Address) {
  return programDataPartsOf(logs, programAddress)
    .map((parts) => decodeFillsRecorded(parts))
    .filter((e) => e !== null);
}

/** Each fill of `tx`'s batches in `season` (of `maker`, or of every maker), with the budget left before it. */
function fillsOf(tx: LoggedTransaction, programAddress: Address, season: number, maker: Address | null): { fills: (MakerFill & { maker: Address })[]; older: boolean } {
  const fills: (MakerFill & { maker: Address })[] = [];
  let older = false;
  for (const event of fillsEvents(tx.logs, programAddress)) {
    if (event.seasonIndex < season) older = true;
    if (event.seasonIndex !== season) continue;
    let left = event.seasonBudget - (event.seasonEmitted - event.total);
    event.fills.forEach((f, index) => {
      if (maker === null || f.makerAddress === maker) {
        fills.push({
          maker: f.makerAddress,
          signature: tx.signature,
          time: tx.time,
          season,
          sequence: event.sequence,
          index,
          notional: f.notional,
          improvementBps: f.improvementBps,
          volatilityBps: f.volatilityBps,
          earlyBps: f.result.earlyBps,
          volatilityMultiplierBps: f.result.volatilityBps,
          flags: f.result.flags,
          reward: f.result.reward,
          budgetLeftBefore: left,
        });
      }
      left -= f.result.reward;
    });
  }
  return { fills, older };
}

/** Newest fill first: by batch sequence (strictly increasing on chain), then position in the batch. */
function newestFirst(a: MakerFill, b: MakerFill): number {
  if (a.sequence !== b.sequence) return a.sequence > b.sequence ? -1 : 1;
  return b.index - a.index;
}

/**
 * One maker's fills in `season`, newest first, from the batches in its
 * account's history (every `record_fills` lists the makers it pays). Stops at
 * the first batch of an earlier season, or once `expectedFills` (the count
 * its account holds for the season, when it does) are found.
 */
export async function fetchMakerFills(
  connection: Connection,
  deployment: Deployment,
  maker: Address,
  season: number,
  expectedFills: number | null,
): Promise<HistoryScan<MakerFill>> {
  if (expectedFills === 0) return { items: [], complete: true, transactions: 0 };
  let found = 0;
  const scan = await walkHistory(connection, maker, (tx) => {
    const { fills, older } = fillsOf(tx, deployment.programAddress, season, maker);
    found += fills.length;
    const items = fills.map(({ maker: _maker, ...fill }) => fill);
    return { items, done: older || (expectedFills !== null && found >= expectedFills) };
  });
  return { ...scan, items: scan.items.sort(newestFirst) };
}

export interface MakerPayout {
  /**
   * The maker account as read around the walk, so its season stats and the
   * fills found describe the same moment; null when the account no longer
   * holds the season (the caller explains against the rebuilt row).
   */
  account: MakerAccount | null;
  scan: HistoryScan<MakerFill>;
}

/** Attempts at a walk no new fill of the maker landed during (the reporter keeps crediting the current season). */
const PAYOUT_ATTEMPTS = 3;

/**
 * A maker's fills in `season` together with the account stats they must add
 * up to: the account is read before and after the walk, and the walk is
 * repeated when a batch credited the maker meanwhile.
 */
export async function fetchMakerPayout(connection: Connection, deployment: Deployment, maker: Address, season: number): Promise<MakerPayout> {
  const read = async (): Promise<MakerAccount> => {
    const info = await connection.getAccountInfo(new PublicKey(maker), 'confirmed');
    if (!info) throw new Error(`There is no maker account at ${maker}.`);
    return { ...readMaker(info.data), address: maker };
  };
  let payout: MakerPayout | undefined;
  for (let attempt = 0; attempt < PAYOUT_ATTEMPTS; attempt++) {
    const before = await read();
    const known = accountKnowsSeason(before, season);
    const expected = known ? seasonStats(before, season).fills : null;
    payout = { account: known ? before : null, scan: await fetchMakerFills(connection, deployment, maker, season, expected) };
    if (!known || seasonStats(await read(), season).fills === expected) return payout;
  }
  return payout!;
}

/**
 * Every fill of `season` from the config's history (each `record_fills`
 * writes the config), with its maker: for a past season that some maker
 * account no longer holds (an account keeps its latest two seasons with fills).
 */
export async function fetchSeasonFills(connection: Connection, deployment: Deployment, season: number): Promise<HistoryScan<MakerFill & { maker: Address }>> {
  const scan = await walkHistory(connection, deployment.addresses.config, (tx) => {
    const { fills, older } = fillsOf(tx, deployment.programAddress, season, null);
    return { items: fills, done: older };
  });
  return { ...scan, items: scan.items.sort(newestFirst) };
}

/**
 * The season's budget and what it had paid after batches of fills, oldest
 * first, from at most `samples` of the config's transactions spread evenly
 * over its history since `since` (unix seconds; the season's start when
 * known). Emitted and budget are running totals in every batch's event, so a
 * sample is exact at its point and the chart needs no other transaction.
 */
export async function fetchBudgetHistory(
  connection: Connection,
  deployment: Deployment,
  season: number,
  since: number | null,
  samples = 120,
): Promise<BudgetPoint[]> {
  const key = new PublicKey(deployment.addresses.config);
  const signatures: string[] = [];
  let before: string | undefined;
  for (let pages = 0; pages * SIGNATURE_PAGE < MAX_SCAN_TRANSACTIONS; pages++) {
    const page = await connection.getSignaturesForAddress(key, { before, limit: SIGNATURE_PAGE }, 'confirmed');
    const inWindow = page.filter((s) => s.err === null && (since === null || (s.blockTime ?? 0) >= since));
    signatures.push(...inWindow.map((s) => s.signature));
    if (page.length < SIGNATURE_PAGE || inWindow.length < page.filter((s) => s.err === null).length) break;
    before = page[page.length - 1]!.signature;
  }
  const picked = evenlySpaced(signatures.reverse(), samples);
  const points: BudgetPoint[] = [];
  for (let i = 0; i < picked.length; i += TRANSACTION_BATCH) {
    const batch = picked.slice(i, i + TRANSACTION_BATCH);
    const txs = await connection.getTransactions(batch, { commitment: 'confirmed', maxSupportedTransactionVersion: 0 });
    for (const tx of txs) {
      const last = fillsEvents(tx?.meta?.logMessages ?? [], deployment.programAddress).filter((e) => e.seasonIndex === season).at(-1);
      if (tx?.blockTime && last) points.push({ time: tx.blockTime, emitted: last.seasonEmitted, budget: last.seasonBudget });
    }
  }
  return points;
}

/** At most `n` items of `list`, evenly spaced, always keeping the first and the last. */
export function evenlySpaced<T>(list: readonly T[], n: number): T[] {
  if (list.length <= n) return [...list];
  if (n <= 1) return list.slice(-1);
  return Array.from({ length: n }, (_, i) => list[Math.round((i * (list.length - 1)) / (n - 1))]!);
}
