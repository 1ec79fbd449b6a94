/**
 * The reporter against a real local chain, on a makers config of its own
 * (the test's admin is its authority, so it can pause it): batching over many
 * makers, retries of a transient send failure (refused before it reached the
 * chain, and lost after it landed: paid once either way), a restart that
 * resumes after the chain's sequence, a failed batch named while the others
 * land, the season rollover prepended, unregistered makers left out by name,
 * and a CSV replay.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createAssociatedTokenAccountIdempotent, createMint, mintTo, TOKEN_PROGRAM_ID } from '@solana/spl-token';
import { type Connection, Keypair, LAMPORTS_PER_SOL, PublicKey, sendAndConfirmTransaction, Transaction, type TransactionInstruction } from '@solana/web3.js';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestChain, type TestChain, tempDir } from '@/lib/localnet/testing';
import {
  fillReward,
  limitToBudget,
  makerKey,
  type MakersKeys,
  makersFundInstruction,
  makersInitializeInstruction,
  makersKeys,
  makersRegisterInstruction,
  makersRolloverInstruction,
  makersUpdateConfigInstruction,
  readMaker,
  readMakersConfig,
  rewardRules,
} from '@/lib/programs/makers';
import { MakerKeyCache, packFills } from './batch';
import type { ReporterChain } from './chain';
import type { ReportedFill } from './fills';
import { runRound } from './loop';
import { type MakerProfile, SimulatedMarket } from './market';
import { reportFills } from './report';
import { type ReporterConnection, rpcReporterChain } from './send';
import { fileFills, SimulatedSource } from './sources';

const TOKEN = 1_000_000_000n;

let chain: TestChain | undefined;
afterEach(async () => {
  await chain?.close();
  chain = undefined;
});

async function airdrop(connection: Connection, to: PublicKey, sol = 10) {
  const signature = await connection.requestAirdrop(to, sol * LAMPORTS_PER_SOL);
  await connection.confirmTransaction({ signature, ...(await connection.getLatestBlockhash()) }, 'confirmed');
}

const send = (connection: Connection, signers: Keypair[], ...ixs: TransactionInstruction[]) =>
  sendAndConfirmTransaction(connection, new Transaction().add(...ixs), signers, { commitment: 'confirmed' });

interface Setup {
  connection: Connection;
  admin: Keypair;
  reporter: Keypair;
  keys: MakersKeys;
  wallets: PublicKey[];
}

/** A mint, a makers config (admin = authority) with a 1,000,000-token budget, and `makers` registered makers. */
async function setUp(c: TestChain, makers: number): Promise<Setup> {
  const { connection } = c;
  const admin = Keypair.generate();
  const reporter = Keypair.generate();
  await airdrop(connection, admin.publicKey, 100);
  await airdrop(connection, reporter.publicKey);
  const mint = await createMint(connection, admin, admin.publicKey, null, 9, undefined, { commitment: 'confirmed' }, TOKEN_PROGRAM_ID);
  const keys = makersKeys(mint);
  await send(connection, [admin], makersInitializeInstruction({ keys, payer: admin.publicKey, tokenProgram: TOKEN_PROGRAM_ID, reporter: reporter.publicKey }));
  const adminAta = await createAssociatedTokenAccountIdempotent(connection, admin, mint, admin.publicKey, { commitment: 'confirmed' });
  await mintTo(connection, admin, mint, adminAta, admin, 1_000_000n * TOKEN, [], { commitment: 'confirmed' });
  await send(
    connection,
    [admin],
    makersFundInstruction({ keys, funder: admin.publicKey, funderToken: adminAta, tokenProgram: TOKEN_PROGRAM_ID, amount: 1_000_000n * TOKEN, target: 0 }),
  );
  const wallets: PublicKey[] = [];
  for (let i = 0; i < makers; i++) {
    const wallet = Keypair.generate();
    await airdrop(connection, wallet.publicKey, 1);
    await send(connection, [wallet], makersRegisterInstruction({ keys, wallet: wallet.publicKey, bond: 0n }));
    wallets.push(wallet.publicKey);
  }
  return { connection, admin, reporter, keys, wallets };
}

const profiles = (wallets: PublicKey[]): MakerProfile[] =>
  wallets.map((wallet, i) => ({ wallet, edgeBps: 1 + (i % 5), jitterBps: 1, sizeSol: 10 + 5 * i, uptime: 0.9 }));

const market = (s: Setup, firstId = 1n, seed = 'test') => new SimulatedMarket({ seed, makers: profiles(s.wallets), firstId });

const readConfigOf = async (s: Setup) => readMakersConfig((await s.connection.getAccountInfo(s.keys.config, 'confirmed'))!.data);
const readMakerOf = async (s: Setup, wallet: PublicKey) => readMaker((await s.connection.getAccountInfo(makerKey(s.keys, wallet), 'confirmed'))!.data);

/** What the makers should have earned for `fills` (the budget is ample): the TS reward model with each maker's early flag. */
async function expectedEarned(s: Setup, fills: readonly ReportedFill[]): Promise<bigint> {
  const rules = rewardRules(await readConfigOf(s));
  const early = new Map<string, boolean>();
  for (const wallet of new Set(fills.map((f) => f.maker.toBase58()))) early.set(wallet, (await readMakerOf(s, new PublicKey(wallet))).early);
  return fills.reduce((n, f) => n + limitToBudget(fillReward(rules, early.get(f.maker.toBase58())!, f.notional, f.improvementBps, f.volatilityBps), 2n ** 64n).reward, 0n);
}

const ctxOf = (s: Setup, chainImpl: ReporterChain) => ({ chain: chainImpl, keys: s.keys, reporter: s.reporter.publicKey });

describe('reporter over RPC', () => {
  it('packs many makers’ fills into transactions that fit and records every one, each batch under its last id', async () => {
    chain = await startTestChain();
    const s = await setUp(chain, 12);
    const fills = market(s).ticks(120);
    expect(fills.length).toBeGreaterThan(200);
    const expectedBatches = packFills(fills, new MakerKeyCache(s.keys), s.reporter.publicKey);
    expect(expectedBatches.length).toBeGreaterThan(4);

    const rpc = rpcReporterChain(s.connection, s.reporter);
    const summary = await reportFills(rpc, fills, ctxOf(s, rpc));
    expect(summary.failures).toEqual([]);
    expect([summary.batches, summary.recorded, summary.signatures.length]).toEqual([expectedBatches.length, fills.length, expectedBatches.length]);

    const config = await readConfigOf(s);
    expect(config.reporterSequence).toBe(fills.at(-1)!.id);
    expect(config.totalFills).toBe(BigInt(fills.length));
    expect(config.seasonEmitted).toBe(await expectedEarned(s, fills));
    for (const wallet of s.wallets) {
      const own = fills.filter((f) => f.maker.equals(wallet));
      expect((await readMakerOf(s, wallet)).fills).toBe(BigInt(own.length));
    }
    // Each batch is one transaction of at most 1,232 bytes, landed with its last fill id as sequence.
    for (const [i, signature] of summary.signatures.entries()) {
      const tx = await s.connection.getTransaction(signature, { commitment: 'confirmed', maxSupportedTransactionVersion: 0 });
      expect(tx!.transaction.message.serialize().length + 1 + 64).toBeLessThanOrEqual(1_232);
      expect(tx!.meta!.err).toBeNull();
      expect(expectedBatches[i]!.sequence).toBe(expectedBatches[i]!.fills.at(-1)!.id);
    }
  });

  it('retries a transient send failure with the same sequence: refused before the chain, or lost after landing, it pays once', async () => {
    chain = await startTestChain();
    const s = await setUp(chain, 3);
    /**
     * The first send fails with a network error: "before" never reaches the
     * chain; "after" lands and loses its response; "hidden" does too, and the
     * next status query does not show it yet, so the retry goes out and is
     * refused as StaleSequence.
     */
    const flaky = (mode: 'before' | 'after' | 'hidden'): ReporterConnection => {
      let failed = false;
      let hidden = mode === 'hidden';
      return new Proxy(s.connection, {
        get(target, prop, receiver) {
          if (prop === 'getSignatureStatuses' && hidden) {
            return async (signatures: string[]) => {
              hidden = false;
              return { context: { slot: 0 }, value: signatures.map(() => null) };
            };
          }
          if (prop !== 'sendRawTransaction') return Reflect.get(target, prop, receiver);
          return async (...args: Parameters<Connection['sendRawTransaction']>) => {
            if (failed) return target.sendRawTransaction(...args);
            failed = true;
            if (mode !== 'before') await target.sendRawTransaction(...args);
            // A block later the retry signs with a new blockhash: another transaction, the same sequence.
            if (mode === 'hidden') chain!.chain.advanceBlocks(1);
            throw new TypeError('fetch failed');
          };
        },
      });
    };

    let recorded: ReportedFill[] = [];
    const run = async (mode: 'before' | 'after' | 'hidden') => {
      const config = await readConfigOf(s);
      const fills = market(s, config.reporterSequence + 1n, mode).ticks(10);
      const logs: string[] = [];
      const rpc = rpcReporterChain(flaky(mode), s.reporter, { backoffMs: 10 });
      const summary = await reportFills(rpc, fills, { ...ctxOf(s, rpc), log: (m) => logs.push(m) });
      expect(summary.failures).toEqual([]);
      expect([summary.batches, summary.recorded]).toEqual([1, fills.length]);
      recorded = [...recorded, ...fills];
      // Paid once: the totals count each fill once and match the model.
      const after = await readConfigOf(s);
      expect(after.totalFills).toBe(BigInt(recorded.length));
      expect(after.seasonEmitted).toBe(await expectedEarned(s, recorded));
      expect(after.reporterSequence).toBe(fills.at(-1)!.id);
      return logs.join('\n');
    };
    expect(await run('before')).toMatch(/recorded after 2 attempts: /);
    expect(await run('after')).toMatch(/recorded after 1 attempt \(its response was lost but it had landed\)/);
    expect(await run('hidden')).toMatch(/recorded after 2 attempts \(an earlier attempt had landed\)/);
  });

  it('a restart resumes after the chain’s sequence: recorded fills are left out, the simulated source continues the ids', async () => {
    chain = await startTestChain();
    const s = await setUp(chain, 4);
    const fills = market(s).ticks(60);
    const half = fills.slice(0, Math.floor(fills.length / 2));
    const firstProcess = rpcReporterChain(s.connection, s.reporter);
    await reportFills(firstProcess, half, ctxOf(s, firstProcess));

    // A new process gets the whole list again (a replayed file, say).
    const again = rpcReporterChain(s.connection, s.reporter);
    const summary = await reportFills(again, fills, ctxOf(s, again));
    expect(summary.alreadyRecorded).toBe(half.length);
    expect(summary.recorded).toBe(fills.length - half.length);
    expect((await readConfigOf(s)).totalFills).toBe(BigInt(fills.length));

    // The simulated source of a fresh process starts after the chain's sequence.
    const source = new SimulatedSource({ seed: 'restart', minutes: 5 });
    const round = await runRound(ctxOf(s, again), source);
    expect(round!.report!.alreadyRecorded).toBe(0);
    expect(round!.report!.failures).toEqual([]);
    const config = await readConfigOf(s);
    expect(config.totalFills).toBe(BigInt(fills.length + round!.report!.recorded));
    expect(config.reporterSequence).toBe(fills.at(-1)!.id + BigInt(round!.report!.recorded));
  });

  it('names a failed batch by its error and fill ids, and still sends the others', async () => {
    chain = await startTestChain();
    const s = await setUp(chain, 6);
    const fills = market(s).ticks(90);
    const batches = packFills(fills, new MakerKeyCache(s.keys), s.reporter.publicKey);
    expect(batches.length).toBeGreaterThanOrEqual(3);

    // The admin pauses the config just for the second batch: a real refusal from the program.
    const rpc = rpcReporterChain(s.connection, s.reporter, { backoffMs: 10 });
    const pause = (paused: boolean) => send(s.connection, [s.admin], makersUpdateConfigInstruction({ keys: s.keys, authority: s.admin.publicKey, update: { __kind: 'SetPaused', paused } }));
    let sends = 0;
    const pausing: ReporterChain = {
      ...rpc,
      async send(instructions) {
        sends += 1;
        if (sends !== 2) return rpc.send(instructions);
        await pause(true);
        const outcome = await rpc.send(instructions);
        await pause(false);
        return outcome;
      },
    };
    const logs: string[] = [];
    const summary = await reportFills(pausing, fills, { ...ctxOf(s, pausing), log: (m) => logs.push(m) });

    const failed = batches[1]!;
    expect(summary.failures).toEqual([
      { first: failed.fills[0]!.id, last: failed.sequence, fills: failed.fills.length, code: 'program:makers:Paused', message: expect.stringMatching(/paused/i) },
    ]);
    expect(logs.some((l) => l.startsWith(`batch ${failed.fills[0]!.id}..${failed.sequence}`) && l.includes('failed: program:makers:Paused'))).toBe(true);
    expect(summary.batches).toBe(batches.length - 1);
    const recorded = fills.filter((f) => f.id < failed.fills[0]!.id || f.id > failed.sequence);
    const config = await readConfigOf(s);
    expect(config.totalFills).toBe(BigInt(recorded.length));
    expect(config.seasonEmitted).toBe(await expectedEarned(s, recorded));
    expect(config.reporterSequence).toBe(fills.at(-1)!.id);
  });

  it('prepends rollover once the season has ended, and leaves unregistered makers’ fills out by name', async () => {
    chain = await startTestChain();
    const s = await setUp(chain, 3);
    const stranger = Keypair.generate().publicKey;
    const config = await readConfigOf(s);
    const now = BigInt((await chain.rpc<{ unixTimestamp: number }>('keel_getClock')).result!.unixTimestamp);
    expect((await chain.rpc('keel_warpTime', [{ seconds: Number(config.seasonEnd - now) + 60 }])).error).toBeUndefined();

    const fills = [...market(s).ticks(40)];
    fills.splice(3, 0, { id: fills[2]!.id, maker: stranger, notional: TOKEN, improvementBps: 3, volatilityBps: 100 });
    // Keep ids increasing: renumber after the inserted fill.
    const renumbered = fills.map((f, i) => ({ ...f, id: BigInt(i + 1) }));
    const logs: string[] = [];
    const rpc = rpcReporterChain(s.connection, s.reporter);
    const summary = await reportFills(rpc, renumbered, { ...ctxOf(s, rpc), log: (m) => logs.push(m) });

    expect(summary.rolledOver).toBe(true);
    expect(summary.failures).toEqual([]);
    expect(summary.unregistered).toEqual([{ wallet: stranger.toBase58(), fills: 1 }]);
    expect(logs.some((l) => l.includes(stranger.toBase58()) && /not registered/.test(l))).toBe(true);
    const after = await readConfigOf(s);
    expect(after.seasonIndex).toBe(2);
    expect(after.totalFills).toBe(BigInt(renumbered.length - 1));
    // Exactly one rollover: the first batch carried it, the others did not.
    const first = await s.connection.getTransaction(summary.signatures[0]!, { commitment: 'confirmed', maxSupportedTransactionVersion: 0 });
    expect(first!.transaction.message.compiledInstructions).toHaveLength(2);
    for (const sig of summary.signatures.slice(1)) {
      const tx = await s.connection.getTransaction(sig, { commitment: 'confirmed', maxSupportedTransactionVersion: 0 });
      expect(tx!.transaction.message.compiledInstructions).toHaveLength(1);
    }

    // Season 2 ends too; this time someone else rolls over between the reporter's reads and its first send.
    const now2 = BigInt((await chain.rpc<{ unixTimestamp: number }>('keel_getClock')).result!.unixTimestamp);
    expect((await chain.rpc('keel_warpTime', [{ seconds: Number(after.seasonEnd - now2) + 60 }])).error).toBeUndefined();
    let raced = false;
    const racing: ReporterChain = {
      ...rpc,
      async send(instructions) {
        if (!raced) {
          raced = true;
          await send(s.connection, [s.admin], makersRolloverInstruction({ keys: s.keys, tokenProgram: TOKEN_PROGRAM_ID }));
        }
        return rpc.send(instructions);
      },
    };
    const more = market(s, after.reporterSequence + 1n, 'season 3').ticks(10);
    const third = await reportFills(racing, more, ctxOf(s, racing));
    expect([third.failures, third.rolledOver, third.recorded]).toEqual([[], false, more.length]);
    expect((await readConfigOf(s)).seasonIndex).toBe(3);
  });

  it('replays a CSV file of fills; replaying it again records nothing', async () => {
    chain = await startTestChain();
    const s = await setUp(chain, 2);
    const dir = tempDir();
    try {
      const file = path.join(dir.dir, 'fills.csv');
      const rows = market(s).ticks(20).map((f) => `${f.id},${f.maker.toBase58()},${f.notional},${f.improvementBps},${f.volatilityBps}`);
      writeFileSync(file, ['id,maker,notional,improvement_bps,volatility_bps', ...rows].join('\n'));
      const rpc = rpcReporterChain(s.connection, s.reporter);
      const fills = fileFills(file);
      const first = await reportFills(rpc, fills, ctxOf(s, rpc));
      expect(first.recorded).toBe(rows.length);
      const second = await reportFills(rpc, fileFills(file), ctxOf(s, rpc));
      expect([second.recorded, second.alreadyRecorded, second.batches]).toEqual([0, rows.length, 0]);
      expect((await readConfigOf(s)).seasonEmitted).toBe(await expectedEarned(s, fills));
      // A bad file is refused whole, naming the line.
      writeFileSync(file, ['id,maker,notional,improvement_bps,volatility_bps', `1,${s.wallets[0]!.toBase58()},100,70000,5`].join('\n'));
      expect(() => fileFills(file)).toThrow(/fills\.csv line 2: improvement_bps must be between 0 and 65535 \(got 70000\)/);
    } finally {
      dir.remove();
    }
  });
});
