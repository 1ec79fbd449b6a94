/**
 * One keeper pass: read the pool, sync the schedule when it is behind, crank
 * the opted-in positions in batches that fit a transaction. Every transaction
 * is sent on its own; a failed one is logged and counted, never stops the rest.
 */
import type { Commitment, Connection, Keypair, PublicKey } from '@solana/web3.js';
import {
  DAY_SECS,
  getCrankCompoundInstruction,
  getScheduleUpkeepInstructions,
  MAX_CRANK_POSITIONS,
  STAKING_PROGRAM_ID,
  stakingAddresses,
} from '@/lib/programs/staking';
import { packBatches } from './batch';
import { fetchPoolSnapshot } from './fetch';
import { type KeeperTarget, selectWork } from './select';
import { sendKeeperTransaction } from './send';

/** Days the keeper keeps free in the schedule's history beyond today. */
export const SCHEDULE_MARGIN_DAYS = 30n;

/** 1 KEEL: below this a crank is not worth its fee and write. */
export const DEFAULT_MIN_COMPOUND = 1_000_000_000n;

export interface KeeperOptions {
  minCompound?: bigint;
  programId?: PublicKey;
  commitment?: Commitment;
  /** Default: silent (the script and dev pass a prefixed logger). */
  log?: (message: string) => void;
  /** Sends one batch; tests wrap it to make a batch fail. */
  send?: typeof sendKeeperTransaction;
}

export interface KeeperError {
  kind: 'sync' | 'compound' | 'pass';
  positions: string[];
  code: string;
  message: string;
}

export interface KeeperSummary {
  /** Positions in confirmed crank transactions. */
  compounded: number;
  /** Whether the pass sent a `sync` (the schedule was behind the chain's day). */
  synced: boolean;
  /** Confirmed transactions. */
  transactions: number;
  signatures: string[];
  errors: KeeperError[];
}

/**
 * One pass: bring the schedule to today when it is behind (`sync`, so the
 * totals governance reads are exact and users' transactions walk no days),
 * then crank the opted-in positions in batches.
 */
export async function runKeeperPass(connection: Connection, payer: Keypair, mint: PublicKey, options: KeeperOptions = {}): Promise<KeeperSummary> {
  const log = options.log ?? (() => {});
  const commitment = options.commitment ?? 'confirmed';
  const send = options.send ?? sendKeeperTransaction;
  const addresses = stakingAddresses(mint, options.programId ?? STAKING_PROGRAM_ID);
  const summary: KeeperSummary = { compounded: 0, synced: false, transactions: 0, signatures: [], errors: [] };

  const snapshot = await fetchPoolSnapshot(connection, addresses, commitment);
  if (!snapshot) {
    log(`no staking config for mint ${mint.toBase58()}; nothing to do`);
    return summary;
  }
  const { config, schedule } = snapshot;
  const base = { mint, programId: addresses.programId };

  // Room for the days to cross and a month more (anyone pays the rent; a
  // walk with no room fails with ScheduleFull), then sync to today (200 days
  // a call).
  const today = snapshot.now / DAY_SECS;
  const upkeep = getScheduleUpkeepInstructions({ ...base, payer: payer.publicKey, schedule, day: today, marginDays: SCHEDULE_MARGIN_DAYS });
  for (const instruction of upkeep) {
    const result = await send(connection, payer, instruction, commitment);
    if (!result.ok) {
      summary.errors.push({ kind: 'sync', positions: [], code: result.error.code, message: result.error.message });
      log(`schedule upkeep failed: ${result.error.code}: ${result.error.message}`);
      break;
    }
    summary.synced = true;
    summary.transactions += 1;
    summary.signatures.push(result.signature);
    log(`schedule upkeep (to day ${today}): ${result.signature}`);
  }

  const work = selectWork(config, schedule, snapshot.positions, snapshot.walletTotals, snapshot.now, {
    minCompound: options.minCompound ?? DEFAULT_MIN_COMPOUND,
  });
  if (work.compound.length === 0) return summary;
  log(`${snapshot.positions.length} positions: ${work.compound.length} to compound`);

  const crank = (positions: KeeperTarget[]) => getCrankCompoundInstruction({ ...base, tokenProgram: config.tokenProgram, positions });
  for (const batch of packBatches(work.compound, crank, payer.publicKey, MAX_CRANK_POSITIONS)) {
    const result = await send(connection, payer, crank(batch), commitment);
    if (result.ok) {
      summary.transactions += 1;
      summary.signatures.push(result.signature);
      summary.compounded += batch.length;
      log(`compound ${batch.length} positions: ${result.signature}`);
    } else {
      const positions = batch.map((t) => t.position.toBase58());
      summary.errors.push({ kind: 'compound', positions, code: result.error.code, message: result.error.message });
      log(`compound of ${batch.length} positions failed: ${result.error.code}: ${result.error.message}`);
    }
  }
  return summary;
}
