/**
 * JSON-RPC plumbing: errors, batches, CORS, cluster methods, and that missing
 * or broken program files never stop the chain from starting.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestChain, tempDir, type TestChain } from './testing';

let net: TestChain;
const programs = tempDir();

beforeAll(async () => {
  const deployDir = path.join(programs.dir, 'deploy');
  mkdirSync(deployDir);
  writeFileSync(path.join(deployDir, 'staking.so'), 'not an ELF'); // has a keypair, cannot load
  writeFileSync(path.join(deployDir, 'nameless.so'), 'not an ELF'); // no keypair
  net = await startTestChain({ programsDir: deployDir });
});
afterAll(async () => {
  await net.close();
  programs.remove();
});

async function post(body: string): Promise<Response> {
  return fetch(net.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

describe('JSON-RPC errors', () => {
  it('answers an unknown method with -32601', async () => {
    expect((await net.rpc('getNothing')).error).toEqual({ code: -32601, message: 'Method not found' });
  });

  it('answers bad params with -32602 and keeps serving', async () => {
    expect((await net.rpc('getBalance', ['not-a-key'])).error?.code).toBe(-32602);
    expect((await net.rpc('getBalance', [])).error?.code).toBe(-32602);
    expect((await net.rpc('getBalance', { pubkey: 'x' })).error?.code).toBe(-32602);
    expect((await net.rpc('sendTransaction', ['AAAA', { encoding: 'base64' }])).error?.code).toBe(-32602);
    expect((await net.rpc('getHealth')).result).toBe('ok');
  });

  it('answers unparseable JSON with -32700 and an empty batch with -32600', async () => {
    expect(await (await post('{oops')).json()).toMatchObject({ id: null, error: { code: -32700 } });
    expect(await (await post('[]')).json()).toMatchObject({ error: { code: -32600 } });
  });

  it('answers a batch in order, errors included', async () => {
    const batch = [
      { jsonrpc: '2.0', id: 1, method: 'getSlot' },
      { jsonrpc: '2.0', id: 'two', method: 'nope' },
      { jsonrpc: '2.0', id: 3, method: 'getGenesisHash' },
      { jsonrpc: '2.0', method: 'getHealth' }, // a notification: no answer
    ];
    const replies = (await (await post(JSON.stringify(batch))).json()) as { id: unknown; result?: unknown; error?: { code: number } }[];
    expect(replies.map((r) => r.id)).toEqual([1, 'two', 3]);
    expect(typeof replies[0]!.result).toBe('number');
    expect(replies[1]!.error?.code).toBe(-32601);
    expect(replies[2]!.result).toBe(net.chain.genesisHash);
  });

  it('allows browser calls from the app origin (CORS preflight)', async () => {
    const res = await fetch(net.url, { method: 'OPTIONS', headers: { origin: 'http://127.0.0.1:3000', 'access-control-request-method': 'POST' } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('cluster methods through web3.js', () => {
  it('reports version, health, slot, height and epoch', async () => {
    const c = net.connection;
    expect((await c.getVersion())['solana-core']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(await c.getGenesisHash()).toBe(net.chain.genesisHash);
    const slot = await c.getSlot();
    expect(await c.getBlockHeight()).toBeGreaterThanOrEqual(slot);
    const epoch = await c.getEpochInfo();
    expect(epoch).toMatchObject({ epoch: 0, slotsInEpoch: 432_000 });
    const { lastValidBlockHeight } = await c.getLatestBlockhash();
    expect(lastValidBlockHeight).toBe((await c.getBlockHeight()) + 150);
  });

  it('gives block times consistent with the clock and refuses future slots', async () => {
    const slot = await net.connection.getSlot();
    const clock = (await net.rpc<{ unixTimestamp: number }>('keel_getClock')).result!;
    expect(Math.abs((await net.connection.getBlockTime(slot))! - clock.unixTimestamp)).toBeLessThanOrEqual(1);
    expect((await net.rpc('getBlockTime', [slot + 1_000_000])).error?.code).toBe(-32004);
  });

  it('refuses a minContextSlot the chain has not reached', async () => {
    const reply = await net.rpc('getBalance', [net.chain.genesisHash, { minContextSlot: 10_000_000 }]);
    expect(reply.error?.code).toBe(-32016);
    expect((await net.rpc('getBalance', [net.chain.genesisHash, { minContextSlot: 0 }])).result).toBeDefined();
  });

  it('advances the slot with wall time, about one per 400 ms', async () => {
    // Measured against the time that really passed: a loaded machine may
    // sleep longer than asked.
    const t0 = performance.now();
    const start = await net.connection.getSlot();
    await new Promise((r) => setTimeout(r, 1300));
    const end = await net.connection.getSlot();
    const slots = (performance.now() - t0) / 400;
    expect(end - start).toBeGreaterThanOrEqual(2);
    expect(end - start).toBeGreaterThanOrEqual(Math.floor(slots) - 1);
    expect(end - start).toBeLessThanOrEqual(Math.ceil(slots) + 1);
  });
});

describe('program deployment', () => {
  it('reports program files it could not load and starts anyway', () => {
    expect(net.deployed).toEqual([]);
    expect(net.logs.some((l) => l.includes('staking.so'))).toBe(true);
    expect(net.logs.some((l) => l.includes('nameless.so') && l.includes('no keypair'))).toBe(true);
  });
});
