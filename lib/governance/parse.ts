/**
 * Exact parsing of the numbers the proposal forms take: percentages into basis
 * points, multipliers into basis points, days into seconds, addresses, and
 * instruction data in hex or base64. Strings in, integers out; no float ever
 * holds a value that ends up on chain. Token amounts use lib/staking/format.
 */
import { PublicKey } from '@solana/web3.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

/** A decimal with at most `decimals` fraction digits → that many implied decimals ("8.5", 2 → 850n). */
function parseFixed(input: string, decimals: number, what: string): Parsed<bigint> {
  const text = input.trim();
  if (text === '') return fail(`Enter ${what}.`);
  if (/^[-+]/.test(text)) return fail(`Enter ${what} without a sign.`);
  const match = /^(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[1] === '' && (match[2] ?? '') === '')) return fail(`Enter ${what} as a number, like 8.5.`);
  const frac = match[2] ?? '';
  if (frac.length > decimals) return fail(`At most ${decimals} decimal place${decimals === 1 ? '' : 's'}.`);
  return ok(BigInt(match[1] || '0') * 10n ** BigInt(decimals) + BigInt(frac.padEnd(decimals, '0') || '0'));
}

/** "8.5" (percent) → 850 bps; at most two decimals (one basis point). */
export function parsePercentToBps(input: string, bounds: { min?: number; max: number }): Parsed<number> {
  const parsed = parseFixed(input.replace(/\s*%\s*$/, ''), 2, 'a percentage');
  if (!parsed.ok) return parsed;
  const bps = Number(parsed.value);
  const min = bounds.min ?? 0;
  if (bps < min || bps > bounds.max) return fail(`Enter a percentage from ${bpsToPercentInput(min)} % to ${bpsToPercentInput(bounds.max)} %.`);
  return ok(bps);
}

/** 850 → "8.5". */
export function bpsToPercentInput(bps: number): string {
  const whole = Math.trunc(bps / 100);
  const frac = String(bps % 100).padStart(2, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}

/** "1.5" (×) → 15,000 bps; at most four decimals. */
export function parseMultiplierToBps(input: string, bounds: { min: number; max: number }): Parsed<number> {
  const parsed = parseFixed(input.replace(/\s*[×x]\s*$/i, ''), 4, 'a multiplier');
  if (!parsed.ok) return parsed;
  const bps = Number(parsed.value);
  if (bps < bounds.min || bps > bounds.max) return fail(`Enter a multiplier from ${bpsToMultiplierInput(bounds.min)}× to ${bpsToMultiplierInput(bounds.max)}×.`);
  return ok(bps);
}

/** 15,000 → "1.5". */
export function bpsToMultiplierInput(bps: number): string {
  const whole = Math.trunc(bps / 10_000);
  const frac = String(bps % 10_000).padStart(4, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}

const DAY = 86_400n;

/** "7" or "0.5" days → seconds; at most two decimals (864 s), so the result is whole seconds. */
export function parseDaysToSecs(input: string, bounds: { min: bigint; max: bigint }): Parsed<bigint> {
  const parsed = parseFixed(input.replace(/\s*d(ays?)?\s*$/i, ''), 2, 'a number of days');
  if (!parsed.ok) return parsed;
  const secs = (parsed.value * DAY) / 100n;
  if (secs < bounds.min || secs > bounds.max) return fail(`Enter from ${secsToDaysInput(bounds.min)} to ${secsToDaysInput(bounds.max)} days.`);
  return ok(secs);
}

/** 604,800 → "7"; 43,200 → "0.5"; seconds that are not a hundredth of a day come out rounded down. */
export function secsToDaysInput(secs: bigint): string {
  const hundredths = (secs * 100n) / DAY;
  const whole = hundredths / 100n;
  const frac = (hundredths % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}

/** A base58 address. */
export function parseAddress(input: string, what = 'an address'): Parsed<PublicKey> {
  const text = input.trim();
  if (text === '') return fail(`Enter ${what}.`);
  if (!/^[1-9A-HJ-NP-Za-km-z]{32,44}$/.test(text)) return fail(`That is not a Solana address (base58, 32 to 44 characters).`);
  try {
    return ok(new PublicKey(text));
  } catch {
    return fail('That is not a Solana address (base58, 32 to 44 characters).');
  }
}

export type DataEncoding = 'hex' | 'base64';

/** Instruction data typed as hex ("0x" and whitespace allowed) or base64. Empty is zero bytes. */
export function parseData(input: string, encoding: DataEncoding): Parsed<Uint8Array> {
  const text = input.replace(/\s+/g, '');
  if (text === '') return ok(new Uint8Array());
  if (encoding === 'hex') {
    const hex = text.replace(/^0x/i, '');
    if (!/^[0-9a-f]*$/i.test(hex)) return fail('Hex data may only hold 0-9 and a-f.');
    if (hex.length % 2 !== 0) return fail('Hex data needs an even number of digits (two per byte).');
    return ok(Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16)));
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return fail('That is not base64 (A-Z, a-z, 0-9, + and /, padded with =).');
  return ok(Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));
}

/** Bytes → lowercase hex. */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** 64 hex digits → 32 bytes. */
export function parseHash(input: string): Parsed<Uint8Array> {
  const hex = input.trim().replace(/^0x/i, '');
  if (!/^[0-9a-f]{64}$/i.test(hex)) return fail('A sha256 hash is 64 hex digits.');
  return ok(Uint8Array.from(hex.match(/../g)!, (h) => parseInt(h, 16)));
}

/** UTF-8 length, what the program limits. */
export const utf8Length = (text: string) => new TextEncoder().encode(text).length;
