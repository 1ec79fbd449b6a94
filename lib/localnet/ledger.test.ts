import { describe, expect, it } from 'vitest';
import { BlockhashQueue } from './blockhashes';
import { clockFor, heightAt, slotAt } from './clock';
import { TxHistory, type TxRecord } from './history';
import { stringifyJson } from './json';
import { describeTxError, txErrorFromLiteSvm } from './tx-error';

function record(signature: string, slot: number, keys: string[]): TxRecord {
  return {
    signature, slot, blockTime: 0, wire: '', version: 'legacy', err: null, fee: '5000', preBalances: [], postBalances: [],
    preTokenBalances: [], postTokenBalances: [], logMessages: [], innerInstructions: [], computeUnitsConsumed: 0,
    returnData: null, loadedAddresses: { writable: [], readonly: [] }, accountKeys: keys, memo: null, unitPrice: '0', writableKeys: keys,
  };
}

describe('TxHistory', () => {
  const h = new TxHistory();
  ['a', 'b', 'c', 'd', 'e'].forEach((s, i) => h.add(record(s, i, ['X', i % 2 ? 'odd' : 'even'])));

  it('lists signatures newest first with before, until and limit', () => {
    const sigs = (q: Parameters<TxHistory['signaturesFor']>[1], key = 'X') => h.signaturesFor(key, q).map((r) => r.signature);
    expect(sigs({ limit: 10 })).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(sigs({ limit: 2 })).toEqual(['e', 'd']);
    expect(sigs({ limit: 10, before: 'c' })).toEqual(['b', 'a']);
    expect(sigs({ limit: 10, until: 'b' })).toEqual(['e', 'd', 'c']);
    expect(sigs({ limit: 10, before: 'e', until: 'b' })).toEqual(['d', 'c']);
    expect(sigs({ limit: 10 }, 'odd')).toEqual(['d', 'b']);
    expect(sigs({ limit: 10, before: 'zzz' })).toEqual([]);
  });

  it('keeps records unsaved until marked saved', () => {
    expect(h.unsavedRecords()).toHaveLength(5);
    h.markSaved(3);
    expect(h.unsavedRecords().map((r) => r.signature)).toEqual(['d', 'e']);
    h.markSaved(2);
    expect(h.unsavedRecords()).toHaveLength(0);
  });
});

describe('BlockhashQueue', () => {
  it('keeps a blockhash valid for 150 blocks', () => {
    const q = new BlockhashQueue();
    q.add('h', 10);
    expect(q.lastValidBlockHeight('h')).toBe(160);
    expect(q.isValid('h', 160)).toBe(true);
    expect(q.isValid('h', 161)).toBe(false);
    q.prune(161);
    expect(q.lastValidBlockHeight('h')).toBeUndefined();
    expect(BlockhashQueue.fromJSON([['k', 1]]).isValid('k', 2)).toBe(true);
  });
});

describe('clock', () => {
  it('derives slot and timestamp from wall time plus warp', () => {
    const time = { genesisUnixMs: 1_000_000, warpMs: 0, extraBlocks: 0 };
    expect(slotAt(time, 1_000_000 + 4_000)).toBe(10);
    expect(heightAt(time, 1_000_000 + 4_000)).toBe(10);
    const warped = { ...time, warpMs: 86_400_000 };
    expect(slotAt(warped, 1_000_000)).toBe(216_000);
    expect(heightAt(warped, 1_000_000)).toBe(0); // a warp skips slots, it produces no blocks
    expect(clockFor(warped, 216_000, 1_000_000)).toMatchObject({ epoch: 0, unixTimestamp: 1000 + 86_400 });
    expect(clockFor(time, 432_000, 1_000_000).epoch).toBe(1);
  });
});

describe('stringifyJson', () => {
  it('writes bigints as exact JSON numbers', () => {
    expect(stringifyJson({ a: 18446744073709551615n, b: [1n], c: 'x' })).toBe('{"a":18446744073709551615,"b":[1],"c":"x"}');
  });
});

describe('transaction errors', () => {
  it('maps LiteSVM values to RPC JSON and validator messages', () => {
    expect(txErrorFromLiteSvm(7)).toBe('BlockhashNotFound');
    class InstructionErrorCustom {
      code = 1;
    }
    class TransactionErrorInstructionError {
      index = 2;
      err = () => new InstructionErrorCustom();
    }
    const e = txErrorFromLiteSvm(new TransactionErrorInstructionError());
    expect(e).toEqual({ InstructionError: [2, { Custom: 1 }] });
    expect(describeTxError(e)).toBe('Error processing Instruction 2: custom program error: 0x1');
    expect(describeTxError({ InstructionError: [0, 'InvalidAccountData'] })).toBe('Error processing Instruction 0: invalid account data for instruction');
    expect(describeTxError('BlockhashNotFound')).toBe('Blockhash not found');
  });
});
