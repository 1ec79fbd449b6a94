/**
 * `npm run reporter`: the makers reporter (lib/reporter). Env: KEEL_RPC_URL
 * (default http://127.0.0.1:8899), KEEL_REPORTER_KEYPAIR (JSON keypair file;
 * required off the local chain, where the demo reporter's key is the
 * default), NEXT_PUBLIC_KEEL_MINT (default the demo mint),
 * NEXT_PUBLIC_KEEL_MAKERS_ID, KEEL_REPORTER_INTERVAL_SECS (10),
 * KEEL_REPORTER_MINUTES (1), KEEL_REPORTER_SEED, KEEL_REPORTER_RETRIES (3).
 * `--file <path>` replays a CSV / JSONL file of fills and exits; `--once`
 * runs one round of the simulated market and exits. Exit 1 when a batch failed.
 */
import { Connection } from '@solana/web3.js';
import {
  fileFills,
  fillsPerTransaction,
  fundLocalReporter,
  parseReporterArgs,
  parseReporterEnv,
  reportFills,
  type ReportSummary,
  reporterContext,
  reporterKey,
  runRound,
  simulatedSource,
  startReporter,
} from '../lib/reporter';

const log = (m: string) => console.info(`[reporter] ${m}`);

function done(summary: ReportSummary | null | undefined): never {
  if (summary) {
    const unregistered = summary.unregistered.reduce((n, u) => n + u.fills, 0);
    log(
      `${summary.recorded} fills recorded in ${summary.batches} batches, ${summary.alreadyRecorded} recorded before, ` +
        `${unregistered} of unregistered makers, ${summary.failures.length} failed batches; sequence ${summary.sequence}`,
    );
    for (const f of summary.failures) log(`  failed ${f.first}..${f.last} (${f.fills} fills): ${f.code}: ${f.message}`);
  }
  process.exit(summary && summary.failures.length > 0 ? 1 : 0);
}

async function main(): Promise<void> {
  const args = parseReporterArgs(process.argv.slice(2));
  const config = parseReporterEnv(process.env);
  const connection = new Connection(config.rpcUrl, 'confirmed');
  const reporter = reporterKey(config);
  await fundLocalReporter(connection, reporter, config);
  const ctx = reporterContext(connection, reporter, config, log);
  const perTx = [1, 4, 8, 16].map((n) => `${fillsPerTransaction(ctx.keys, n, reporter.publicKey)} with ${n}`).join(', ');
  log(`${config.rpcUrl}, mint ${config.mint.toBase58()}, reporter ${reporter.publicKey.toBase58()}; fills per transaction: ${perTx} makers`);

  if (args.file) done(await reportFills(ctx.chain, fileFills(args.file), ctx));
  const source = simulatedSource(config);
  if (args.once) done((await runRound(ctx, source))?.report);

  const loop = startReporter(ctx, source, { intervalMs: config.intervalMs });
  const stop = (signal: string) => {
    log(`${signal}: stopping after the round in flight`);
    void loop.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: Error) => {
  console.error(`[reporter] ${e.message}`);
  process.exit(1);
});
