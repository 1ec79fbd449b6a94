/**
 * Starts a whole local chain: restore or create, deploy programs, seed a fresh
 * chain, serve JSON-RPC, tick the clock, save periodically and on close.
 * Used by scripts/chain.ts, scripts/dev.ts and the RPC tests.
 */
import path from 'node:path';
import { LocalChain } from './chain';
import { deployPrograms, type DeployedProgram } from './deploy';
import { SLOT_MS } from './clock';
import { existsSync, readFileSync } from 'node:fs';
import { clearState, loadChain, saveChain, saveProgramsFingerprint, setAsideIfProgramsChanged, statePaths } from './persist';
import { seed as defaultSeed, SEED_VERSION } from './seed';
import { seedContext, type SeedContext } from './seed-context';
import { createServer, type RpcServer } from './server';

const ROOT = path.resolve(__dirname, '..', '..');

export interface LocalnetOptions {
  host?: string;
  /** HTTP port (default 8899; 0 = any free pair); the websocket is on port + 1. */
  port?: number;
  /** Where state is kept (default `.localnet/`); null keeps nothing on disk. */
  stateDir?: string | null;
  /** Forget saved state and start a fresh chain. */
  reset?: boolean;
  /** Enables keel_warpTime. */
  devMode?: boolean;
  programsDir?: string;
  keysDir?: string;
  /** Genesis seeding for a fresh chain; false skips it. */
  seed?: ((ctx: SeedContext) => Promise<void>) | false;
  saveIntervalMs?: number;
  log?: (message: string) => void;
}

export interface Localnet {
  chain: LocalChain;
  server: RpcServer;
  url: string;
  wsUrl: string;
  restored: boolean;
  deployed: DeployedProgram[];
  save(): void;
  close(): Promise<void>;
}

export async function startLocalnet(opts: LocalnetOptions = {}): Promise<Localnet> {
  const log = opts.log ?? ((m: string) => console.info(`[chain] ${m}`));
  const stateDir = opts.stateDir === undefined ? path.join(ROOT, '.localnet') : opts.stateDir;
  const paths = stateDir ? statePaths(stateDir) : null;
  if (paths && opts.reset) clearState(paths);
  const programsDir = opts.programsDir ?? path.join(ROOT, 'programs', 'deploy');
  const sums = path.join(programsDir, 'SHA256SUMS');
  const seed = opts.seed === undefined ? defaultSeed : opts.seed;
  // The programs, and the genesis seed's version when it is the demo's: a chain
  // seeded by an older seed lacks what the app now expects (e.g. the makers season).
  const fingerprint = (existsSync(sums) ? readFileSync(sums, 'utf8') : '') + (seed === defaultSeed ? `seed ${SEED_VERSION}\n` : '');
  const aside = paths ? setAsideIfProgramsChanged(paths, fingerprint) : null;
  if (aside) log(`the saved chain was made with other programs or an older demo seed (their accounts may not read it): kept in ${aside}, starting fresh`);

  const loaded = paths ? loadChain(paths) : null;
  const chain = loaded ?? LocalChain.create();
  log(loaded ? `restored state from ${paths!.dir} (slot ${chain.slot}, ${chain.history.size} transactions)` : 'fresh chain');

  const { deployed, problems } = deployPrograms(chain.svm, programsDir, opts.keysDir ?? path.join(ROOT, 'programs', 'keys'));
  for (const p of deployed) log(`deployed ${p.name} at ${p.programId}`);
  for (const p of problems) log(`not deployed: ${p}`);
  if (!deployed.length && !problems.length) log('no programs/deploy/*.so yet; only the built-in SPL programs are available');

  if (!loaded && seed) await seed(seedContext(chain, deployed, (m) => log(`seed: ${m}`)));

  if (paths) saveProgramsFingerprint(paths, fingerprint);
  const save = () => {
    if (paths) saveChain(chain, paths);
  };
  save();

  const server = await createServer({ chain, host: opts.host, port: opts.port, devMode: opts.devMode, log });
  const ticker = setInterval(() => chain.tick(), SLOT_MS);
  const saver = setInterval(() => {
    if (!chain.dirty) return;
    try {
      save();
    } catch (e) {
      log(`save failed: ${(e as Error).message}`);
    }
  }, opts.saveIntervalMs ?? 10_000);

  let closing: Promise<void> | undefined;
  return {
    chain,
    server,
    url: server.url,
    wsUrl: server.wsUrl,
    restored: Boolean(loaded),
    deployed,
    save,
    close() {
      closing ??= (async () => {
        clearInterval(ticker);
        clearInterval(saver);
        await server.close();
        save();
      })();
      return closing;
    },
  };
}
