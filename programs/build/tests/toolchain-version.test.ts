/**
 * The toolchain check behind build:programs and verify:programs: fake `rustc -vV`
 * outputs against a fake record, asserting the sentence people read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPLOY_DIR } from '../toolchain/paths';
import { compareReleases, parseToolchain, recordText, toolchainProblem, ToolchainError, type ToolchainPolicy } from '../toolchain/version';

const rustcVV = (release: string, commit: string, llvm: string) => `rustc ${release} (${commit.slice(0, 9)} 2026-05-25) (built from a source tarball)
binary: rustc
commit-hash: ${commit}
commit-date: 2026-05-25
host: x86_64-unknown-linux-gnu
release: ${release}
LLVM version: ${llvm}
`;

const V196 = parseToolchain(rustcVV('1.96.0', 'ac68faa20c58cbccd01ee7208bf3b6e93a7d7f96', '22.1.8'), 'rustc -vV');
// What Debian 12's main archive installs when the apt lists are stale.
const V185 = parseToolchain(rustcVV('1.85.0', '4d91de4e48198da2e33413efdcd9cd2cc0c46688', '19.1.7'), 'rustc -vV');
const V197 = parseToolchain(rustcVV('1.97.0', '0123456789abcdef0123456789abcdef01234567', '22.1.8'), 'rustc -vV');
const RECORD = 'programs/deploy/TOOLCHAIN';
const POLICIES: ToolchainPolicy[] = ['exact', 'build', 'accept', 'minimum'];

describe('reading rustc -vV and TOOLCHAIN', () => {
  it('takes release, commit hash and LLVM version from rustc -vV', () => {
    expect(V196).toEqual({ release: '1.96.0', commitHash: 'ac68faa20c58cbccd01ee7208bf3b6e93a7d7f96', llvm: '22.1.8', debian: undefined });
  });

  it('writes a record that reads back the same, comments and Debian version included', () => {
    const record = { ...V196, debian: '1.96.0+dfsg1-1~deb12u2' };
    const text = recordText(record);
    expect(text).toContain('release: 1.96.0\ncommit-hash: ac68faa20c58cbccd01ee7208bf3b6e93a7d7f96\nLLVM version: 22.1.8\nrustc-web: 1.96.0+dfsg1-1~deb12u2\n');
    expect(parseToolchain(text, RECORD)).toEqual(record);
  });

  it('names the file and the missing line in a broken record', () => {
    expect(() => parseToolchain('release: 1.96.0\n', RECORD)).toThrow(new ToolchainError('programs/deploy/TOOLCHAIN: no `commit-hash:` line'));
  });

  it('the committed record is readable', () => {
    const record = parseToolchain(readFileSync(path.join(DEPLOY_DIR, 'TOOLCHAIN'), 'utf8'), RECORD);
    expect(record.release).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('compares releases by number, not as text', () => {
    expect(compareReleases('1.85.0', '1.96.0')).toBeLessThan(0);
    expect(compareReleases('1.100.0', '1.96.0')).toBeGreaterThan(0);
    expect(compareReleases('1.96.1', '1.96.0')).toBeGreaterThan(0);
    expect(compareReleases('1.96.0', '1.96.0')).toBe(0);
  });
});

describe('toolchainProblem', () => {
  it('lets the recorded compiler build and verify', () => {
    for (const policy of POLICIES) expect(toolchainProblem(V196, V196, policy, RECORD)).toBeUndefined();
  });

  it('stops an older compiler everywhere with one sentence naming both and the upgrade', () => {
    const sentence =
      'programs/build: rustc 1.85.0 (LLVM 19.1.7) is older than the toolchain the committed programs were built with ' +
      '(rustc 1.96.0, LLVM 22.1.8, programs/deploy/TOOLCHAIN): upgrade with ' +
      '`apt-get update && apt-get install rustc-web cargo-web rust-web-src` as root.';
    for (const policy of POLICIES) expect(toolchainProblem(V185, V196, policy, RECORD)).toBe(sentence);
  });

  it('makes verify refuse a newer compiler: it cannot reproduce the bytes', () => {
    expect(toolchainProblem(V197, V196, 'exact', RECORD)).toBe(
      'programs/build: rustc 1.97.0 (LLVM 22.1.8) is not the toolchain the committed programs were built with ' +
        '(rustc 1.96.0, LLVM 22.1.8, programs/deploy/TOOLCHAIN), so it cannot reproduce their bytes: ' +
        'verify with rustc-web 1.96.0 installed, or rebuild with `npm run build:programs -- --accept-toolchain` ' +
        'and commit the new .so files and TOOLCHAIN.',
    );
  });

  it('makes build ask for --accept-toolchain before moving to a newer compiler', () => {
    expect(toolchainProblem(V197, V196, 'build', RECORD)).toBe(
      'programs/build: rustc 1.97.0 (LLVM 22.1.8) is not the toolchain the committed programs were built with ' +
        '(rustc 1.96.0, LLVM 22.1.8, programs/deploy/TOOLCHAIN): to move the programs to it, rebuild with ' +
        '`npm run build:programs -- --accept-toolchain` and commit the new .so files and TOOLCHAIN.',
    );
    expect(toolchainProblem(V197, V196, 'accept', RECORD)).toBeUndefined();
    // Fixture builds in tests are never committed.
    expect(toolchainProblem(V197, V196, 'minimum', RECORD)).toBeUndefined();
  });

  it('names the commits when the same release was rebuilt from other sources', () => {
    const rebuilt = { ...V196, commitHash: 'ffffffffff58cbccd01ee7208bf3b6e93a7d7f96' };
    expect(toolchainProblem(rebuilt, V196, 'exact', RECORD)).toMatch(
      /^programs\/build: rustc 1\.96\.0 \(commit fffffffff, LLVM 22\.1\.8\) is not the toolchain .* \(rustc 1\.96\.0, commit ac68faa20, LLVM 22\.1\.8, programs\/deploy\/TOOLCHAIN\), so/,
    );
  });

  it('treats a different LLVM in the same release as a different compiler', () => {
    const otherLlvm = { ...V196, llvm: '22.1.9' };
    expect(toolchainProblem(otherLlvm, V196, 'build', RECORD)).toMatch(/^programs\/build: rustc 1\.96\.0 \(LLVM 22\.1\.9\) is not the toolchain/);
    expect(toolchainProblem(otherLlvm, V196, 'accept', RECORD)).toBeUndefined();
  });

  it('lets a build write a missing record, but verify needs one', () => {
    expect(toolchainProblem(V196, undefined, 'build', RECORD)).toBeUndefined();
    expect(toolchainProblem(V196, undefined, 'exact', RECORD)).toBe(
      'programs/build: programs/deploy/TOOLCHAIN is missing, so nothing says which compiler built the committed programs: ' +
        'run `npm run build:programs` with that compiler and commit TOOLCHAIN.',
    );
  });
});
