/**
 * Which compiler the committed programs were built with, and whether the
 * installed one may build or verify them. Identical bytes need the same rustc
 * and the LLVM inside it, and Debian moves `rustc-web` between versions; an
 * older one fails deep in the sysroot build with target-spec errors that never
 * mention a version. So build and verify compare first and stop with one
 * sentence that names both compilers and the fix.
 *
 * programs/deploy/TOOLCHAIN is `key: value` lines (`#` starts a comment): the
 * `release`, `commit-hash` and `LLVM version` lines exactly as `rustc -vV`
 * prints them, so one parser reads both and anyone can compare by eye, plus
 * the Debian package version for people installing it (not compared: the
 * three rustc fields are what decide the output).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runSync } from './exec';
import { DEPLOY_DIR, PROGRAMS_DIR, RUSTC, TOOLCHAIN_FILE } from './paths';

export interface RustcVersion {
  release: string;
  commitHash: string;
  llvm: string;
}

export interface ToolchainRecord extends RustcVersion {
  /** Version of Debian's rustc-web package that provided the compiler. */
  debian?: string;
}

/**
 * How closely the installed compiler must match the record:
 *   exact    verify:programs: another compiler cannot reproduce the committed bytes
 *   build    build:programs: an older one is an error, any other needs --accept-toolchain
 *   accept   build:programs --accept-toolchain: a newer or different one replaces the record
 *   minimum  fixture builds in tests: only an older one is an error (fixtures are never committed)
 * Older is an error everywhere: the target spec format moves with rustc, and
 * going back a version is almost always a machine with stale apt lists.
 */
export type ToolchainPolicy = 'exact' | 'build' | 'accept' | 'minimum';

/** The record's path as people see it (relative to the repository), for messages. */
export function recordPath(dir = DEPLOY_DIR): string {
  return path.relative(path.dirname(PROGRAMS_DIR), path.join(dir, TOOLCHAIN_FILE));
}

const APT_INSTALL = '`apt-get update && apt-get install rustc-web cargo-web rust-web-src`';
const ACCEPT = '`npm run build:programs -- --accept-toolchain`';

export class ToolchainError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ToolchainError';
  }
}

function fields(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([^#:][^:]*):\s*(.*?)\s*$/.exec(line);
    if (m) map.set(m[1]!.trim(), m[2]!);
  }
  return map;
}

/** Reads `rustc -vV` output, or a TOOLCHAIN file (same keys); `source` names it in errors. */
export function parseToolchain(text: string, source: string): ToolchainRecord {
  const f = fields(text);
  const need = (key: string) => {
    const value = f.get(key);
    if (!value) throw new ToolchainError(`${source}: no \`${key}:\` line`);
    return value;
  };
  return { release: need('release'), commitHash: need('commit-hash'), llvm: need('LLVM version'), debian: f.get('rustc-web') };
}

export function recordText(record: ToolchainRecord): string {
  return [
    '# The compiler that built the .so files in this directory: release, commit-hash and',
    '# LLVM version are lines of `/usr/bin/rustc -vV`; rustc-web is its Debian package.',
    '# Written by `npm run build:programs`; build and verify:programs stop on any other',
    '# compiler (programs/build/README.md).',
    `release: ${record.release}`,
    `commit-hash: ${record.commitHash}`,
    `LLVM version: ${record.llvm}`,
    ...(record.debian ? [`rustc-web: ${record.debian}`] : []),
    '',
  ].join('\n');
}

/** Numeric comparison of `1.96.0`-style releases: negative, zero or positive. */
export function compareReleases(a: string, b: string): number {
  const parts = (r: string) => r.split('-')[0]!.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const sameToolchain = (a: RustcVersion, b: RustcVersion) => a.release === b.release && a.commitHash === b.commitHash && a.llvm === b.llvm;

/** ["rustc 1.96.0", "LLVM 22.1.8"]; the commit too when it is all that differs from `other`. */
function versionParts(v: RustcVersion, other: RustcVersion): string[] {
  const commitOnly = v.release === other.release && v.llvm === other.llvm;
  return [`rustc ${v.release}`, ...(commitOnly ? [`commit ${v.commitHash.slice(0, 9)}`] : []), `LLVM ${v.llvm}`];
}

/**
 * The sentence that stops a build or verify, or undefined when the installed
 * compiler may go ahead. Pure, so every case is unit-tested.
 */
export function toolchainProblem(
  installed: RustcVersion,
  recorded: RustcVersion | undefined,
  policy: ToolchainPolicy,
  record = recordPath(),
): string | undefined {
  if (!recorded) {
    // A build writes the record; only verify needs one to say what it checks against.
    if (policy !== 'exact') return undefined;
    return (
      `programs/build: ${record} is missing, so nothing says which compiler built the committed programs: ` +
      `run \`npm run build:programs\` with that compiler and commit ${TOOLCHAIN_FILE}.`
    );
  }
  if (sameToolchain(installed, recorded)) return undefined;
  const [rustc, ...details] = versionParts(installed, recorded);
  const have = `${rustc} (${details.join(', ')})`;
  const want = [...versionParts(recorded, installed), record].join(', ');
  if (compareReleases(installed.release, recorded.release) < 0) {
    return `programs/build: ${have} is older than the toolchain the committed programs were built with (${want}): upgrade with ${APT_INSTALL} as root.`;
  }
  if (policy === 'accept' || policy === 'minimum') return undefined;
  const notIt = `programs/build: ${have} is not the toolchain the committed programs were built with (${want})`;
  if (policy === 'build') {
    return `${notIt}: to move the programs to it, rebuild with ${ACCEPT} and commit the new .so files and ${TOOLCHAIN_FILE}.`;
  }
  return (
    `${notIt}, so it cannot reproduce their bytes: verify with rustc-web ${recorded.release} installed, ` +
    `or rebuild with ${ACCEPT} and commit the new .so files and ${TOOLCHAIN_FILE}.`
  );
}

/** The compiler at /usr/bin/rustc, with a sentence rather than ENOENT when there is none. */
export function installedToolchain(): RustcVersion {
  let r;
  try {
    r = runSync(RUSTC, ['-vV']);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    throw new ToolchainError(`programs/build: ${RUSTC} is not installed: install it with ${APT_INSTALL} as root.`);
  }
  if (r.code !== 0) throw new ToolchainError(`programs/build: \`${RUSTC} -vV\` failed: ${r.stderr.trim()}`);
  return parseToolchain(r.stdout, `${RUSTC} -vV`);
}

/** Debian's version of the package that owns /usr/bin/rustc, when dpkg knows it. */
function debianVersion(): string | undefined {
  try {
    const r = runSync('dpkg-query', ['-W', '-f=${Version}', 'rustc-web']);
    return r.code === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
  } catch {
    return undefined; // not a Debian machine
  }
}

export function readToolchainRecord(dir = DEPLOY_DIR): ToolchainRecord | undefined {
  const file = path.join(dir, TOOLCHAIN_FILE);
  return existsSync(file) ? parseToolchain(readFileSync(file, 'utf8'), recordPath(dir)) : undefined;
}

/** Records the installed compiler as the one that built the .so files in `dir`. */
export function writeToolchainRecord(dir = DEPLOY_DIR): ToolchainRecord {
  const record = { ...installedToolchain(), debian: debianVersion() };
  writeFileSync(path.join(dir, TOOLCHAIN_FILE), recordText(record));
  return record;
}

/** Stops (ToolchainError) unless the installed compiler may build or verify under `policy`. */
export function checkToolchain(policy: ToolchainPolicy, dir = DEPLOY_DIR): RustcVersion {
  const installed = installedToolchain();
  const problem = toolchainProblem(installed, readToolchainRecord(dir), policy, recordPath(dir));
  if (problem) throw new ToolchainError(problem);
  return installed;
}
