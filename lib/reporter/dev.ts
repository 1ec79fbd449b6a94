/**
 * The reporter inside `npm run dev`: against the local chain and its demo
 * mint, with the demo reporter key and the simulated market, a round every
 * KEEL_REPORTER_INTERVAL_SECS (10 s). It must never take dev down, so every
 * failure (bad env, no airdrop, a round throwing) is logged and swallowed.
 * `KEEL_REPORTER=off` leaves it out.
 */
import { Connection } from '@solana/web3.js';
import { DEMO_MINT } from '@/lib/demo/addresses';
import { parseReporterEnv } from './config';
import { type ReporterHandle, startReporter } from './loop';
import { fundLocalReporter, reporterContext, reporterKey, simulatedSource } from './service';

export async function startDevReporter(rpcUrl: string, log: (message: string) => void): Promise<ReporterHandle | null> {
  if (process.env.KEEL_REPORTER === 'off') {
    log('off (KEEL_REPORTER=off)');
    return null;
  }
  try {
    // The app uses the demo mint on localnet whatever NEXT_PUBLIC_KEEL_MINT says; so does its reporter.
    const config = parseReporterEnv({ ...process.env, KEEL_RPC_URL: rpcUrl, NEXT_PUBLIC_KEEL_MINT: DEMO_MINT, KEEL_REPORTER_KEYPAIR: undefined });
    const connection = new Connection(rpcUrl, 'confirmed');
    const reporter = reporterKey(config);
    await fundLocalReporter(connection, reporter, config);
    log(`simulated market every ${config.intervalMs / 1000} s on ${rpcUrl} (reporter ${reporter.publicKey.toBase58()}; KEEL_REPORTER=off to disable)`);
    return startReporter(reporterContext(connection, reporter, config, log), simulatedSource(config), { intervalMs: config.intervalMs, summaryEveryMs: 60_000 });
  } catch (e) {
    log(`not started: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}
