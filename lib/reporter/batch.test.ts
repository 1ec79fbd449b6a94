/**
 * Packing against the real wire format: every batch `packFills` makes
 * serializes (with the real builder) within the 1,232-byte packet, one more
 * fill would not fit, the sizer's arithmetic equals the serialized size, and
 * a rollover before the first batch is counted.
 */
import { Keypair, PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { transactionSize } from '@/lib/keeper/batch';
import { makersKeys, makersRolloverInstruction, MAX_FILLS } from '@/lib/programs/makers';
import { BatchSizer, type FillBatch, fillsPerTransaction, MakerKeyCache, PACKET_BYTES, packFills, recordFillsInstruction } from './batch';
import type { ReportedFill } from './fills';
import { SimulatedMarket } from './market';

const keys = makersKeys(new PublicKey('42PHAkn3bvcr5jsME3fGzpMb4eFNn7HtjKDhzXqis9Tg'));
const reporter = Keypair.generate().publicKey;
const wallets = Array.from({ length: 12 }, () => Keypair.generate().publicKey);
const market = (makers: number, seed = 7) =>
  new SimulatedMarket({ seed, firstId: 100n, makers: wallets.slice(0, makers).map((wallet, i) => ({ wallet, edgeBps: 1 + i, jitterBps: 1, sizeSol: 20, uptime: 0.9 })) });

const realSize = (cache: MakerKeyCache, batch: FillBatch, prefix = [] as ReturnType<typeof makersRolloverInstruction>[]) =>
  transactionSize(reporter, [...prefix, recordFillsInstruction(cache, reporter, batch)]);
const makersOf = (fills: ReportedFill[]) => new Set(fills.map((f) => f.maker.toBase58())).size;

describe('packFills', () => {
  it.each([1, 3, 12])('with %i makers: every batch fits, the next fill would not, ids stay in order', (count) => {
    const fills = market(count).ticks(300);
    const cache = new MakerKeyCache(keys);
    const batches = packFills(fills, cache, reporter);
    expect(batches.flatMap((b) => b.fills)).toEqual(fills);
    const sizer = new BatchSizer(keys, reporter);
    batches.forEach((batch, i) => {
      expect(batch.sequence).toBe(batch.fills.at(-1)!.id);
      const size = realSize(cache, batch);
      expect(size).toBeLessThanOrEqual(PACKET_BYTES);
      expect(sizer.size(batch.fills.length, makersOf(batch.fills))).toBe(size);
      const next = batches[i + 1]?.fills[0];
      if (next && batch.fills.length < MAX_FILLS) {
        const grown = [...batch.fills, next];
        expect(realSize(cache, { sequence: next.id, fills: grown })).toBeGreaterThan(PACKET_BYTES);
      }
    });
  });

  it('counts a rollover before the first batch only', () => {
    const fills = market(4).ticks(120);
    const cache = new MakerKeyCache(keys);
    const rollover = makersRolloverInstruction({ keys, tokenProgram: new PublicKey('TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA') });
    const plain = packFills(fills, cache, reporter);
    const prefixed = packFills(fills, cache, reporter, [rollover]);
    expect(prefixed[0]!.fills.length).toBeLessThan(plain[0]!.fills.length);
    expect(realSize(cache, prefixed[0]!, [rollover])).toBeLessThanOrEqual(PACKET_BYTES);
    expect(new BatchSizer(keys, reporter, [rollover]).size(prefixed[0]!.fills.length, makersOf(prefixed[0]!.fills))).toBe(realSize(cache, prefixed[0]!, [rollover]));
    expect(prefixed[1]!.fills.length).toBe(fillsPerTransaction(keys, makersOf(prefixed[1]!.fills), reporter));
  });

  it('refuses fills whose ids do not increase', () => {
    const [a, b] = market(2).ticks(40);
    expect(() => packFills([b!, a!], new MakerKeyCache(keys), reporter)).toThrow(/must increase/);
  });

  it('fewer fills fit as makers grow (each maker is a 32-byte account key)', () => {
    const perTx = [1, 2, 4, 8, 16].map((n) => fillsPerTransaction(keys, n, reporter));
    for (let i = 1; i < perTx.length; i++) expect(perTx[i]).toBeLessThan(perTx[i - 1]!);
    expect(perTx[0]).toBeLessThanOrEqual(MAX_FILLS);
  });
});
