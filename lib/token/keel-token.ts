/**
 * The KEEL token's fixed numbers (product.md "Token"): 9 decimals, a supply of
 * 100,000,000 minted once, 90,000,000 to the locked reserve and 10,000,000 to
 * the current season's incentives. Amounts are base units (bigint).
 */
export const KEEL_SYMBOL = 'KEEL';
export const KEEL_DECIMALS = 9;
/** One whole token in base units. */
export const KEEL_UNIT = 10n ** BigInt(KEEL_DECIMALS);
export const KEEL_SUPPLY = 100_000_000n * KEEL_UNIT;
export const KEEL_RESERVE_AMOUNT = 90_000_000n * KEEL_UNIT;
export const KEEL_SEASON_AMOUNT = 10_000_000n * KEEL_UNIT;

/** Whole tokens → base units. */
export function keel(tokens: bigint | number): bigint {
  if (typeof tokens === 'number' && !Number.isSafeInteger(tokens)) throw new RangeError(`keel(${tokens}): whole tokens only`);
  return BigInt(tokens) * KEEL_UNIT;
}
