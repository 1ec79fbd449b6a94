/**
 * Performance reports (`update_performance`, reporter only): per maker and
 * period, its execution volume, spread efficiency and share of the order
 * flow, from the simulated market's totals. A period is an hour of chain time
 * (`performancePeriod`), so it increases as the program requires; a maker
 * already reported for the period is left alone. Several reports share a
 * transaction (each is three accounts and 17 bytes of data).
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { transactionSize } from '@/lib/keeper/batch';
import { type MakersKeys, makersUpdatePerformanceInstruction, readMaker } from '@/lib/programs/makers';
import { MakerKeyCache, PACKET_BYTES } from './batch';
import type { ReporterChain } from './chain';
import type { MakerStats } from './market';

export const PERFORMANCE_PERIOD_SECS = 3_600n;

export interface PerformanceReport {
  wallet: PublicKey;
  /** KEEL base units filled in the period. */
  executionVolume: bigint;
  /** Notional-weighted share of the reference spread its quotes took off, bp. */
  spreadEfficiencyBps: number;
  /** Its share of the period's fills, bp. */
  orderFlowBps: number;
}

/** The period (hours since the epoch) of chain time `now`. */
export const performancePeriod = (now: bigint): number => Number(now / PERFORMANCE_PERIOD_SECS);

/** Reports from the market's per-maker totals (wallet base58 → stats). */
export function performanceReports(stats: ReadonlyMap<string, MakerStats>, wallets: ReadonlyMap<string, PublicKey>): PerformanceReport[] {
  const fills = [...stats.values()].reduce((n, s) => n + s.fills, 0);
  return [...stats]
    .filter(([id]) => wallets.has(id))
    .map(([id, s]) => ({
      wallet: wallets.get(id)!,
      executionVolume: s.notional,
      spreadEfficiencyBps: s.notional === 0n ? 0 : Math.min(10_000, Number(s.efficiencyWeighted / s.notional)),
      orderFlowBps: fills === 0 ? 0 : Math.floor((s.fills * 10_000) / fills),
    }));
}

export interface PerformanceSummary {
  sent: number;
  failures: { wallets: string[]; code: string; message: string }[];
}

/** Sends `reports` for `period`, skipping makers already reported for it (or missing). */
export async function reportPerformance(
  chain: ReporterChain,
  reports: readonly PerformanceReport[],
  period: number,
  options: { keys: MakersKeys; reporter: PublicKey; log?: (message: string) => void },
): Promise<PerformanceSummary> {
  const makers = new MakerKeyCache(options.keys);
  const accounts = reports.map((r) => makers.of(r.wallet));
  const data = await chain.read(accounts);
  const due = reports.filter((_, i) => data[i] && readMaker(data[i]!).performancePeriod < period);
  const build = (r: PerformanceReport) => makersUpdatePerformanceInstruction({ keys: options.keys, reporter: options.reporter, maker: makers.of(r.wallet), ...r, period });

  const summary: PerformanceSummary = { sent: 0, failures: [] };
  for (const group of packInstructions(due, build, options.reporter)) {
    const outcome = await chain.send(group.map(build));
    if (outcome.ok) summary.sent += group.length;
    else {
      summary.failures.push({ wallets: group.map((r) => r.wallet.toBase58()), code: outcome.error.code, message: outcome.error.message });
      options.log?.(`performance reports of ${group.length} makers failed: ${outcome.error.code}: ${outcome.error.message}`);
    }
  }
  return summary;
}

/** Greedy: as many instructions per transaction as fit the packet. */
function packInstructions<T>(items: readonly T[], build: (item: T) => TransactionInstruction, payer: PublicKey): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  for (const item of items) {
    const next = [...current, item];
    if (transactionSize(payer, next.map(build)) <= PACKET_BYTES) current = next;
    else {
      groups.push(current);
      current = [item];
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
