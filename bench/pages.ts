/**
 * `npm run bench:pages`: how fast the portal's pages load from a production
 * build, in Chromium, against the local chain.
 *
 * Runs `next build` (skip with `-- --skip-build` to reuse `.next/`), starts a
 * fresh seeded chain (`scripts/chain.ts --no-persist` on 127.0.0.1:8899/8900)
 * and `next start -p 3000`, then loads each page of `bench/pages/cases.ts`
 * once in a fresh browser context (cold: empty HTTP cache; the server's first
 * render of the route) and `WARM_RUNS` more times in that context (warm: HTTP
 * cache filled). Figures per load: `bench/pages/measure.ts` (TTFB,
 * DOMContentLoaded, load, LCP, hydration, chain data shown, JS bytes).
 * Results: `bench/results/pages.json`, one flat object with sorted keys:
 * `pages.<path>.<figure>` is the warm median, `pages.<path>.cold.<figure>` the
 * cold load. Both servers are stopped at the end, also on errors and Ctrl+C.
 *
 * Machine-dependent: taken on a 2-core VM where chain, Next.js and Chromium
 * (headless, no GPU) share the cores, over loopback (no network latency or
 * bandwidth limit: byte counts matter more than these times on a real link).
 * Compare figures from the same machine only.
 *
 * A benchmark, not a test: it never fails on a number. A page that does not
 * show its data within 30 s (a broken set-up) is reported and makes the exit
 * code non-zero.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../e2e/chromium';
import { cases } from './pages/cases';
import { type LoadFigures, loadOnce } from './pages/measure';
import { chainHealthy } from '@/lib/localnet/health';
import { assertPortFree, httpOk, nextBuild, type Server, startChain, startNext, stop, waitFor } from './pages/servers';
import { median, round, stableJson } from './rpc/stats';

const RESULTS_FILE = path.join(__dirname, 'results', 'pages.json');
const APP_PORT = 3000;
const CHAIN_URL = 'http://127.0.0.1:8899';
const BASE_URL = `http://127.0.0.1:${APP_PORT}`;
export const WARM_RUNS = 9;

function medianFigures(runs: LoadFigures[]): Record<string, number> {
  const keys = Object.keys(runs[0]!) as (keyof LoadFigures)[];
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]!))]));
}

const kb = (bytes: number | undefined) => (bytes === undefined ? '' : `${(bytes / 1024).toFixed(0)} KB`);
const ms = (v: number | undefined) => (v === undefined ? '—' : v.toFixed(0));

function printRow(label: string, f: Record<string, number>): void {
  const cols = [f.ttfb_ms, f.dcl_ms, f.load_ms, f.lcp_ms, f.hydrated_ms, f.data_ms].map((v) => ms(v).padStart(7));
  console.info(`${label.padEnd(20)}${cols.join('')}  ${kb(f.js_transfer_bytes).padStart(8)} ${kb(f.js_decoded_bytes).padStart(8)}`);
}

async function main(): Promise<void> {
  const skipBuild = process.argv.includes('--skip-build');
  for (const port of [APP_PORT, 8899, 8900]) await assertPortFree(port);
  if (!skipBuild) nextBuild();

  let chain: Server | undefined;
  let app: Server | undefined;
  let browser: Browser | undefined;
  const stopAll = async () => {
    await browser?.close().catch(() => {});
    await stop(app);
    await stop(chain);
  };
  const onSignal = () => {
    void stopAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const results: Record<string, number> = {};
  let broken = 0;
  try {
    chain = startChain();
    await waitFor(chain, () => chainHealthy(CHAIN_URL));
    app = startNext(APP_PORT);
    await waitFor(app, () => httpOk(`${BASE_URL}/api/health`));
    browser = await chromium.launch(CHROMIUM_LAUNCH);

    console.info(`\n${'page'.padEnd(20)}${['ttfb', 'dcl', 'load', 'lcp', 'hydr', 'data'].map((h) => h.padStart(7)).join('')}  ${'JS wire'.padStart(8)} ${'JS size'.padStart(8)}   (ms)`);
    for (const c of cases) {
      const context = await browser.newContext();
      try {
        const cold = await loadOnce(context, BASE_URL, c);
        const warm: LoadFigures[] = [];
        for (let i = 0; i < WARM_RUNS; i++) warm.push(await loadOnce(context, BASE_URL, c));
        const warmMedian = medianFigures(warm);
        for (const [k, v] of Object.entries(cold)) results[`pages.${c.path}.cold.${k}`] = round(v);
        for (const [k, v] of Object.entries(warmMedian)) results[`pages.${c.path}.${k}`] = round(v);
        printRow(`${c.path} cold`, cold as unknown as Record<string, number>);
        printRow(`${c.path} warm`, warmMedian);
      } catch (e) {
        broken += 1;
        console.error(`${c.path}  FAILED: ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await stopAll();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  results['pages.warm_runs'] = WARM_RUNS;
  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, stableJson(results));
  console.info(`\n${cases.length - broken} page(s) → ${path.relative(process.cwd(), RESULTS_FILE)}`);
  if (broken) {
    console.error(`${broken} page(s) could not be measured`);
    process.exit(1);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
