/**
 * The file source's validation: every row checked, every problem named with
 * its line and field, the whole file refused on any problem; CSV and JSONL.
 */
import { Keypair } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { parseFills } from './file-source';

const a = Keypair.generate().publicKey.toBase58();
const b = Keypair.generate().publicKey.toBase58();
const HEADER = 'id,maker,notional,improvement_bps,volatility_bps';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

const errorsOf = (text: string, name = 'fills.csv') => {
  const r = parseFills(text, name);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.errors;
};

describe('parseFills', () => {
  it('reads CSV (any column order, CRLF, blank lines, quotes) into exact fills', () => {
    const r = parseFills(['volatility_bps,id,maker,improvement_bps,notional', `150,7,${a},3,18446744073709551615`, '', `"90",8,"${b}",0,1\r`].join('\r\n'), 'f.csv');
    expect(r).toEqual({
      ok: true,
      fills: [
        { id: 7n, maker: expect.anything(), notional: 2n ** 64n - 1n, improvementBps: 3, volatilityBps: 150 },
        { id: 8n, maker: expect.anything(), notional: 1n, improvementBps: 0, volatilityBps: 90 },
      ],
    });
    if (r.ok) expect(r.fills.map((f) => f.maker.toBase58())).toEqual([a, b]);
  });

  it('reads JSONL, with big integers as strings', () => {
    const r = parseFills(
      [`{"id": 1, "maker": "${a}", "notional": "123456789012345678", "improvementBps": 4, "volatilityBps": 220}`, `{"id": "2", "maker": "${b}", "notional": 5, "improvementBps": 1, "volatilityBps": 0}`].join('\n'),
      'fills.jsonl',
    );
    expect(r.ok && r.fills.map((f) => [f.id, f.notional])).toEqual([
      [1n, 123456789012345678n],
      [2n, 5n],
    ]);
  });

  it('names each bad row by line and field, and refuses the whole file', () => {
    const errors = errorsOf(
      csv(
        `1,${a},100,3,150`,
        `2,not-a-wallet,100,3,150`,
        `3,${a},0,3,150`,
        `4,${a},12.5,3,150`,
        `5,${a},100,65536,150`,
        `6,${a},100,3,-1`,
        `6,${a},100,3,1`,
        `7,${a},100,3`,
        `0,${a},100,3,1`,
        `9,${a},18446744073709551616,3,1`,
      ),
    );
    expect(errors).toEqual([
      'fills.csv line 3: maker must be a base58 wallet address (got "not-a-wallet")',
      'fills.csv line 4: notional must be between 1 and 18446744073709551615 (got 0)',
      'fills.csv line 5: notional must be a whole number (got "12.5")',
      'fills.csv line 6: improvement_bps must be between 0 and 65535 (got 65536)',
      'fills.csv line 7: volatility_bps must be a whole number (got "-1")',
      'fills.csv line 8: id 6 does not follow 6 (fill ids must increase: each batch\'s sequence is its last id)',
      'fills.csv line 9: 4 fields, the header has 5',
      'fills.csv line 10: id must be between 1 and 18446744073709551615 (got 0)',
      'fills.csv line 11: notional must be between 1 and 18446744073709551615 (got 18446744073709551616)',
    ]);
  });

  it('checks the CSV header and JSONL shapes', () => {
    expect(errorsOf('id,maker,notional,improvement_bps\n1,x,1,1')).toEqual([
      'fills.csv: line 1: the header must name id,maker,notional,improvement_bps,volatility_bps once each (missing volatility_bps)',
    ]);
    expect(errorsOf('')).toEqual(['fills.csv: empty file (expected a header row: id,maker,notional,improvement_bps,volatility_bps)']);
    expect(errorsOf(HEADER)).toEqual(['fills.csv: no fills']);
    const jsonl = errorsOf(
      [`{"id": 1, "maker": "${a}", "notional": 9007199254740993, "improvementBps": 1, "volatilityBps": 1}`, '[1]', '{"id": 2', `{"id": 3, "maker": "${a}", "notional": "1", "improvementBps": 1, "volatilityBps": 1, "price": 5}`, `{"id": 4, "maker": "${a}", "improvementBps": 1, "volatilityBps": 1}`].join('\n'),
      'f.jsonl',
    );
    expect(jsonl[0]).toBe('f.jsonl line 1: notional must be an integer; beyond 2^53 write it as a string (got 9007199254740992)');
    expect(jsonl[1]).toBe('f.jsonl line 2: each line must be one JSON object');
    expect(jsonl[2]).toMatch(/^f\.jsonl line 3: not JSON/);
    expect(jsonl[3]).toBe('f.jsonl line 4: unknown field price');
    expect(jsonl[4]).toMatch(/^f\.jsonl line 5: notional/);
  });

  it('lists the first 20 problems and counts the rest', () => {
    const rows = Array.from({ length: 25 }, (_, i) => `${i + 1},bad,1,1,1`);
    const errors = errorsOf(csv(...rows));
    expect(errors).toHaveLength(21);
    expect(errors.at(-1)).toBe('… and 5 more');
  });
});
