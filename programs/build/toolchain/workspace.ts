/**
 * The programs of a workspace: every member with a `cdylib` library. A
 * program's name is its directory name (programs/staking → staking.so),
 * whatever its package is called.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runSync, rustEnv } from './exec';
import { CARGO, RUSTC } from './paths';

export interface Program {
  /** Directory name = output name (`<name>.so`). */
  name: string;
  /** Cargo package name, for `cargo build -p`. */
  package: string;
  dir: string;
}

interface Metadata {
  packages: { name: string; manifest_path: string; targets: { kind: string[] }[] }[];
  workspace_members: string[];
}

export function listPrograms(workspace: string): Program[] {
  const r = runSync(CARGO, ['metadata', '--no-deps', '--offline', '--format-version=1', '--color=never'], {
    cwd: workspace,
    env: rustEnv({ RUSTC }),
  });
  if (r.code !== 0) {
    const notCrate = /failed to read `(.*)\/Cargo\.toml`/.exec(r.stderr)?.[1];
    const hint = notCrate
      ? `\n${notCrate}/ is not a crate: add "${path.basename(notCrate)}" to \`exclude\` in ${path.join(workspace, 'Cargo.toml')}.`
      : '';
    throw new Error(`cargo metadata failed in ${workspace}:\n${r.stderr.trim()}${hint}`);
  }
  const meta = JSON.parse(r.stdout) as Metadata;
  // Cargo silently ignores a crate directory that is not a member; a program
  // that is never built (and never deployed) must not go unnoticed.
  const memberDirs = new Set(meta.packages.map((p) => path.dirname(p.manifest_path)));
  const strays = readdirSync(workspace, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(workspace, d.name, 'Cargo.toml')))
    .map((d) => d.name)
    .filter((name) => !memberDirs.has(path.join(workspace, name)));
  if (strays.length) {
    throw new Error(
      `${strays.map((s) => `${s}/`).join(', ')} in ${workspace} ha${strays.length > 1 ? 've' : 's'} a Cargo.toml but ` +
        `${strays.length > 1 ? 'are' : 'is'} not a workspace member: add ${strays.map((s) => `"${s}"`).join(', ')} to \`members\` in ${path.join(workspace, 'Cargo.toml')}`,
    );
  }
  return meta.packages
    .filter((p) => p.targets.some((t) => t.kind.includes('cdylib')))
    .map((p) => ({ name: path.basename(path.dirname(p.manifest_path)), package: p.name, dir: path.dirname(p.manifest_path) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
