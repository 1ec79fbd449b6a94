/**
 * App types for the Makers page: what `lib/makers` hands to components
 * (decoded, reshaped, addresses as base58 strings; components never see byte
 * layouts). Amounts are bigint base units of KEEL throughout.
 */
import type { Address } from '@solana/kit';
import type { Maker, MakersConfig, SeasonStats } from '@/lib/programs/makers';

export type { Maker, MakersConfig, SeasonStats };

/** A maker account with its address. */
export interface MakerAccount extends Maker {
  address: Address;
}

/** One maker's numbers for one season: a leaderboard row before ranking. */
export interface SeasonLine {
  /** The maker account (PDA `["maker", config, wallet]`). */
  maker: Address;
  wallet: Address;
  early: boolean;
  /** Registration order: the last tie-break of the ranking. */
  number: number;
  fills: number;
  notional: bigint;
  /** Σ notional × improvement bp. */
  improvementWeighted: bigint;
  rewards: bigint;
  /** Fills cut by the per-fill cap or the budget. */
  cappedFills: number;
  belowMinimumFills: number;
}

/** A ranked leaderboard row. */
export interface LeaderboardRow extends SeasonLine {
  /** 1 = first; by score, then rewards, then notional, then registration order. */
  rank: number;
  /**
   * Spread improvement delivered to takers, in KEEL base units: Σ notional ×
   * improvement / 10,000 (what the fills would earn at 1×, before caps and the
   * budget). The ranking's first key.
   */
  score: bigint;
}

/** Where a season's lines came from. */
export type SeasonSource = 'accounts' | 'events';

/** One season's leaderboard, ranked. */
export interface SeasonBoard {
  season: number;
  source: SeasonSource;
  rows: LeaderboardRow[];
  /**
   * False when the transaction history was cut off before the season's first
   * fill (events only): the rows may then miss fills.
   */
  complete: boolean;
}

/** One fill of a maker, as its `FillsRecorded` event tells it. */
export interface MakerFill {
  signature: string;
  /** Block time, unix seconds (null when the cluster does not say). */
  time: number | null;
  season: number;
  /** The reporter's batch sequence and the fill's position in it. */
  sequence: bigint;
  index: number;
  notional: bigint;
  improvementBps: number;
  volatilityBps: number;
  /** What the program applied and paid (`FillResult`). */
  earlyBps: number;
  volatilityMultiplierBps: number;
  flags: number;
  reward: bigint;
  /** The season budget left just before this fill (from the batch header). */
  budgetLeftBefore: bigint;
}

/** The season budget after one batch of fills: a point of the "budget used" chart. */
export interface BudgetPoint {
  time: number;
  emitted: bigint;
  budget: bigint;
}

/** What a scan of a key's transaction history found, newest first. */
export interface HistoryScan<T> {
  items: T[];
  /** True when the scan reached the account's first transaction or its stopping point. */
  complete: boolean;
  /** Transactions read. */
  transactions: number;
}
