/**
 * `npm run bench:rpc`: how fast the local chain's JSON-RPC answers the calls
 * the app makes, measured with @solana/web3.js `Connection` over HTTP (and the
 * websocket for confirmations), like the browser.
 *
 * The chain starts in this process the way the RPC tests start it
 * (`startTestChain`: free port pair, nothing on disk), seeded with the demo
 * plus 100 bench wallets × 5 positions (`bench/rpc/setup.ts`). The cases are
 * `bench/rpc/cases.ts`: latency cases report `<key>.p50_ms` / `.p95_ms` over
 * 200 sequential calls after 20 warm-up calls; throughput cases report
 * `<key>.tps` (and per-transaction p50/p95) for 200 sequential
 * send-and-confirm round trips. Sibling keys state the data size measured
 * (`.program_accounts`, `.positions`, `.matched`, `.keys`, `.count`, `.units`).
 * Results: `bench/results/rpc.json`, one flat object with sorted keys.
 *
 * Machine-dependent: the figures were taken on a 2-core VM; client and chain
 * share one Node.js event loop (as in the RPC tests), so each figure is
 * client + server CPU time on one core plus loopback HTTP, not a network RPC.
 * Compare figures from the same machine only.
 *
 * A benchmark, not a test: it never fails on a number. A case that throws (a
 * broken set-up) is reported and makes the exit code non-zero.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startTestChain, type TestChain } from '@/lib/localnet/testing';
import { cases } from './rpc/cases';
import { benchSeed } from './rpc/setup';
import { printTable, round, stableJson } from './rpc/stats';

const RESULTS_FILE = path.join(__dirname, 'results', 'rpc.json');

async function main(): Promise<void> {
  const seeded = performance.now();
  let chain: TestChain | undefined;
  const results: Record<string, number> = {};
  let broken = 0;
  try {
    chain = await startTestChain({ seed: benchSeed });
    console.info(`chain at ${chain.url}, seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s\n`);
    for (const c of cases) {
      try {
        const figures = await c.run({ connection: chain.connection });
        const keys = Object.keys(figures).map((f) => `${c.key}.${f}`);
        for (const [figure, value] of Object.entries(figures)) results[`${c.key}.${figure}`] = round(value);
        printTable(results, keys);
      } catch (e) {
        broken += 1;
        console.error(`${c.key}  FAILED: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  } finally {
    await chain?.close();
  }
  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, stableJson(results));
  console.info(`\n${cases.length - broken} case(s) → ${path.relative(process.cwd(), RESULTS_FILE)}`);
  if (broken) {
    console.error(`${broken} case(s) could not run`);
    process.exit(1);
  }
}

if (require.main === module) {
  main().then(
    // The chain's websocket clients (web3.js) may keep the loop alive.
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
