/**
 * Fills from a file, for replaying real data: CSV with a header row, or JSON
 * Lines (one object per line), picked by the extension (`.csv`, `.jsonl` /
 * `.ndjson`) or the content. Columns / keys:
 *
 * | field | what | CSV header | JSONL key |
 * | --- | --- | --- | --- |
 * | id | the exchange's fill id, an integer 1..2^64−1, strictly increasing | `id` | `id` |
 * | maker | the maker's wallet (base58) | `maker` | `maker` |
 * | notional | KEEL base units (integer) as converted by the exchange | `notional` | `notional` |
 * | improvement | spread improvement, bp (0..65,535) | `improvement_bps` | `improvementBps` |
 * | volatility | the market's volatility at the fill, bp (0..65,535) | `volatility_bps` | `volatilityBps` |
 *
 * Every row is validated (zod) and every problem reported with its line
 * number, the field and what was wrong; a file with any problem is refused
 * whole, so a replay never records half a file. In JSON, a notional or id
 * beyond 2^53 must be a string (a JSON number that large has already lost
 * digits).
 */
import { readFileSync } from 'node:fs';
import { PublicKey } from '@solana/web3.js';
import { z } from 'zod';
import { type ReportedFill, U16_MAX, U64_MAX } from './fills';

export type ParseResult = { ok: true; fills: ReportedFill[] } | { ok: false; errors: string[] };

/** Most problems listed before "… and N more". */
const MAX_LISTED = 20;

const integer = (what: string, min: bigint, max: bigint) =>
  z.union([z.string(), z.number()]).transform((value, ctx): bigint => {
    const text = String(value).trim();
    if (typeof value === 'number' && !Number.isSafeInteger(value)) {
      ctx.addIssue({ code: 'custom', message: `${what} must be an integer; beyond 2^53 write it as a string (got ${text})` });
      return z.NEVER;
    }
    if (!/^\d+$/.test(text)) {
      ctx.addIssue({ code: 'custom', message: `${what} must be a whole number (got "${text}")` });
      return z.NEVER;
    }
    const n = BigInt(text);
    if (n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: `${what} must be between ${min} and ${max} (got ${text})` });
      return z.NEVER;
    }
    return n;
  });

const bps = (what: string) => integer(what, 0n, BigInt(U16_MAX)).transform(Number);

const wallet = z.string().transform((value, ctx): PublicKey => {
  try {
    const key = new PublicKey(value.trim());
    if (key.toBase58() === value.trim()) return key;
  } catch {
    // reported below
  }
  ctx.addIssue({ code: 'custom', message: `maker must be a base58 wallet address (got "${value}")` });
  return z.NEVER;
});

/** One fill, as either format names its fields (normalised to JSONL keys first). */
export const fillRowSchema = z
  .object({
    id: integer('id', 1n, U64_MAX),
    maker: wallet,
    notional: integer('notional', 1n, U64_MAX),
    improvementBps: bps('improvement_bps'),
    volatilityBps: bps('volatility_bps'),
  })
  .strict();

const CSV_COLUMNS: Record<string, string> = { id: 'id', maker: 'maker', notional: 'notional', improvement_bps: 'improvementBps', volatility_bps: 'volatilityBps' };

/** Parses and validates `text`; `name` prefixes the messages (the file's name). */
export function parseFills(text: string, name: string, format: 'csv' | 'jsonl' = guessFormat(name, text)): ParseResult {
  const rows = format === 'csv' ? csvRows(text) : jsonlRows(text);
  if ('error' in rows) return { ok: false, errors: [`${name}: ${rows.error}`] };
  const errors: string[] = [];
  const fills: ReportedFill[] = [];
  // The last readable id, from a row with other problems too: the order is checked row to row.
  let lastId: bigint | undefined;
  for (const row of rows.rows) {
    if ('error' in row) {
      errors.push(`${name} line ${row.line}: ${row.error}`);
      continue;
    }
    const id = fillRowSchema.shape.id.safeParse(row.value.id);
    if (id.success && lastId !== undefined && id.data <= lastId) {
      errors.push(`${name} line ${row.line}: id ${id.data} does not follow ${lastId} (fill ids must increase: each batch's sequence is its last id)`);
    }
    if (id.success) lastId = id.data;
    const parsed = fillRowSchema.safeParse(row.value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(`${name} line ${row.line}: ${issueText(issue)}`);
      continue;
    }
    fills.push(parsed.data);
  }
  if (rows.rows.length === 0) errors.push(`${name}: no fills`);
  if (errors.length > 0) {
    const more = errors.length - MAX_LISTED;
    return { ok: false, errors: more > 0 ? [...errors.slice(0, MAX_LISTED), `… and ${more} more`] : errors };
  }
  return { ok: true, fills };
}

/** `parseFills` of a file on disk. */
export function readFillsFile(path: string): ParseResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { ok: false, errors: [`${path}: cannot be read (${(e as Error).message})`] };
  }
  return parseFills(text, path);
}

function guessFormat(name: string, text: string): 'csv' | 'jsonl' {
  if (/\.csv$/i.test(name)) return 'csv';
  if (/\.(jsonl|ndjson)$/i.test(name)) return 'jsonl';
  return text.trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

type Row = { line: number; value: Record<string, unknown> } | { line: number; error: string };
type Rows = { rows: Row[] } | { error: string };

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((content, i) => ({ content: content.trim(), line: i + 1 }))
    .filter((l) => l.content !== '');

function csvRows(text: string): Rows {
  const [header, ...body] = lines(text);
  if (!header) return { error: 'empty file (expected a header row: id,maker,notional,improvement_bps,volatility_bps)' };
  const columns = header.content.split(',').map((c) => unquote(c).toLowerCase());
  const unknown = columns.filter((c) => !(c in CSV_COLUMNS));
  const missing = Object.keys(CSV_COLUMNS).filter((c) => !columns.includes(c));
  if (unknown.length > 0 || missing.length > 0 || new Set(columns).size !== columns.length) {
    const parts = [missing.length ? `missing ${missing.join(', ')}` : '', unknown.length ? `unknown ${unknown.join(', ')}` : ''].filter(Boolean);
    return { error: `line ${header.line}: the header must name id,maker,notional,improvement_bps,volatility_bps once each (${parts.join('; ') || 'a column repeats'})` };
  }
  return {
    rows: body.map(({ content, line }) => {
      const cells = content.split(',').map(unquote);
      if (cells.length !== columns.length) return { line, error: `${cells.length} fields, the header has ${columns.length}` };
      return { line, value: Object.fromEntries(columns.map((c, i) => [CSV_COLUMNS[c]!, cells[i]!])) };
    }),
  };
}

function jsonlRows(text: string): Rows {
  return {
    rows: lines(text).map(({ content, line }) => {
      try {
        const value: unknown = JSON.parse(content);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return { line, error: 'each line must be one JSON object' };
        return { line, value: value as Record<string, unknown> };
      } catch (e) {
        return { line, error: `not JSON (${(e as Error).message})` };
      }
    }),
  };
}

const unquote = (cell: string) => cell.trim().replace(/^"(.*)"$/, '$1').trim();

function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.join(', ')}`;
  const field = issue.path.join('.');
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${field} is missing`;
  return issue.code === 'custom' ? issue.message : `${field}: ${issue.message}`;
}
