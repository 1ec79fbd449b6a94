/**
 * Reads what each test runner reports into one shape, so the summary can count
 * tests (not stages) and name every failed or flaky test.
 *
 * Vitest's JSON report follows Jest's; Playwright's JSON report nests suites;
 * `cargo test` prints one `test result:` line per test binary (unit tests of
 * each crate, then doc tests).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface RunnerReport {
  passed: number;
  failed: number;
  skipped: number;
  /** Tests that failed, then passed on a retry: counted as passed, named here. */
  flaky: string[];
  /** Failed tests with the first line of their error. */
  failures: string[];
  /** A note for the summary line, such as per-crate counts. */
  detail?: string;
}

export function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

export const firstLine = (text: string) =>
  text
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .find((l) => l.trim())
    ?.trim()
    .slice(0, 300) ?? '';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: {
    name: string;
    message?: string;
    assertionResults: { status: string; fullName: string; failureMessages: string[] }[];
  }[];
}

/** A missing report means the runner died before writing it: one failure. */
const NO_REPORT = (what: string): RunnerReport => ({ passed: 0, failed: 1, skipped: 0, flaky: [], failures: [`${what}: no report written`] });

export function vitestReport(json: unknown, root: string): RunnerReport {
  const r = json as VitestJson | undefined;
  if (!r) return NO_REPORT('vitest');
  const failures: string[] = [];
  for (const f of r.testResults) {
    const where = path.relative(root, f.name);
    const failed = f.assertionResults.filter((t) => t.status === 'failed');
    for (const t of failed) failures.push(`${where} › ${t.fullName}: ${firstLine(t.failureMessages[0] ?? '')}`);
    // A file that fails to load (or holds a forbidden `.only`) has no test
    // results, only a message.
    if (!failed.length && f.message) failures.push(`${where}: ${firstLine(f.message)}`);
  }
  // A file that failed to load counts as a failed test even though the runner
  // counted none: otherwise a broken file could hide behind "0 failed".
  const unloaded = r.testResults.filter((f) => f.message && !f.assertionResults.some((t) => t.status === 'failed')).length;
  return {
    passed: r.numPassedTests,
    failed: r.numFailedTests + unloaded,
    skipped: r.numPendingTests + r.numTodoTests,
    flaky: [],
    failures,
  };
}

interface PwSuite {
  title: string;
  suites?: PwSuite[];
  specs?: { title: string; tests: { status: string; results: { error?: { message?: string } }[] }[] }[];
}

interface PlaywrightJson {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites?: PwSuite[];
  errors?: { message?: string }[];
}

/** Every test of a Playwright report with its trail of titles. */
function playwrightTests(suites: PwSuite[]) {
  const out: { name: string; status: string; error: string }[] = [];
  const walk = (s: PwSuite, trail: string[]) => {
    for (const spec of s.specs ?? [])
      for (const t of spec.tests)
        out.push({ name: [...trail, spec.title].join(' › '), status: t.status, error: t.results.at(-1)?.error?.message ?? '' });
    for (const child of s.suites ?? []) walk(child, [...trail, child.title]);
  };
  for (const s of suites) walk(s, [s.title]);
  return out;
}

export function playwrightReport(json: unknown): RunnerReport {
  const r = json as PlaywrightJson | undefined;
  if (!r) return NO_REPORT('playwright');
  const tests = playwrightTests(r.suites ?? []);
  const failures = tests.filter((t) => t.status === 'unexpected').map((t) => `${t.name}: ${firstLine(t.error)}`);
  // Errors outside any test: a forbidden `.only`, a config or webServer failure.
  for (const e of r.errors ?? []) failures.push(`playwright: ${firstLine(e.message ?? '')}`);
  return {
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected + (r.errors?.length ?? 0),
    skipped: r.stats.skipped,
    flaky: tests.filter((t) => t.status === 'flaky').map((t) => t.name),
    failures,
  };
}

/**
 * `cargo test --workspace` output: sums the `test result:` lines and names
 * each crate's count from the `Running unittests … (…/deps/<crate>-<hash>)`
 * line before it, so the summary shows which crates' tests ran.
 */
export function cargoReport(output: string): RunnerReport {
  const sum: RunnerReport = { passed: 0, failed: 0, skipped: 0, flaky: [], failures: [] };
  const perCrate: string[] = [];
  let current = 'doc-tests';
  for (const line of output.split('\n')) {
    const running = /^\s*Running (?:unittests )?\S+ \(.*\/deps\/([A-Za-z0-9_]+)-[0-9a-f]+\)/.exec(line);
    if (running) current = running[1]!;
    const doc = /^\s*Doc-tests (\S+)/.exec(line);
    if (doc) current = `${doc[1]} doc`;
    const failed = /^test (\S+) \.\.\. FAILED/.exec(line);
    if (failed) sum.failures.push(`${current} › ${failed[1]}`);
    const result = /test result: \w+\. (\d+) passed; (\d+) failed; (\d+) ignored/.exec(line);
    if (!result) continue;
    const [passed, failedCount, ignored] = [Number(result[1]), Number(result[2]), Number(result[3])];
    sum.passed += passed;
    sum.failed += failedCount;
    sum.skipped += ignored;
    perCrate.push(`${current} ${passed + failedCount}`);
  }
  sum.detail = perCrate.join(', ');
  return sum;
}
