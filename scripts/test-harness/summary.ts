/**
 * Turns stage results into the summary `npm test` prints last. Tests are
 * counted per test; checks (typecheck, lint, verify) are listed apart and never
 * added to the test totals. A test stage that ran no test fails: "passed" about
 * nothing is how a broken glob or an empty crate hides.
 */
import type { RunnerReport } from './reports';

export type StageKind = 'check' | 'tests';

export interface StageResult extends RunnerReport {
  name: string;
  kind: StageKind;
  /** The command exited 0. */
  exitOk: boolean;
  seconds: number;
}

/** Whether a stage passed: exit 0, no failed test, and (for tests) at least one ran. */
export function stageOk(r: StageResult): boolean {
  if (!r.exitOk || r.failed > 0 || r.failures.length > 0) return false;
  return r.kind === 'check' || r.passed > 0;
}

/** Why a stage failed when no test failure explains it. */
function stageProblem(r: StageResult): string | null {
  if (r.kind === 'tests' && r.exitOk && r.passed + r.failed === 0) return 'ran no tests';
  if (!r.exitOk && r.failures.length === 0) return 'exited non-zero';
  return null;
}

function stageLine(r: StageResult): string[] {
  const mark = stageOk(r) ? 'ok  ' : 'FAIL';
  const time = `(${r.seconds.toFixed(1)} s)`;
  const counts =
    r.kind === 'check'
      ? 'check'
      : `${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped${r.flaky.length ? `, ${r.flaky.length} flaky` : ''}`;
  const lines = [`${mark} ${r.name.padEnd(30)} ${counts} ${time}${r.detail ? ` [${r.detail}]` : ''}`];
  const problem = stageProblem(r);
  if (problem && !stageOk(r)) lines.push(`       ✗ ${problem}`);
  for (const f of r.failures) lines.push(`       ✗ ${f}`);
  for (const f of r.flaky) lines.push(`       ~ flaky (passed on retry): ${f}`);
  return lines;
}

/** The summary's lines; the last is the plain `tests: N passed, N failed, N skipped` CI reads. */
export function summaryLines(results: StageResult[]): string[] {
  const lines = results.flatMap(stageLine);
  const checks = results.filter((r) => r.kind === 'check');
  const tests = results.filter((r) => r.kind === 'tests');
  const failedChecks = checks.filter((r) => !stageOk(r));
  if (checks.length)
    lines.push(`checks: ${checks.length - failedChecks.length} ok, ${failedChecks.length} failed${failedChecks.length ? ` (${failedChecks.map((r) => r.name).join(', ')})` : ''}`);
  const flaky = tests.flatMap((r) => r.flaky);
  if (flaky.length) lines.push(`flaky: ${flaky.length} (${flaky.join('; ')})`);
  const sum = (f: (r: StageResult) => number) => tests.reduce((n, r) => n + f(r), 0);
  // A test stage that failed without a failed test (a crash, ran nothing) still counts one failure.
  const failed = sum((r) => (stageOk(r) ? r.failed : Math.max(r.failed, 1)));
  lines.push(`tests: ${sum((r) => r.passed)} passed, ${failed} failed, ${sum((r) => r.skipped)} skipped`);
  return lines;
}

export const allOk = (results: StageResult[]) => results.length > 0 && results.every(stageOk);

/**
 * The stages a command line selects by name prefix; every argument must match
 * one, or the run would pass having run nothing of what was asked.
 */
export function selectStages<S extends { name: string }>(stages: S[], args: string[]): { selected: S[]; unknown: string[] } {
  if (!args.length) return { selected: stages, unknown: [] };
  const unknown = args.filter((a) => !stages.some((s) => s.name.startsWith(a)));
  return { selected: stages.filter((s) => args.some((a) => s.name.startsWith(a))), unknown };
}
