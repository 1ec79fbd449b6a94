/**
 * Every test file runs, exactly once. A `*.test.ts` that no vitest project
 * includes never runs (and nothing says so); one that two projects include
 * runs twice. A `*.spec.ts` outside Playwright's `e2e/` never runs either.
 *
 * The vitest side comes from `vitest list --filesOnly --json` (the projects'
 * own include/exclude rules, so the check cannot drift from the config); the
 * tree side from git (tracked files plus untracked, not ignored ones).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface ListedFile {
  file: string;
  projectName: string;
}

const TEST_FILE = /\.test\.tsx?$/;
const SPEC_FILE = /\.spec\.tsx?$/;

/** Problems with the test inventory, one sentence each; empty when all is well. */
export function inventoryProblems(tree: string[], listed: ListedFile[], root: string, e2eDir = 'e2e'): string[] {
  const problems: string[] = [];
  const projects = new Map<string, string[]>();
  for (const { file, projectName } of listed) {
    const rel = path.relative(root, file);
    projects.set(rel, [...(projects.get(rel) ?? []), projectName]);
  }
  for (const file of tree.filter((f) => TEST_FILE.test(f))) {
    const owners = projects.get(file) ?? [];
    if (owners.length === 0) problems.push(`${file} is in no vitest project, so it never runs (vitest.config.ts include patterns)`);
    if (owners.length > 1) problems.push(`${file} runs ${owners.length} times, in the vitest projects ${owners.join(', ')}: each test belongs to one project`);
  }
  for (const file of tree.filter((f) => SPEC_FILE.test(f) && !f.startsWith(`${e2eDir}/`)))
    problems.push(`${file} is outside ${e2eDir}/, so Playwright never runs it`);
  return problems;
}

/** The files git knows in the working tree: tracked, and untracked but not ignored. */
export function treeFiles(root: string): string[] {
  const run = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ls-files failed: ${run.stderr}`);
  return run.stdout.split('\n').filter(Boolean);
}

export function vitestListedFiles(root: string): ListedFile[] {
  const run = spawnSync('npx', ['vitest', 'list', '--filesOnly', '--json'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`vitest list failed: ${firstJsonError(run.stderr)}`);
  return JSON.parse(run.stdout.slice(run.stdout.indexOf('['))) as ListedFile[];
}

const firstJsonError = (text: string) => text.trim().split('\n').slice(-3).join(' ');
