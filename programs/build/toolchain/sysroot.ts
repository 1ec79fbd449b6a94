/**
 * The sysroot for keel-sbf: `core` as a bitcode-only rlib (-C linker-plugin-lto,
 * so nothing of core is code-generated until a program's fat LTO keeps what it
 * uses; code-generating all of core fails in the BPF backend) and an empty
 * `compiler_builtins` (the real one brings float routines the backend refuses,
 * and SBF programs call none of its functions).
 *
 * Built once (~15-20 s) into programs/.cache/sysroot-<key>/, where the key
 * hashes rustc's version, the target spec and the flags below, so a toolchain
 * or spec change builds a fresh one.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { run, runSync, rustEnv } from './exec';
import { withLock } from './lock';
import { CACHE_DIR, RUST_SRC, RUSTC, SPEC_PATH, TARGET_NAME } from './paths';

const COMPILER_BUILTINS = `#![feature(compiler_builtins)]
#![compiler_builtins]
#![no_builtins]
#![no_std]
#![allow(internal_features)]
`;

/** rustc's commit hash; core's source paths are remapped to /rustc/<hash> as in official builds. */
export function rustcInfo(): { verbose: string; commit: string } {
  const r = runSync(RUSTC, ['-vV']);
  if (r.code !== 0) throw new Error(`${RUSTC} -vV failed: ${r.stderr}`);
  const commit = /commit-hash: (\S+)/.exec(r.stdout)?.[1] ?? 'unknown';
  return { verbose: r.stdout, commit };
}

function sysrootFlags(commit: string): string[] {
  return [
    '--edition=2024',
    '--crate-type=rlib',
    `--target=${SPEC_PATH}`,
    '-Zunstable-options',
    '-Zforce-unstable-if-unmarked',
    '-Clinker-plugin-lto',
    '-Copt-level=3',
    '-Cpanic=abort',
    '-Ccodegen-units=1',
    '-Cdebuginfo=0',
    `--remap-path-prefix=${RUST_SRC}=/rustc/${commit}`,
  ];
}

export function sysrootKey(): string {
  const { verbose, commit } = rustcInfo();
  const h = createHash('sha256');
  // The spec path is host-specific; its content is what matters.
  for (const part of [verbose, readFileSync(SPEC_PATH, 'utf8'), sysrootFlags(commit).filter((f) => !f.startsWith('--target=')).join(' '), COMPILER_BUILTINS]) {
    h.update(part).update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

export interface SysrootOptions {
  cacheDir?: string;
  log?: (line: string) => void;
}

/** Returns the sysroot directory, building it first if the cache has none for this toolchain. */
export async function ensureSysroot(options: SysrootOptions = {}): Promise<string> {
  const cacheDir = options.cacheDir ?? CACHE_DIR;
  const log = options.log ?? (() => {});
  const key = sysrootKey();
  const sysroot = path.join(cacheDir, `sysroot-${key}`);
  const libDir = (root: string) => path.join(root, 'lib', 'rustlib', TARGET_NAME, 'lib');
  if (existsSync(path.join(libDir(sysroot), 'libcore.rlib'))) return sysroot;

  mkdirSync(cacheDir, { recursive: true });
  return withLock(path.join(cacheDir, `sysroot-${key}.lock`), async () => {
    if (existsSync(path.join(libDir(sysroot), 'libcore.rlib'))) return sysroot; // built while we waited
    const started = Date.now();
    const shown = path.relative(process.cwd(), sysroot);
    log(`building the keel-sbf sysroot (core, compiler_builtins) into ${shown.startsWith('..') ? sysroot : shown} …`);
    // Leftovers of builds that were killed; we hold this key's lock, so none is live.
    for (const old of readdirSync(cacheDir)) {
      if (old.startsWith(`${path.basename(sysroot)}.tmp-`)) rmSync(path.join(cacheDir, old), { recursive: true, force: true });
    }
    const tmp = `${sysroot}.tmp-${process.pid}`;
    mkdirSync(libDir(tmp), { recursive: true });
    const { commit } = rustcInfo();
    const flags = sysrootFlags(commit);
    const env = rustEnv();

    const core = await run(RUSTC, [...flags, '--crate-name=core', path.join(RUST_SRC, 'library/core/src/lib.rs'), '-o', path.join(libDir(tmp), 'libcore.rlib')], { env });
    if (core.code !== 0) throw new Error(`building core for ${TARGET_NAME} failed:\n${core.stderr}`);

    const cbSource = path.join(tmp, 'compiler_builtins.rs');
    writeFileSync(cbSource, COMPILER_BUILTINS);
    // The source sits in a temporary directory; remap it so the rlib is the same everywhere.
    const cb = await run(
      RUSTC,
      [...flags, '--crate-name=compiler_builtins', `--sysroot=${tmp}`, `--remap-path-prefix=${tmp}=/keel-sysroot`, cbSource, '-o', path.join(libDir(tmp), 'libcompiler_builtins.rlib')],
      { env },
    );
    if (cb.code !== 0) throw new Error(`building compiler_builtins for ${TARGET_NAME} failed:\n${cb.stderr}`);
    rmSync(cbSource);

    renameSync(tmp, sysroot);
    log(`sysroot built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return sysroot;
  });
}
