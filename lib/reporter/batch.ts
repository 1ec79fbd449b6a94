/**
 * Packs fills into `record_fills` transactions. How many fit is computed, not
 * assumed: a fill costs 16 bytes of data, each distinct maker of the batch a
 * 32-byte account key and an account index, so a batch grows while the
 * serialized transaction (with whatever goes before it, e.g. `rollover`)
 * stays within the 1,232-byte packet, it holds at most `MAX_FILLS` fills and
 * `MAX_MAKERS` makers. About 61 fills fit with one maker, 54 with four, 30
 * with sixteen (`fillsPerTransaction`).
 */
import { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { transactionSize } from '@/lib/keeper/batch';
import { FILL_LEN, makerKey, type MakersKeys, makersRecordFillsInstruction, MAX_FILLS, MAX_MAKERS } from '@/lib/programs/makers';

/** Byte offset of the first fill in `record_fills` data (discriminator, padding, sequence). */
const FILLS_OFFSET = 16;
const dataLen = (fills: number) => FILLS_OFFSET + FILL_LEN * fills;
/** Bytes of a compact-u16 (the wire format's array lengths). */
const compactLen = (n: number) => (n < 0x80 ? 1 : n < 0x4000 ? 2 : 3);
import type { ReportedFill } from './fills';

export const PACKET_BYTES = 1_232;

export interface FillBatch {
  /** The batch's sequence: its last fill's id. */
  sequence: bigint;
  fills: ReportedFill[];
}

/** Maker accounts by wallet, derived once. */
export class MakerKeyCache {
  private readonly cache = new Map<string, PublicKey>();
  constructor(readonly keys: MakersKeys) {}
  of(wallet: PublicKey): PublicKey {
    const id = wallet.toBase58();
    let key = this.cache.get(id);
    if (!key) {
      key = makerKey(this.keys, wallet);
      this.cache.set(id, key);
    }
    return key;
  }
}

/** The batch's `record_fills`: its makers in order of first appearance, fills by index. */
export function recordFillsInstruction(makers: MakerKeyCache, reporter: PublicKey, batch: FillBatch): TransactionInstruction {
  const order = new Map<string, number>();
  const accounts: PublicKey[] = [];
  const fills = batch.fills.map((f) => {
    const id = f.maker.toBase58();
    let index = order.get(id);
    if (index === undefined) {
      index = accounts.length;
      order.set(id, index);
      accounts.push(makers.of(f.maker));
    }
    return { notional: f.notional, improvementBps: f.improvementBps, volatilityBps: f.volatilityBps, maker: index };
  });
  return makersRecordFillsInstruction({ keys: makers.keys, reporter, sequence: batch.sequence, fills, makers: accounts });
}

/**
 * Bytes of a signed transaction holding `prefix` and a `record_fills` of
 * `fills` fills over `makers` makers. The size depends only on those counts
 * (each maker account is a distinct key, never one of the other accounts):
 * a stand-in with one fill is serialized once per maker count, and each
 * further fill adds its 16 bytes, plus one when the data's compact-u16 length
 * prefix grows to two bytes (data of 128 bytes or more). Serializing every
 * candidate would cost web3.js a message compile per fill.
 */
let stand: PublicKey[] = [];
/** `count` distinct keys standing in for maker accounts. */
function standIns(count: number): PublicKey[] {
  while (stand.length < count) stand = [...stand, new PublicKey(Uint8Array.from({ length: 32 }, (_, j) => (j === 0 ? stand.length + 1 : 7)))];
  return stand.slice(0, count);
}

export class BatchSizer {
  private readonly oneFill = new Map<number, number>();

  constructor(
    private readonly keys: MakersKeys,
    private readonly reporter: PublicKey,
    private readonly prefix: readonly TransactionInstruction[] = [],
  ) {}

  size(fills: number, makers: number): number {
    let base = this.oneFill.get(makers);
    if (base === undefined) {
      // The shape `makersRecordFillsInstruction` builds (batch.test.ts compares real batches).
      const ix = new TransactionInstruction({
        programId: this.keys.programId,
        keys: [
          { pubkey: this.reporter, isSigner: true, isWritable: false },
          { pubkey: this.keys.config, isSigner: false, isWritable: true },
          ...standIns(makers).map((pubkey) => ({ pubkey, isSigner: false, isWritable: true })),
        ],
        data: Buffer.alloc(dataLen(1)),
      });
      base = transactionSize(this.reporter, [...this.prefix, ix]);
      this.oneFill.set(makers, base);
    }
    return base + FILL_LEN * (fills - 1) + compactLen(dataLen(fills)) - compactLen(dataLen(1));
  }

  /** Whether a batch of these counts fits one transaction and the instruction's limits. */
  fits(fills: number, makers: number): boolean {
    return fills <= MAX_FILLS && makers <= MAX_MAKERS && this.size(fills, makers) <= PACKET_BYTES;
  }
}

/**
 * Greedy, in id order: each batch grows while it still fits. `prefix` goes
 * before the first batch's `record_fills` in its transaction (and counts in
 * its size). Fills must have increasing ids (each batch's sequence is its
 * last id and must exceed the one before).
 */
export function packFills(fills: readonly ReportedFill[], makers: MakerKeyCache, reporter: PublicKey, prefix: readonly TransactionInstruction[] = []): FillBatch[] {
  const first = new BatchSizer(makers.keys, reporter, prefix);
  const rest = prefix.length === 0 ? first : new BatchSizer(makers.keys, reporter);
  const batches: FillBatch[] = [];
  let current: ReportedFill[] = [];
  let wallets = new Set<string>();
  for (let i = 0; i < fills.length; i++) {
    const fill = fills[i]!;
    if (i > 0 && fill.id <= fills[i - 1]!.id) throw new Error(`packFills: fill ids must increase (${fills[i - 1]!.id} then ${fill.id})`);
    const wallet = fill.maker.toBase58();
    const makerCount = wallets.size + (wallets.has(wallet) ? 0 : 1);
    if ((batches.length === 0 ? first : rest).fits(current.length + 1, makerCount)) {
      current.push(fill);
      wallets.add(wallet);
      continue;
    }
    if (current.length === 0) throw new Error('packFills: one fill does not fit a transaction');
    batches.push({ sequence: current.at(-1)!.id, fills: current });
    current = [fill];
    wallets = new Set([wallet]);
  }
  if (current.length > 0) batches.push({ sequence: current.at(-1)!.id, fills: current });
  return batches;
}

/** How many fills one transaction carries when they come from `makerCount` makers (no prefix). */
export function fillsPerTransaction(keys: MakersKeys, makerCount: number, reporter: PublicKey = PublicKey.default): number {
  const sizer = new BatchSizer(keys, reporter);
  let n = makerCount;
  if (!sizer.fits(n, makerCount)) return 0;
  while (sizer.fits(n + 1, makerCount)) n++;
  return n;
}
