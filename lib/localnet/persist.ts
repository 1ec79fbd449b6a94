/**
 * The chain on disk, in one directory (default `.localnet/`):
 * - `state.svm`: LiteSVM's snapshot (accounts, sysvars, programs);
 * - `state.json`: ChainMeta (genesis hash, time and warp, slot and height, blockhashes, faucet);
 * - `state.history.jsonl`: the ledger, one TxRecord per line, appended;
 * - `state.programs`: the `programs/deploy/SHA256SUMS` the state was made
 *   with. Program accounts of another build may not read it (a layout change,
 *   e.g. issue 7's config and position v2), so a chain saved with other
 *   programs is moved aside (`previous-<time>/`) and a fresh one seeded.
 * Whole files are written to a temporary name and renamed, so a crash mid-save
 * leaves the previous snapshot.
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LocalChain, type ChainMeta } from './chain';
import type { TxRecord } from './history';

export interface StatePaths {
  dir: string;
  svm: string;
  meta: string;
  history: string;
  programs: string;
}

export function statePaths(dir: string): StatePaths {
  return {
    dir,
    svm: path.join(dir, 'state.svm'),
    meta: path.join(dir, 'state.json'),
    history: path.join(dir, 'state.history.jsonl'),
    programs: path.join(dir, 'state.programs'),
  };
}

/** Records which program build the saved state belongs to. */
export function saveProgramsFingerprint(paths: StatePaths, fingerprint: string): void {
  mkdirSync(paths.dir, { recursive: true });
  writeAtomic(paths.programs, fingerprint);
}

/**
 * When the saved state was made with other programs than `fingerprint`, moves
 * it to `previous-<time>/` beside it and returns that directory (null when
 * there is no saved state or it matches). A state saved before fingerprints
 * counts as other programs.
 */
export function setAsideIfProgramsChanged(paths: StatePaths, fingerprint: string, now = Date.now()): string | null {
  if (!existsSync(paths.svm)) return null;
  const saved = existsSync(paths.programs) ? readFileSync(paths.programs, 'utf8') : null;
  if (saved === fingerprint) return null;
  const aside = path.join(paths.dir, `previous-${now}`);
  mkdirSync(aside, { recursive: true });
  for (const f of [paths.svm, paths.meta, paths.history, paths.programs]) {
    if (existsSync(f)) renameSync(f, path.join(aside, path.basename(f)));
  }
  return aside;
}

function writeAtomic(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

export function saveChain(chain: LocalChain, paths: StatePaths): void {
  mkdirSync(paths.dir, { recursive: true });
  writeAtomic(paths.svm, chain.svm.toBytes());
  const fresh = chain.history.unsavedRecords();
  if (fresh.length) {
    appendFileSync(paths.history, fresh.map((r) => JSON.stringify(r)).join('\n') + '\n');
    chain.history.markSaved(fresh.length);
  }
  writeAtomic(paths.meta, JSON.stringify(chain.meta()));
  chain.dirty = false;
}

/** The saved chain, or null when there is none. */
export function loadChain(paths: StatePaths): LocalChain | null {
  if (!existsSync(paths.svm) || !existsSync(paths.meta)) return null;
  const meta = JSON.parse(readFileSync(paths.meta, 'utf8')) as ChainMeta;
  if (meta.version !== 1) throw new Error(`${paths.meta}: unknown state version ${meta.version}; start with --reset`);
  const records: TxRecord[] = existsSync(paths.history)
    ? readFileSync(paths.history, 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as TxRecord)
    : [];
  return LocalChain.restore(readFileSync(paths.svm), meta, records);
}

export function clearState(paths: StatePaths): void {
  for (const f of [paths.svm, paths.meta, paths.history, paths.programs]) rmSync(f, { force: true });
}
