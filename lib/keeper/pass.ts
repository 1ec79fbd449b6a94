/**
 * One keeper pass: read the pool, pick the work, crank then refresh in batches
 * that fit a transaction. Every batch is sent on its own; a failed one is
 * logged and counted, never stops the rest.
 */
import type { Commitment, Connection, Keypair, PublicKey } from '@solana/web3.js';
import {
  getCrankCompoundInstruction,
  getRefreshInstruction,
  MAX_CRANK_POSITIONS,
  STAKING_PROGRAM_ID,
  stakingAddresses,
} from '@/lib/programs/staking';
import { packBatches } from './batch';
import { fetchPoolSnapshot } from './fetch';
import { type KeeperTarget, selectWork } from './select';
import { sendKeeperTransaction } from './send';

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
  kind: 'compound' | 'refresh' | 'pass';
  positions: string[];
  code: string;
  message: string;
}

export interface KeeperSummary {
  /** Positions in confirmed crank transactions. */
  compounded: number;
  /** Positions in confirmed refresh transactions. */
  refreshed: number;
  /** Confirmed transactions. */
  transactions: number;
  signatures: string[];
  errors: KeeperError[];
}

export async function runKeeperPass(connection: Connection, payer: Keypair, mint: PublicKey, options: KeeperOptions = {}): Promise<KeeperSummary> {
  const log = options.log ?? (() => {});
  const commitment = options.commitment ?? 'confirmed';
  const addresses = stakingAddresses(mint, options.programId ?? STAKING_PROGRAM_ID);
  const summary: KeeperSummary = { compounded: 0, refreshed: 0, transactions: 0, signatures: [], errors: [] };

  const snapshot = await fetchPoolSnapshot(connection, addresses, commitment);
  if (!snapshot) {
    log(`no staking config for mint ${mint.toBase58()}; nothing to do`);
    return summary;
  }
  const { config } = snapshot;
  const work = selectWork(config, snapshot.positions, snapshot.walletTotals, snapshot.now, {
    minCompound: options.minCompound ?? DEFAULT_MIN_COMPOUND,
  });
  if (work.compound.length + work.refresh.length === 0) return summary;
  log(`${snapshot.positions.length} positions: ${work.compound.length} to compound, ${work.refresh.length} to refresh`);

  const base = { mint, programId: addresses.programId };
  const crank = (positions: KeeperTarget[]) => getCrankCompoundInstruction({ ...base, tokenProgram: config.tokenProgram, positions });
  const refresh = (positions: KeeperTarget[]) => getRefreshInstruction({ ...base, positions });

  const jobs = [
    { kind: 'compound' as const, build: crank, batches: packBatches(work.compound, crank, payer.publicKey, MAX_CRANK_POSITIONS) },
    { kind: 'refresh' as const, build: refresh, batches: packBatches(work.refresh, refresh, payer.publicKey) },
  ];
  for (const { kind, build, batches } of jobs) {
    for (const batch of batches) {
      const result = await (options.send ?? sendKeeperTransaction)(connection, payer, build(batch), commitment);
      if (result.ok) {
        summary.transactions += 1;
        summary.signatures.push(result.signature);
        if (kind === 'compound') summary.compounded += batch.length;
        else summary.refreshed += batch.length;
        log(`${kind} ${batch.length} positions: ${result.signature}`);
      } else {
        const positions = batch.map((t) => t.position.toBase58());
        summary.errors.push({ kind, positions, code: result.error.code, message: result.error.message });
        log(`${kind} of ${batch.length} positions failed: ${result.error.code}: ${result.error.message}`);
      }
    }
  }
  return summary;
}
