/**
 * The committed deploy directory: `<name>.so` per program plus SHA256SUMS.
 * Shared by build (write) and verify (compare).
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SUMS_FILE } from './paths';
import { sha256, sumsText } from './sums';

export function readDeployed(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir).sort()) if (name.endsWith('.so')) files.set(name, readFileSync(path.join(dir, name)));
  return files;
}

/** Rewrites SHA256SUMS from the .so files present. */
export function writeSums(dir: string): string {
  const text = sumsText(readDeployed(dir));
  writeFileSync(path.join(dir, SUMS_FILE), text);
  return text;
}

/** Removes .so files of programs that no longer exist; returns their names. */
export function pruneStale(dir: string, keep: Set<string>): string[] {
  const stale = [...readDeployed(dir).keys()].filter((f) => !keep.has(f));
  for (const f of stale) rmSync(path.join(dir, f));
  return stale;
}

/**
 * Every difference between a committed deploy directory and freshly built
 * files (name → bytes), one human-readable line each; empty when identical.
 */
export function compareDeploy(dir: string, rebuilt: Map<string, Uint8Array>): string[] {
  const rel = (f: string) => path.join(path.relative(process.cwd(), dir) || '.', f);
  const committed = readDeployed(dir);
  const problems: string[] = [];
  for (const [name, bytes] of rebuilt) {
    const old = committed.get(name);
    if (!old) problems.push(`${rel(name)}: missing (the program builds but its .so is not committed)`);
    else if (Buffer.compare(Buffer.from(old), Buffer.from(bytes)) !== 0) {
      problems.push(`${rel(name)}: differs (committed sha256 ${sha256(old)}, rebuilt ${sha256(bytes)}, ${old.length} vs ${bytes.length} bytes)`);
    }
  }
  for (const name of committed.keys()) {
    if (!rebuilt.has(name)) problems.push(`${rel(name)}: stale (no program builds it)`);
  }
  const sumsPath = path.join(dir, SUMS_FILE);
  const expected = sumsText(rebuilt);
  const actual = existsSync(sumsPath) ? readFileSync(sumsPath, 'utf8') : undefined;
  if (actual === undefined) problems.push(`${rel(SUMS_FILE)}: missing`);
  else if (actual !== expected) problems.push(`${rel(SUMS_FILE)}: differs from the rebuilt files' hashes`);
  return problems;
}
