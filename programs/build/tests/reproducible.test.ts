/**
 * The same source must give the same bytes wherever the checkout lives: build
 * the hello fixture from two copies of the fixture workspace at different
 * paths (and different target directories) and compare.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../toolchain/paths';
import { BUILD_TIMEOUT, buildFixture } from './helpers/fixtures';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

async function buildCopyAt(...segments: string[]) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'keel-repro-'));
  roots.push(root);
  const workspace = path.join(root, ...segments);
  cpSync(FIXTURES_DIR, workspace, { recursive: true });
  const built = await buildFixture('hello', { workspace, targetDir: path.join(root, 'target'), outDir: path.join(root, 'out') });
  return { workspace, bytes: Buffer.from(built.bytes) };
}

describe('reproducible builds', { timeout: BUILD_TIMEOUT }, () => {
  it('gives byte-identical .so files from two checkout paths, with no path inside', async () => {
    const a = await buildCopyAt('a');
    const b = await buildCopyAt('somewhere', 'much', 'deeper', 'checkout');
    expect(a.bytes.length).toBeGreaterThan(0);
    expect(Buffer.compare(a.bytes, b.bytes)).toBe(0);
    // The panic location is in the binary, as a checkout-relative path.
    expect(a.bytes.includes(Buffer.from('hello/src/lib.rs'))).toBe(true);
    // HOME may be `/` (as under CI); the root itself is no leak, and every
    // binary has a `/` in it somewhere.
    const leaks = [a.workspace, b.workspace, os.tmpdir(), os.homedir(), '/usr/lib/rustlib'].filter((p) => p !== path.parse(p).root);
    for (const leak of leaks) {
      expect(a.bytes.includes(Buffer.from(leak))).toBe(false);
    }
  });
});
