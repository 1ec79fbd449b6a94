/**
 * `npm run dev`: the local chain (in this process) and then `next dev` on
 * port 3000 (`--app-port N` to change it). Chain flags pass through
 * (`npm run dev -- --reset`, see lib/localnet/cli.ts). Ctrl+C or
 * SIGTERM stops Next first, then saves and stops the chain; if Next exits on
 * its own, the chain is stopped too. The staking keeper (lib/keeper) runs
 * against the chain every 60 s, logging as `[keeper]`; `KEEL_KEEPER=off` skips it.
 * The makers reporter (lib/reporter) records a simulated market's fills every
 * 10 s, logging as `[reporter]`; `KEEL_REPORTER=off` skips it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { parseChainArgs } from '../lib/localnet/cli';
import { chainHealthy } from '../lib/localnet/health';
import { startLocalnet, type Localnet } from '../lib/localnet/start';
import { startDevKeeper } from '../lib/keeper/dev';
import { startDevReporter } from '../lib/reporter/dev';

const DEFAULT_APP_PORT = 3000;
const HEALTH_TIMEOUT_MS = 30_000;
const NEXT_STOP_GRACE_MS = 5_000;

async function waitForHealth(url: string): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  for (;;) {
    if (await chainHealthy(url)) return;
    if (Date.now() > deadline) throw new Error(`chain at ${url} did not answer getHealth`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function signal(child: ChildProcess, sig: NodeJS.Signals): void {
  try {
    child.kill(sig);
  } catch {
    // already gone
  }
}

/**
 * `next dev` run as node + Next's own CLI rather than through npx, so the
 * child is the Next CLI itself: a signal to it reaches next-server (the CLI
 * stops its workers), and nothing is left behind by an npx wrapper. The child
 * stays in this process group, so Ctrl+C or a group kill (Playwright's
 * webServer) reaches it directly too.
 */
function startNext(appPort: number): ChildProcess {
  const args = ['dev', '-p', String(appPort)];
  try {
    return spawn(process.execPath, [require.resolve('next/dist/bin/next'), ...args], { stdio: 'inherit' });
  } catch {
    return spawn('npx', ['next', ...args], { stdio: 'inherit' });
  }
}

/** Splits `--app-port N` off the arguments; the rest are the chain's. */
function splitArgs(argv: string[]): { appPort: number; chainArgs: string[] } {
  const i = argv.indexOf('--app-port');
  if (i < 0) return { appPort: DEFAULT_APP_PORT, chainArgs: argv };
  const appPort = Number(argv[i + 1]);
  if (!Number.isInteger(appPort) || appPort <= 0) throw new Error(`bad --app-port ${argv[i + 1]}`);
  return { appPort, chainArgs: [...argv.slice(0, i), ...argv.slice(i + 2)] };
}

async function main(): Promise<void> {
  const { appPort, chainArgs } = splitArgs(process.argv.slice(2));
  const net: Localnet = await startLocalnet(parseChainArgs(chainArgs));
  await waitForHealth(net.url);
  console.info(`[dev] chain ready at ${net.url} (websocket ${net.wsUrl}); starting Next on http://127.0.0.1:${appPort}`);

  const next = startNext(appPort);
  // Not awaited: the keeper's airdrop and first pass must not hold up Next.
  const keeper = startDevKeeper(net.url, (m) => console.info(`[keeper] ${m}`));
  const reporter = startDevReporter(net.url, (m) => console.info(`[reporter] ${m}`));
  const nextExited = new Promise<number>((resolve) => next.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));

  let stopping = false;
  const stop = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    console.info(`[dev] ${reason}: stopping Next and the chain`);
    if (next.exitCode === null && next.signalCode === null) {
      signal(next, 'SIGTERM');
      const timer = setTimeout(() => signal(next, 'SIGKILL'), NEXT_STOP_GRACE_MS);
      await nextExited;
      clearTimeout(timer);
    }
    // Before the chain goes: a pass or round in flight would otherwise fail on a closed socket.
    await Promise.all([keeper.then((k) => k?.stop()), reporter.then((r) => r?.stop())]).catch(() => {});
    await net.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop('SIGINT', 0));
  process.on('SIGTERM', () => void stop('SIGTERM', 0));
  next.on('error', (e) => void stop(`could not start Next (${e.message})`, 1));
  void nextExited.then((code) => stop(`Next exited with code ${code}`, code));
}

main().catch((e: Error) => {
  console.error(`[dev] ${e.message}`);
  process.exit(1);
});
