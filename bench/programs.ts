/**
 * `npm run bench:programs`: compute units per program instruction, measured in
 * LiteSVM with the committed `programs/deploy/*.so`.
 *
 * Every `bench/programs/<program>.ts` exports `cases: ProgramBenchCase[]`. Each
 * case gets a fresh VM with every deployed Keel program loaded, sets up what it
 * needs and returns the compute units of the one transaction it measures. The
 * results go to `bench/results/programs.json`: one flat object
 * `{ "<program>.<instruction>[.<variant>]": units }` with sorted keys.
 *
 * A benchmark, not a test: a number never fails the run; it is printed next to
 * the case's `lastKnown` value so a change stands out. A case that throws (a
 * broken set-up) is reported and makes the exit code non-zero.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LiteSVM } from 'litesvm';
import type { ProgramName } from '@/lib/config/programs';
import { createSvm, DEPLOY_DIR } from '@/programs/test-support';

export interface ProgramBenchCase {
  /** `<program>.<instruction>`, optionally `.<variant>` (e.g. `probe.transfer.token_2022`). */
  key: string;
  /** Compute units last measured, for the printed comparison ("last known N"). */
  lastKnown?: number;
  /** Prepares state in `svm` and returns the compute units of the measured transaction. */
  run(svm: LiteSVM): Promise<number>;
}

const CASES_DIR = path.join(__dirname, 'programs');
const RESULTS_FILE = path.join(__dirname, 'results', 'programs.json');

function deployedPrograms(): ProgramName[] {
  return readdirSync(DEPLOY_DIR)
    .filter((f) => f.endsWith('.so'))
    .map((f) => f.slice(0, -3) as ProgramName)
    .sort();
}

async function loadCases(): Promise<ProgramBenchCase[]> {
  const files = readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort();
  const cases: ProgramBenchCase[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(CASES_DIR, file)).href)) as { cases?: ProgramBenchCase[] };
    if (!Array.isArray(mod.cases)) throw new Error(`bench/programs/${file} does not export \`cases\``);
    cases.push(...mod.cases);
  }
  const seen = new Set<string>();
  for (const c of cases) {
    if (seen.has(c.key)) throw new Error(`duplicate bench key ${c.key}`);
    seen.add(c.key);
  }
  return cases;
}

function delta(units: number, lastKnown: number | undefined): string {
  if (!lastKnown) return '';
  const d = units - lastKnown;
  if (d === 0) return '  (= last known)';
  const pct = ((d / lastKnown) * 100).toFixed(1);
  return `  (last known ${lastKnown}, ${d > 0 ? '+' : ''}${d}, ${d > 0 ? '+' : ''}${pct}%)`;
}

async function main(): Promise<void> {
  const programs = deployedPrograms();
  const cases = await loadCases();
  const results: Record<string, number> = {};
  let broken = 0;
  const width = Math.max(...cases.map((c) => c.key.length), 10);
  for (const c of cases) {
    try {
      const units = await c.run(createSvm(programs));
      results[c.key] = units;
      console.info(`${c.key.padEnd(width)}  ${String(units).padStart(7)} CU${delta(units, c.lastKnown)}`);
    } catch (e) {
      broken += 1;
      console.error(`${c.key.padEnd(width)}  FAILED: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const sorted = Object.fromEntries(Object.keys(results).sort().map((k) => [k, results[k]]));
  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
  console.info(`\n${Object.keys(sorted).length} case(s) → ${path.relative(process.cwd(), RESULTS_FILE)}`);
  if (broken) {
    console.error(`${broken} case(s) could not run`);
    process.exit(1);
  }
}

// Only when run as the script (case files import the type from here).
if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
