/**
 * JSON with u64 values. The real RPC writes lamports, rent epochs and token
 * amounts as bare JSON numbers up to u64::MAX; JSON.stringify cannot write a
 * bigint, and a number above 2^53 would be rounded before it is written. So u64
 * values travel as bigint inside the server and are written here as raw digits.
 */
const MARK = '\u0000big:';

export function stringifyJson(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${MARK}${v}` : v));
  // A marked string is always a whole JSON string, so the quotes go with it.
  return text.replace(/"\\u0000big:(-?\d+)"/g, '$1');
}
