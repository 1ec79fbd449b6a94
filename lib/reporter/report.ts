/**
 * One reporting pass: fills in, batches on chain, a summary out.
 *
 * 1. Reads the config: no config, a paused one or another reporter key stop
 *    the pass before anything is sent (every batch would fail the same way).
 * 2. Leaves out fills at or below `reporter_sequence` (already recorded: a
 *    restart or a replayed file resumes after it) and fills of wallets
 *    without a maker account (named in the summary, so one unknown wallet
 *    does not sink a batch of others).
 * 3. Packs the rest (`batch.ts`); each batch's sequence is its last fill id.
 *    Once the season has ended, `rollover` goes first in the first batch's
 *    transaction; when a season ends in the middle of a pass (`SeasonEnded`),
 *    a lone `rollover` goes out and the batch is sent again.
 *    (`rollover` is permissionless: when another caller was first, the batch
 *    goes alone.)
 * 4. Sends each batch (`chain.send`: retries live there, with the same
 *    sequence, so a retry never pays twice). A failed batch is named by its
 *    error code (`lib/errors`, e.g. `program:makers:InvalidMaker`) and fill
 *    ids in the summary and the log; the other batches still go.
 */
import { PublicKey, type TransactionInstruction } from '@solana/web3.js';
import { KeelError } from '@/lib/errors';
import { getMakersError, type MakersConfig, type MakersKeys, makersRolloverInstruction, RolloverPolicy } from '@/lib/programs/makers';
import { type FillBatch, MakerKeyCache, packFills, recordFillsInstruction } from './batch';
import { chainNow, existing, readConfig, type ReporterChain } from './chain';
import type { ReportedFill } from './fills';

export interface ReportOptions {
  keys: MakersKeys;
  /** The reporter's key: signs and pays every batch. */
  reporter: PublicKey;
  log?: (message: string) => void;
  /** Log each recorded batch too, not only failures (default true; the dev loop sums them up instead). */
  logBatches?: boolean;
}

export interface BatchFailure {
  /** Ids of the batch's first and last fill (the last is its sequence). */
  first: bigint;
  last: bigint;
  fills: number;
  /** `lib/errors` code, e.g. `program:makers:StaleSequence`. */
  code: string;
  message: string;
}

export interface ReportSummary {
  /** Fills in confirmed batches. */
  recorded: number;
  /** Confirmed batches and their signatures. */
  batches: number;
  signatures: string[];
  /** Whether this pass started the next season. */
  rolledOver: boolean;
  /** Fills at or below the chain's sequence when the pass began (recorded before). */
  alreadyRecorded: number;
  /** Wallets without a maker account and how many of their fills were left out. */
  unregistered: { wallet: string; fills: number }[];
  failures: BatchFailure[];
  /** The chain's `reporter_sequence` as far as this pass knows. */
  sequence: bigint;
}

/** A makers error by name as the chain would have returned it (for refusals decided before sending). */
export function makersError(code: number): KeelError {
  const entry = getMakersError(code);
  return new KeelError(`program:makers:${entry?.name ?? `Custom(${code})`}`, entry?.message ?? `Makers error ${code}.`);
}

const NOT_REPORTER = 4;
const PAUSED = 13;
const SEASON_NOT_ENDED = 'program:makers:SeasonNotEnded';

export async function reportFills(chain: ReporterChain, fills: readonly ReportedFill[], options: ReportOptions): Promise<ReportSummary> {
  const log = options.log ?? (() => {});
  const config = await readConfig(chain, options.keys.config);
  if (!config) throw new Error(`no makers config for mint ${options.keys.mint.toBase58()} (is the makers program deployed and initialised?)`);
  const summary: ReportSummary = {
    recorded: 0,
    batches: 0,
    signatures: [],
    rolledOver: false,
    alreadyRecorded: 0,
    unregistered: [],
    failures: [],
    sequence: config.reporterSequence,
  };
  const fresh = fills.filter((f) => f.id > config.reporterSequence);
  summary.alreadyRecorded = fills.length - fresh.length;
  if (fresh.length === 0) return summary;

  const refusal = config.reporter !== options.reporter.toBase58() ? makersError(NOT_REPORTER) : config.paused ? makersError(PAUSED) : null;
  if (refusal) {
    summary.failures.push(failure({ sequence: fresh.at(-1)!.id, fills: fresh }, refusal));
    log(`${fresh.length} fills not sent: ${refusal.code}: ${refusal.message}`);
    return summary;
  }

  const makers = new MakerKeyCache(options.keys);
  const { kept, unregistered } = await withoutUnregistered(chain, makers, fresh);
  summary.unregistered = unregistered;
  for (const u of unregistered) log(`${u.fills} fills of ${u.wallet} left out: no maker account (not registered)`);
  if (kept.length === 0) return summary;

  const rollover = rolloverInstruction(config, options.keys);
  let rolloverDue = (await chainNow(chain)) >= config.seasonEnd;
  const startNextSeason = async () => {
    const rolled = await chain.send([rollover]);
    if (rolled.ok) {
      summary.rolledOver = true;
      log(`season ${config.seasonIndex} ended: rollover ${rolled.signature}`);
    }
    // Refused as SeasonNotEnded: someone else rolled over first (rollover is permissionless).
    if (rolled.ok || rolled.error.code === SEASON_NOT_ENDED) rolloverDue = false;
    return !rolloverDue;
  };
  const batches = packFills(kept, makers, options.reporter, rolloverDue ? [rollover] : []);
  for (const [i, batch] of batches.entries()) {
    // Only the first batch was packed with room for the rollover; a later one gets a lone rollover first.
    if (rolloverDue && i > 0) await startNextSeason();
    let prefix = rolloverDue && i === 0 ? [rollover] : [];
    const record = recordFillsInstruction(makers, options.reporter, batch);
    let outcome = await chain.send([...prefix, record]);
    if (!outcome.ok && outcome.error.code === SEASON_NOT_ENDED && prefix.length > 0) {
      // Someone else rolled over first: the batch alone.
      rolloverDue = false;
      prefix = [];
      outcome = await chain.send([record]);
    }
    if (!outcome.ok && outcome.error.code === 'program:makers:SeasonEnded' && prefix.length === 0 && (await startNextSeason())) {
      // The season ended during the pass: the batch again, in the new season.
      outcome = await chain.send([record]);
    }
    if (outcome.ok) {
      if (prefix.length > 0) {
        summary.rolledOver = true;
        rolloverDue = false;
      }
      summary.batches += 1;
      summary.recorded += batch.fills.length;
      summary.signatures.push(outcome.signature);
      summary.sequence = batch.sequence;
      const retried = outcome.attempts > 1 || outcome.note ? ` after ${outcome.attempts} attempt${outcome.attempts > 1 ? 's' : ''}${outcome.note ? ` (${outcome.note})` : ''}` : '';
      const rolled = prefix.length > 0 ? ' with the rollover before it' : '';
      if (options.logBatches !== false) log(`${describe(batch)} recorded${rolled}${retried}: ${outcome.signature}`);
    } else {
      summary.failures.push(failure(batch, outcome.error));
      log(`${describe(batch)} failed: ${outcome.error.code}: ${outcome.error.message}`);
    }
  }
  return summary;
}

function describe(batch: FillBatch): string {
  return `batch ${batch.fills[0]!.id}..${batch.sequence} (${batch.fills.length} fills, ${new Set(batch.fills.map((f) => f.maker.toBase58())).size} makers)`;
}

function failure(batch: FillBatch, error: KeelError): BatchFailure {
  return { first: batch.fills[0]!.id, last: batch.sequence, fills: batch.fills.length, code: error.code, message: error.message };
}

/** The fills whose wallet has a maker account, and per other wallet how many were left out. */
async function withoutUnregistered(chain: ReporterChain, makers: MakerKeyCache, fills: readonly ReportedFill[]) {
  const wallets = [...new Map(fills.map((f) => [f.maker.toBase58(), f.maker])).values()];
  const found = await existing(chain, wallets.map((w) => makers.of(w)));
  const missing = new Set(wallets.filter((_, i) => !found[i]).map((w) => w.toBase58()));
  const counts = new Map<string, number>();
  const kept = fills.filter((f) => {
    const id = f.maker.toBase58();
    if (!missing.has(id)) return true;
    counts.set(id, (counts.get(id) ?? 0) + 1);
    return false;
  });
  return { kept, unregistered: [...counts].map(([wallet, n]) => ({ wallet, fills: n })) };
}

/** `rollover` with the treasury when unspent budget returns there. */
function rolloverInstruction(config: MakersConfig, keys: MakersKeys): TransactionInstruction {
  const treasury = config.rolloverPolicy === RolloverPolicy.Return ? new PublicKey(config.treasury) : undefined;
  return makersRolloverInstruction({ keys, tokenProgram: new PublicKey(config.tokenProgram), treasury });
}
