/**
 * `npm test`: every check and every test in one run, in the order that fails
 * fastest. Each stage runs even when an earlier one failed, so one run shows
 * everything that is broken; the exit code is non-zero if any stage failed.
 *
 * Stages are checks (typecheck, lint, test inventory, program verification)
 * or test stages, which count tests and fail when they ran none. The summary
 * lists checks apart, names every failed and flaky test, and ends with the
 * plain line CI reads: `tests: N passed, N failed, N skipped`.
 *
 * `npx tsx scripts/test-all.ts vitest sdk` runs the stages whose names start
 * with the arguments; an argument that matches no stage is an error.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { inventoryProblems, treeFiles, vitestListedFiles } from './test-harness/inventory';
import { cargoReport, playwrightReport, readJson, type RunnerReport, vitestReport } from './test-harness/reports';
import { allOk, selectStages, type StageKind, type StageResult, summaryLines } from './test-harness/summary';

const root = path.resolve(__dirname, '..');
const reports = path.join(root, 'test-results', 'reports');

interface Stage {
  name: string;
  kind: StageKind;
  /** A command to spawn, or an in-process check returning its problems. */
  command: string[] | (() => string[]);
  env?: Record<string, string>;
  /** Capture stdout (still echoed) so `report` can read it. */
  capture?: boolean;
  /** Reads the runner's counts, failures and flaky tests after it exits. */
  report?: (output: string) => RunnerReport;
}

const vitestStage = (project: 'unit' | 'programs' | 'rpc'): Stage => {
  const file = path.join(reports, `vitest-${project}.json`);
  return {
    name: `vitest ${project}`,
    kind: 'tests',
    command: ['npx', 'vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`],
    env: { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    report: () => vitestReport(readJson(file), root),
  };
};

const playwrightJson = path.join(reports, 'playwright.json');

const stages: Stage[] = [
  { name: 'typecheck', kind: 'check', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint', kind: 'check', command: ['npx', 'eslint', '.', '--max-warnings=0'] },
  { name: 'test inventory', kind: 'check', command: () => inventoryProblems(treeFiles(root), vitestListedFiles(root), root) },
  vitestStage('unit'),
  vitestStage('programs'),
  vitestStage('rpc'),
  {
    // Every crate of the workspace: keel-sdk and each program's host tests
    // (reward, penalty and vote math, state layouts), and every future program.
    name: 'cargo test (sdk, programs)',
    kind: 'tests',
    // stderr joins stdout: cargo names each test binary (`Running …`) on
    // stderr and prints its results on stdout; the report pairs them.
    command: ['bash', '-c', 'cargo test --offline --manifest-path programs/Cargo.toml --workspace 2>&1'],
    // Debian's toolchain, never a rustup one that may sit earlier on PATH.
    env: { RUSTC: '/usr/bin/rustc', PATH: `/usr/bin:${process.env.PATH ?? ''}` },
    capture: true,
    report: cargoReport,
  },
  { name: 'verify:programs', kind: 'check', command: ['npm', 'run', '--silent', 'verify:programs'] },
  {
    name: 'e2e (playwright, chromium)',
    kind: 'tests',
    command: ['npx', 'playwright', 'test', '--reporter=line,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson },
    report: () => playwrightReport(readJson(playwrightJson)),
  },
];

const EMPTY: RunnerReport = { passed: 0, failed: 0, skipped: 0, flaky: [], failures: [] };

function runCheck(check: () => string[]): { exitOk: boolean; failures: string[] } {
  try {
    const problems = check();
    for (const p of problems) console.error(p);
    return { exitOk: problems.length === 0, failures: problems };
  } catch (e) {
    return { exitOk: false, failures: [(e as Error).message] };
  }
}

function runStage(stage: Stage): StageResult {
  const start = Date.now();
  const seconds = () => (Date.now() - start) / 1000;
  if (typeof stage.command === 'function') {
    console.info(`\n=== ${stage.name}`);
    return { name: stage.name, kind: stage.kind, ...EMPTY, ...runCheck(stage.command), seconds: seconds() };
  }
  console.info(`\n=== ${stage.name}: ${stage.command.join(' ')}`);
  const run = spawnSync(stage.command[0]!, stage.command.slice(1), {
    cwd: root,
    stdio: stage.capture ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    env: { ...process.env, ...stage.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = run.stdout ?? '';
  if (stage.capture) process.stdout.write(output);
  const report = stage.report?.(output) ?? EMPTY;
  return { name: stage.name, kind: stage.kind, ...report, exitOk: run.status === 0, seconds: seconds() };
}

function main(): void {
  const { selected, unknown } = selectStages(stages, process.argv.slice(2));
  if (unknown.length || !selected.length) {
    console.error(`test-all: no stage named ${unknown.map((u) => `'${u}'`).join(', ')}; stages: ${stages.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  rmSync(reports, { recursive: true, force: true });
  mkdirSync(reports, { recursive: true });
  const results = selected.map(runStage);
  console.info('\n=== summary');
  for (const line of summaryLines(results)) console.info(line);
  process.exit(allOk(results) ? 0 : 1);
}

main();
