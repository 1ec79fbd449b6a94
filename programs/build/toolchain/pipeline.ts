/**
 * Source → deployable .so for every program of a workspace:
 * sysroot (cached) → `cargo build -p <program>` (one call per program, so each
 * gets its own time; shared crates are compiled during the first) → convert the
 * LTO object → `<outDir>/<name>.so`.
 *
 * Failures are collected per program and thrown together as a BuildError whose
 * message is what the user reads: one block per failing program.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { convert } from '../elf/convert';
import { ConvertError } from '../elf/errors';
import { cargoBuild } from './cargo';
import { PROGRAMS_DIR, TARGET_DIR } from './paths';
import { ensureSysroot } from './sysroot';
import { checkToolchain, type ToolchainPolicy } from './version';
import { listPrograms, type Program } from './workspace';

export interface BuildOptions {
  /** Workspace directory (default: programs/). */
  workspace?: string;
  /** Program names (directory names) to build; default all. */
  only?: string[];
  outDir: string;
  targetDir?: string;
  cacheDir?: string;
  locked?: boolean;
  /** How the compiler must match programs/deploy/TOOLCHAIN (default: not older). */
  toolchain?: ToolchainPolicy;
  log?: (line: string) => void;
}

export interface ProgramBuild {
  name: string;
  file: string;
  bytes: Uint8Array;
  seconds: number;
  textSize: number;
  rodataSize: number;
  syscalls: string[];
}

export interface ProgramFailure {
  program: string;
  messages: string[];
}

export class BuildError extends Error {
  readonly failures: ProgramFailure[];

  constructor(failures: ProgramFailure[]) {
    const blocks = failures.map((f) => `✗ program \`${f.program}\` failed to build:\n${f.messages.map((m) => indent(m)).join('\n')}`);
    super(blocks.join('\n\n'));
    this.name = 'BuildError';
    this.failures = failures;
  }
}

const indent = (text: string) =>
  text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');

export function selectPrograms(all: Program[], only: string[] | undefined): Program[] {
  if (!only?.length) return all;
  const unknown = only.filter((n) => !all.some((p) => p.name === n));
  if (unknown.length) {
    throw new Error(`unknown program(s): ${unknown.join(', ')}. Programs: ${all.map((p) => p.name).join(', ') || '(none)'}`);
  }
  return all.filter((p) => only.includes(p.name));
}

export async function buildPrograms(options: BuildOptions): Promise<ProgramBuild[]> {
  const workspace = options.workspace ?? PROGRAMS_DIR;
  const log = options.log ?? (() => {});
  // Before the sysroot: with the wrong rustc, building core fails with target-spec errors.
  checkToolchain(options.toolchain ?? 'minimum');
  const sysroot = await ensureSysroot({ cacheDir: options.cacheDir, log });
  const programs = selectPrograms(listPrograms(workspace), options.only);
  mkdirSync(options.outDir, { recursive: true });

  const built: ProgramBuild[] = [];
  const failures: ProgramFailure[] = [];
  const seenWarnings = new Set<string>();
  for (const program of programs) {
    const started = performance.now();
    const outcome = await cargoBuild({
      workspace,
      packages: [program.package],
      targetDir: options.targetDir ?? TARGET_DIR,
      sysroot,
      locked: options.locked,
    });
    for (const w of outcome.warnings) {
      if (!seenWarnings.has(w)) log(w);
      seenWarnings.add(w);
    }
    const object = outcome.objects.get(program.package);
    if (!outcome.ok || !object) {
      failures.push({ program: program.name, messages: outcome.errors.length ? outcome.errors : ['cargo reported no object for this program'] });
      continue;
    }
    try {
      const result = convert(readFileSync(object));
      const file = path.join(options.outDir, `${program.name}.so`);
      writeFileSync(file, result.so);
      const seconds = (performance.now() - started) / 1000;
      built.push({ name: program.name, file, bytes: result.so, seconds, textSize: result.textSize, rodataSize: result.rodataSize, syscalls: result.syscalls });
      const note = outcome.fresh.has(program.package) ? '  (compiled object up to date)' : '';
      log(`  ${program.name.padEnd(16)} ${seconds.toFixed(2).padStart(6)} s  ${String(result.so.length).padStart(7)} bytes${note}`);
    } catch (e) {
      if (!(e instanceof ConvertError)) throw e;
      failures.push({ program: program.name, messages: [`${e.message} [${e.code}]`] });
    }
  }
  if (failures.length) throw new BuildError(failures);
  return built;
}
