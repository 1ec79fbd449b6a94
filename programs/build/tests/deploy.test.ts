/** The deploy directory bookkeeping behind build:programs and verify:programs. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareDeploy, pruneStale, writeSums } from '../toolchain/deploy';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'keel-deploy-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (...b: number[]) => new Uint8Array(b);

function commit(files: Record<string, Uint8Array>) {
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  writeSums(dir);
}

describe('SHA256SUMS', () => {
  it('is in sha256sum format, sorted, and checks with `sha256sum -c`', () => {
    commit({ 'staking.so': bytes(1, 2, 3), 'governance.so': bytes(4) });
    const text = writeSums(dir);
    expect(text).toMatch(/^[0-9a-f]{64} {2}governance\.so\n[0-9a-f]{64} {2}staking\.so\n$/);
    expect(() => execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: dir })).not.toThrow();
  });
});

describe('compareDeploy (verify:programs)', () => {
  const rebuilt = () => new Map([['a.so', bytes(1, 2, 3)], ['b.so', bytes(9)]]);

  it('finds nothing when the committed files are what was rebuilt', () => {
    commit({ 'a.so': bytes(1, 2, 3), 'b.so': bytes(9) });
    expect(compareDeploy(dir, rebuilt())).toEqual([]);
  });

  it('names a .so that differs by one byte', () => {
    commit({ 'a.so': bytes(1, 2, 4), 'b.so': bytes(9) });
    const problems = compareDeploy(dir, rebuilt());
    expect(problems.some((p) => /a\.so: differs/.test(p))).toBe(true);
    expect(problems.some((p) => /b\.so/.test(p))).toBe(false);
    // The SHA256SUMS written for the wrong bytes is wrong too.
    expect(problems.some((p) => /SHA256SUMS: differs/.test(p))).toBe(true);
  });

  it('names a missing .so, a stale one and a stale SHA256SUMS', () => {
    commit({ 'a.so': bytes(1, 2, 3), 'old.so': bytes(7) });
    const problems = compareDeploy(dir, rebuilt());
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/b\.so: missing/), expect.stringMatching(/old\.so: stale/), expect.stringMatching(/SHA256SUMS: differs/)]));
  });

  it('notices a hand-edited SHA256SUMS even when every .so matches', () => {
    commit({ 'a.so': bytes(1, 2, 3), 'b.so': bytes(9) });
    writeFileSync(path.join(dir, 'SHA256SUMS'), '0'.repeat(64) + '  a.so\n');
    expect(compareDeploy(dir, rebuilt())).toEqual([expect.stringMatching(/SHA256SUMS: differs/)]);
  });

  it('prunes .so files of programs that are gone', () => {
    commit({ 'a.so': bytes(1), 'gone.so': bytes(2) });
    expect(pruneStale(dir, new Set(['a.so']))).toEqual(['gone.so']);
    expect(compareDeploy(dir, new Map([['a.so', bytes(1)]]))).toEqual([expect.stringMatching(/SHA256SUMS: differs/)]);
  });
});
