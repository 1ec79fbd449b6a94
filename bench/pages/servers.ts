/**
 * The servers `bench/pages.ts` runs: the production build, the local chain
 * (`scripts/chain.ts --no-persist`: a fresh seeded chain, nothing on disk) and
 * `next start`. Each server is spawned in its own process group (tsx and Next
 * start workers of their own), so `stop` ends the whole group it started.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
const NEXT_BIN = require.resolve('next/dist/bin/next');
const TSX_CLI = require.resolve('tsx/cli');
const STOP_GRACE_MS = 5_000;

export interface Server {
  name: string;
  child: ChildProcess;
  /** The server's last output lines, for a failure report. */
  output: string[];
}

export function nextBuild(): void {
  const res = spawnSync(process.execPath, [NEXT_BIN, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (res.status !== 0) throw new Error(`next build failed (exit ${res.status ?? res.signal})`);
}

/** Refuses to start when something else already listens on `port`. */
export async function assertPortFree(port: number): Promise<void> {
  const inUse = await new Promise<boolean>((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
  if (inUse) throw new Error(`port ${port} is in use; stop what runs there first`);
}

function start(name: string, args: string[], env: Record<string, string> = {}): Server {
  const child = spawn(process.execPath, args, { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 40));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { name, child, output };
}

export const startChain = (): Server => start('chain', [TSX_CLI, 'scripts/chain.ts', '--no-persist']);
export const startNext = (port: number): Server => start('next start', [NEXT_BIN, 'start', '-p', String(port)], { NODE_ENV: 'production' });

/** Polls `probe` until it resolves true; fails with the server's output after `timeoutMs`. */
export async function waitFor(server: Server, probe: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (server.child.exitCode !== null) throw new Error(`${server.name} exited (${server.child.exitCode}):\n${server.output.join('\n')}`);
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${server.name} not ready after ${timeoutMs / 1000} s:\n${server.output.join('\n')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function httpOk(url: string): Promise<boolean> {
  return (await fetch(url)).ok;
}

/** SIGTERM to the server's process group, SIGKILL after a grace period. */
export async function stop(server: Server | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  const pid = server.child.pid;
  if (pid === undefined) return;
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  kill('SIGTERM');
  const timer = setTimeout(() => kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
  // Workers the leader left behind (the group outlives its leader).
  await new Promise((r) => setTimeout(r, 200));
  kill('SIGKILL');
}
