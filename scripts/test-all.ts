/**
 * `npm test`: every check in one run, in the order that fails fastest.
 * Each stage runs even when an earlier one failed, so one run shows everything
 * that is broken; the exit code is non-zero if any stage failed.
 *
 * The last line is the plain summary CI reads: `tests: N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const reports = path.join(root, 'test-results', 'reports');

interface StageResult {
  name: string;
  ok: boolean;
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
  /** Names of failed tests with the first line of their error, for the summary. */
  failures: string[];
}

interface Stage {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** Reads pass/fail counts from the stage's JSON report or captured output. */
  counts?: (output: string) => { passed: number; failed: number; skipped: number };
  /** Names the failed tests, so the summary CI shows says which ones. */
  failures?: () => string[];
  /** Capture stdout (still echoed) so `counts` can read it. */
  capture?: boolean;
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

// Vitest's JSON reporter follows Jest's shape.
function vitestCounts(file: string) {
  const r = readJson(file) as
    | { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }
    | undefined;
  if (!r) return { passed: 0, failed: 1, skipped: 0 };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function playwrightCounts(file: string) {
  const r = readJson(file) as
    | { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }
    | undefined;
  if (!r) return { passed: 0, failed: 1, skipped: 0 };
  const s = r.stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
}

const firstLine = (text: string) => text.split('\n').find((l) => l.trim())?.trim().slice(0, 300) ?? '';

function vitestFailures(file: string): string[] {
  const r = readJson(file) as
    | { testResults: { name: string; message?: string; assertionResults: { status: string; fullName: string; failureMessages: string[] }[] }[] }
    | undefined;
  const out: string[] = [];
  for (const f of r?.testResults ?? []) {
    const where = path.relative(root, f.name);
    const failed = f.assertionResults.filter((t) => t.status === 'failed');
    for (const t of failed) out.push(`${where} › ${t.fullName}: ${firstLine(t.failureMessages[0] ?? '')}`);
    // A file that fails to load has no test results, only a message.
    if (!failed.length && f.message) out.push(`${where}: ${firstLine(f.message)}`);
  }
  return out;
}

interface PwSuite {
  title: string;
  file?: string;
  suites?: PwSuite[];
  specs?: { title: string; tests: { status: string; results: { error?: { message?: string } }[] }[] }[];
}

function playwrightFailures(file: string): string[] {
  const r = readJson(file) as { suites?: PwSuite[] } | undefined;
  const out: string[] = [];
  const walk = (s: PwSuite, trail: string[]) => {
    for (const spec of s.specs ?? [])
      for (const t of spec.tests)
        if (t.status === 'unexpected') {
          const error = t.results.at(-1)?.error?.message ?? '';
          out.push(`${[...trail, spec.title].join(' › ')}: ${firstLine(error.replace(/\x1b\[[0-9;]*m/g, ''))}`);
        }
    for (const child of s.suites ?? []) walk(child, [...trail, child.title]);
  };
  for (const s of r?.suites ?? []) walk(s, [s.title]);
  return out;
}

// `cargo test` prints one `test result:` line per test binary.
function cargoCounts(output: string) {
  const sum = { passed: 0, failed: 0, skipped: 0 };
  for (const m of output.matchAll(/test result: \w+\. (\d+) passed; (\d+) failed; (\d+) ignored/g)) {
    sum.passed += Number(m[1]);
    sum.failed += Number(m[2]);
    sum.skipped += Number(m[3]);
  }
  return sum;
}

const vitestReport = path.join(reports, 'vitest.json');
const playwrightReport = path.join(reports, 'playwright.json');

const stages: Stage[] = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint', command: ['npx', 'eslint', '.', '--max-warnings=0'] },
  {
    name: 'vitest (unit, programs, rpc)',
    command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
    counts: () => vitestCounts(vitestReport),
    failures: () => vitestFailures(vitestReport),
  },
  {
    name: 'sdk host tests (cargo test)',
    command: ['cargo', 'test', '--offline', '--manifest-path', 'programs/Cargo.toml', '-p', 'keel-sdk'],
    // Debian's toolchain, never a rustup one that may sit earlier on PATH.
    env: { RUSTC: '/usr/bin/rustc', PATH: `/usr/bin:${process.env.PATH ?? ''}` },
    capture: true,
    counts: cargoCounts,
  },
  { name: 'verify:programs', command: ['npm', 'run', '--silent', 'verify:programs'] },
  {
    name: 'e2e (playwright, chromium)',
    command: ['npx', 'playwright', 'test', '--reporter=line,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
    counts: () => playwrightCounts(playwrightReport),
    failures: () => playwrightFailures(playwrightReport),
  },
];

function runStage(stage: Stage): StageResult {
  console.info(`\n=== ${stage.name}: ${stage.command.join(' ')}`);
  const start = Date.now();
  const run = spawnSync(stage.command[0]!, stage.command.slice(1), {
    cwd: root,
    stdio: stage.capture ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    env: { ...process.env, ...stage.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = run.stdout ?? '';
  if (stage.capture) process.stdout.write(output);
  const seconds = (Date.now() - start) / 1000;
  const ok = run.status === 0;
  const counts = stage.counts?.(output) ?? { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
  // A runner that exits non-zero with no failed test (a crash, a compile
  // error) still counts as a failure.
  if (!ok && counts.failed === 0) counts.failed = 1;
  const failures = ok ? [] : (stage.failures?.() ?? []);
  return { name: stage.name, ok, seconds, ...counts, failures };
}

function main(): void {
  rmSync(reports, { recursive: true, force: true });
  mkdirSync(reports, { recursive: true });
  const only = process.argv.slice(2);
  const selected = only.length ? stages.filter((s) => only.some((o) => s.name.startsWith(o))) : stages;
  const results = selected.map(runStage);

  console.info('\n=== summary');
  for (const r of results) {
    const mark = r.ok ? 'ok  ' : 'FAIL';
    console.info(`${mark} ${r.name.padEnd(30)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped (${r.seconds.toFixed(1)} s)`);
    for (const f of r.failures) console.info(`       ✗ ${f}`);
  }
  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  const skipped = results.reduce((n, r) => n + r.skipped, 0);
  console.info(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}

main();
