/**
 * Runs `cargo build` for the keel-sbf target. All flags live here (and in the
 * target spec), none in .cargo/config or the environment, so that what a build
 * means is in one file:
 *
 *   profile   release, opt-level 3, fat LTO, panic=abort, one codegen unit, no debug info
 *   rustc     --sysroot <cache>, -C linker=keel-link, -Z function-sections=no (one .text),
 *             -C llvm-args=-bpf-stack-size=4096 (SBF frames are 4 KiB; LLVM's default 512
 *             is a compile error for ordinary code)
 *   paths     the workspace, the Rust sources and CARGO_HOME are remapped, so no host path
 *             reaches the output (cargo already passes workspace-relative source paths,
 *             and its -C metadata hashes do not depend on the checkout path)
 *
 * The "linker" only keeps the LTO object; the artifact cargo reports as
 * `lib<name>.so` is that relocatable object, converted afterwards.
 */
import os from 'node:os';
import path from 'node:path';
import { isSummary, renderError, type CompilerMessage } from './diagnostics';
import { run, rustEnv, stripAnsi } from './exec';
import { CARGO, LINKER, RUST_SRC, RUSTC, SPEC_PATH, STACK_FRAME_LIMIT } from './paths';
import { rustcInfo } from './sysroot';

export const PROFILE_ENV: Record<string, string> = {
  CARGO_PROFILE_RELEASE_OPT_LEVEL: '3',
  CARGO_PROFILE_RELEASE_LTO: 'fat',
  CARGO_PROFILE_RELEASE_PANIC: 'abort',
  CARGO_PROFILE_RELEASE_CODEGEN_UNITS: '1',
  CARGO_PROFILE_RELEASE_DEBUG: 'false',
  CARGO_PROFILE_RELEASE_DEBUG_ASSERTIONS: 'false',
  CARGO_PROFILE_RELEASE_OVERFLOW_CHECKS: 'false',
  CARGO_PROFILE_RELEASE_INCREMENTAL: 'false',
};

export interface CargoOptions {
  /** Directory holding the workspace Cargo.toml. */
  workspace: string;
  packages: string[];
  targetDir: string;
  sysroot: string;
  /** Refuse to touch Cargo.lock (verification). */
  locked?: boolean;
}

export interface CargoOutcome {
  ok: boolean;
  /** Package name → the LTO object rustc produced for its cdylib. */
  objects: Map<string, string>;
  /** Packages cargo did not need to recompile. */
  fresh: Set<string>;
  errors: string[];
  warnings: string[];
}

export function rustflags(workspace: string, sysroot: string): string[] {
  const cargoHome = process.env.CARGO_HOME ?? path.join(os.homedir(), '.cargo');
  return [
    `--sysroot=${sysroot}`,
    '-Zunstable-options',
    `-Clinker=${LINKER}`,
    '-Zfunction-sections=no',
    `-Cllvm-args=-bpf-stack-size=${STACK_FRAME_LIMIT}`,
    `--remap-path-prefix=${cargoHome}=/cargo`,
    `--remap-path-prefix=${RUST_SRC}=/rustc/${rustcInfo().commit}`,
    `--remap-path-prefix=${workspace}=/keel`,
  ];
}

interface CargoMessage {
  reason: string;
  package_id?: string;
  target?: { name: string; kind: string[] };
  filenames?: string[];
  fresh?: boolean;
  message?: CompilerMessage;
  success?: boolean;
}

/** `path+file:///…/hello#0.1.0` or `path+file:///…/x#name@0.1.0` → package name. */
function packageName(id: string | undefined, fallback: string): string {
  if (!id) return fallback;
  const tail = id.slice(id.lastIndexOf('/') + 1);
  const [dir, version] = tail.split('#');
  return version?.includes('@') ? version.slice(0, version.indexOf('@')) : (dir ?? fallback);
}

export async function cargoBuild(options: CargoOptions): Promise<CargoOutcome> {
  const args = [
    'build',
    '--release',
    '--offline',
    ...(options.locked ? ['--locked'] : []),
    '-Zjson-target-spec',
    '--target',
    SPEC_PATH,
    '--message-format=json',
    '--color=never',
    ...options.packages.flatMap((p) => ['-p', p]),
  ];
  const env = rustEnv({
    RUSTC,
    CARGO_TARGET_DIR: options.targetDir,
    CARGO_ENCODED_RUSTFLAGS: rustflags(options.workspace, options.sysroot).join('\x1f'),
    ...PROFILE_ENV,
  });
  const r = await run(CARGO, args, { cwd: options.workspace, env });

  const objects = new Map<string, string>();
  const fresh = new Set<string>();
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const line of r.stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    const m = JSON.parse(line) as CargoMessage;
    if (m.reason === 'compiler-artifact' && m.target?.kind.includes('cdylib')) {
      const file = m.filenames?.find((f) => f.endsWith('.so'));
      const name = packageName(m.package_id, m.target.name);
      if (file) objects.set(name, file);
      if (m.fresh) fresh.add(name);
    } else if (m.reason === 'compiler-message' && m.message && !isSummary(m.message)) {
      const crate = m.target?.name ?? '?';
      if (m.message.level === 'error') errors.push(renderError(crate, m.message));
      else if (m.message.level === 'warning') warnings.push(stripAnsi(m.message.rendered ?? m.message.message).trimEnd());
    }
  }
  if (r.code !== 0 && errors.length === 0) {
    // Cargo's own failures (manifest, lock file, linker) are plain text on stderr.
    const lines = stripAnsi(r.stderr)
      .split('\n')
      .filter((l) => l.trim() && !/^\s*(Compiling|Finished|Blocking|Updating|Locking)\b/.test(l));
    errors.push(lines.join('\n') || `cargo exited with status ${r.code}`);
  }
  return { ok: r.code === 0, objects, fresh, errors, warnings };
}
