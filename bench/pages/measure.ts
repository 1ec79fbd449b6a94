/**
 * One page load in Chromium and its figures, all in ms from navigation start
 * except the byte counts: TTFB (`responseStart`), DOMContentLoaded and load
 * (event ends), LCP (last `largest-contentful-paint` entry before the data
 * showed), `hydrated` and `data` (first time the selector matched, seen by a
 * MutationObserver installed before any page script), and the JS the page
 * fetched (script resources: `transferSize` over the wire, 0 from cache;
 * `decodedBodySize` unpacked).
 */
import type { BrowserContext } from '@playwright/test';
import { HYDRATED, type PageBenchCase } from './cases';

export interface LoadFigures {
  ttfb_ms: number;
  dcl_ms: number;
  load_ms: number;
  lcp_ms: number;
  hydrated_ms: number;
  data_ms?: number;
  js_transfer_bytes: number;
  js_decoded_bytes: number;
  js_files: number;
}

interface BenchWindow {
  __bench: { marks: Record<string, number>; lcp: number };
}

/** Runs in the page before its own scripts: records when each selector first matches, and LCP. */
function instrument(selectors: string[]): void {
  const state = { marks: {} as Record<string, number>, lcp: 0 };
  (window as unknown as BenchWindow).__bench = state;
  // No named inner functions: tsx (esbuild keepNames) would wrap them in a `__name` helper the page lacks.
  new MutationObserver(() => {
    for (const s of selectors) if (state.marks[s] === undefined && document.querySelector(s)) state.marks[s] = performance.now();
  }).observe(document, { childList: true, subtree: true, attributes: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

const DATA_TIMEOUT_MS = 30_000;
/** After the data shows: room for late LCP entries and lazily loaded chunks. */
const SETTLE_MS = 500;

export async function loadOnce(context: BrowserContext, baseUrl: string, c: PageBenchCase): Promise<LoadFigures> {
  const page = await context.newPage();
  try {
    const selectors = [HYDRATED, ...(c.data ? [c.data] : [])];
    await page.addInitScript(instrument, selectors);
    await page.goto(baseUrl + c.path, { waitUntil: 'load' });
    await page.waitForFunction((s) => s.every((sel) => (window as unknown as BenchWindow).__bench.marks[sel] !== undefined), selectors, {
      timeout: DATA_TIMEOUT_MS,
      polling: 50,
    });
    await page.waitForTimeout(SETTLE_MS);
    const raw = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
        (r) => r.initiatorType === 'script' || /\.m?js(\?|$)/.test(new URL(r.name).pathname),
      );
      const b = (window as unknown as BenchWindow).__bench;
      return {
        ttfb: nav.responseStart,
        dcl: nav.domContentLoadedEventEnd,
        load: nav.loadEventEnd,
        lcp: b.lcp,
        marks: b.marks,
        // The document itself is not a script; nav.transferSize is left out.
        jsTransfer: scripts.reduce((n, r) => n + r.transferSize, 0),
        jsDecoded: scripts.reduce((n, r) => n + r.decodedBodySize, 0),
        jsFiles: scripts.length,
      };
    });
    return {
      ttfb_ms: raw.ttfb,
      dcl_ms: raw.dcl,
      load_ms: raw.load,
      lcp_ms: raw.lcp,
      hydrated_ms: raw.marks[HYDRATED]!,
      ...(c.data ? { data_ms: raw.marks[c.data]! } : {}),
      js_transfer_bytes: raw.jsTransfer,
      js_decoded_bytes: raw.jsDecoded,
      js_files: raw.jsFiles,
    };
  } finally {
    await page.close();
  }
}
