/**
 * Helpers for the RPC tests: a local chain on a free port pair with its log
 * captured, and a raw JSON-RPC call for what web3.js does not expose (error
 * codes, keel_* methods, batches).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Connection } from '@solana/web3.js';
import { startLocalnet, type Localnet, type LocalnetOptions } from './start';
import type { SubscriptionKind } from './subscriptions';

export interface RpcReply<T> {
  result?: T;
  error?: { code: number; message: string; data?: unknown };
}

export interface TestChain extends Localnet {
  connection: Connection;
  logs: string[];
  rpc<T = unknown>(method: string, params?: unknown): Promise<RpcReply<T>>;
  /** Resolves once the server holds a subscription of this kind (web3.js subscribes asynchronously). */
  subscribed(kind: SubscriptionKind): Promise<void>;
}

export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'keel-localnet-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startTestChain(opts: LocalnetOptions = {}): Promise<TestChain> {
  const logs: string[] = [];
  const net = await startLocalnet({ port: 0, stateDir: null, seed: false, devMode: true, log: (m) => logs.push(m), ...opts });
  // No wsEndpoint: web3.js must find the websocket at port + 1 by itself, as the app's will.
  const connection = new Connection(net.url, 'confirmed');
  return {
    ...net,
    connection,
    logs,
    async rpc<T>(method: string, params?: unknown): Promise<RpcReply<T>> {
      const res = await fetch(net.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, ...(params !== undefined ? { params } : {}) }),
      });
      return (await res.json()) as RpcReply<T>;
    },
    async subscribed(kind: SubscriptionKind): Promise<void> {
      await waitFor(() => net.server.subscriptions.count(kind) > 0 || undefined, `a ${kind} subscription on the server`);
    },
  };
}

/**
 * Polls `read` until it returns something other than undefined: for what
 * happens on its own time (a subscription registered, a periodic save), where
 * a fixed sleep would be a guess.
 */
export async function waitFor<T>(read: () => T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
