/**
 * The reporter's rounds: each one takes the source's fills and reports them
 * (`report.ts`), and once per chain hour sends the makers' performance
 * reports. `startReporter` runs a round now and one `intervalMs` after each
 * ends (never overlapping); a round that throws is logged and the loop goes
 * on, like the keeper's.
 */
import type { PublicKey } from '@solana/web3.js';
import { toKeelError } from '@/lib/errors';
import type { MakersKeys } from '@/lib/programs/makers';
import { chainNow, readConfig, type ReporterChain } from './chain';
import { performancePeriod, performanceReports, reportPerformance } from './performance';
import { reportFills, type ReportSummary } from './report';
import type { SimulatedSource } from './sources';

export interface ReporterContext {
  chain: ReporterChain;
  keys: MakersKeys;
  /** The reporter's key (signs and pays). */
  reporter: PublicKey;
  log?: (message: string) => void;
  logBatches?: boolean;
}

export interface RoundResult {
  report: ReportSummary | null;
  /** Makers whose performance report went out this round. */
  performance: number;
}

/** One round of the simulated source. Null when the mint has no makers config (nothing to do). */
export async function runRound(ctx: ReporterContext, source: SimulatedSource, state: { period?: number } = {}): Promise<RoundResult | null> {
  const log = ctx.log ?? (() => {});
  const config = await readConfig(ctx.chain, ctx.keys.config);
  if (!config) {
    log(`no makers config for mint ${ctx.keys.mint.toBase58()}; nothing to report`);
    return null;
  }
  const fills = await source.next(ctx.chain, ctx.keys, config);
  const report = fills.length > 0 ? await reportFills(ctx.chain, fills, ctx) : null;

  // Performance: once per chain hour, what each maker did since the last report.
  let performance = 0;
  const period = performancePeriod(await chainNow(ctx.chain));
  if (state.period === undefined) state.period = period;
  else if (period > state.period) {
    const reports = performanceReports(source.takeStats(), source.makerWallets);
    const sent = await reportPerformance(ctx.chain, reports, period, ctx);
    performance = sent.sent;
    state.period = period;
    if (sent.sent > 0) log(`performance reports for period ${period}: ${sent.sent} makers`);
  }
  return { report, performance };
}

export interface ReporterLoopOptions {
  intervalMs: number;
  /** Instead of a line per batch, one line per this many ms summing them up (failures are always logged). */
  summaryEveryMs?: number;
  /** Called after every round that ran (tests, metrics). */
  onRound?: (result: RoundResult | null) => void;
}

export interface ReporterHandle {
  /** Stops scheduling; resolves once a round in flight has finished. */
  stop(): Promise<void>;
}

export function startReporter(ctx: ReporterContext, source: SimulatedSource, options: ReporterLoopOptions): ReporterHandle {
  const log = ctx.log ?? (() => {});
  const state: { period?: number } = {};
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();

  const quiet = options.summaryEveryMs !== undefined;
  const roundCtx = quiet ? { ...ctx, logBatches: false } : ctx;
  const totals = { fills: 0, batches: 0, since: Date.now(), sequence: 0n };

  const tick = async () => {
    try {
      const result = await runRound(roundCtx, source, state);
      const r = result?.report;
      if (r) {
        totals.fills += r.recorded;
        totals.batches += r.batches;
        totals.sequence = r.sequence;
      }
      if (quiet && Date.now() - totals.since >= options.summaryEveryMs! && totals.batches > 0) {
        log(`${totals.fills} fills recorded in ${totals.batches} batches over the last ${Math.round((Date.now() - totals.since) / 1000)} s; sequence ${totals.sequence}`);
        Object.assign(totals, { fills: 0, batches: 0, since: Date.now() });
      }
      options.onRound?.(result);
    } catch (e) {
      const error = toKeelError(e);
      log(`round failed: ${error.code}: ${error.message}`);
    }
  };
  const schedule = () => {
    if (stopped) return;
    inFlight = tick().finally(() => {
      if (!stopped) timer = setTimeout(schedule, options.intervalMs);
    });
  };
  schedule();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await inFlight;
    },
  };
}
