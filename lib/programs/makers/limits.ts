/**
 * The makers program's numbers the IDL cannot carry, mirrored from its Rust
 * interface (`limits.test.ts` reads them back from there): how much one
 * `record_fills` takes (`interface/instruction.rs`), the defaults `initialize`
 * writes and the bounds `update_config` enforces (`interface/state/config.rs`).
 * Amounts are base units of a 9-decimal mint; durations seconds.
 */

const DAY = 86_400n;
const TOKEN = 1_000_000_000n;

/** Most fills one `record_fills` takes. */
export const MAX_FILLS = 64;
/** Most maker accounts one `record_fills` takes. */
export const MAX_MAKERS = 32;
/** Bytes of one fill in `record_fills` data. */
export const FILL_LEN = 16;

/** `defaults` in `state/config.rs`: what a fresh config holds. */
export const MAKERS_DEFAULTS = {
  seasonSecs: 30n * DAY,
  minImprovementBps: 1,
  earlyMultiplierBps: 20_000,
  earlyUntilSeason: 1,
  earlyMaxMakers: 0,
  maxRewardPerFill: 10_000n * TOKEN,
  volatilityThresholdBps: 200,
  maxVolatilityMultiplierBps: 15_000,
  minBond: 1_000n * TOKEN,
  inactivityWindowSecs: 7n * DAY,
  slashBps: 1_000,
  unbondCooldownSecs: 7n * DAY,
} as const;

/** `bounds` in `state/config.rs`, each inclusive ([min, max]). */
export const MAKERS_BOUNDS = {
  minImprovementBps: [1, 1_000],
  earlyMultiplierBps: [10_000, 30_000],
  maxVolatilityMultiplierBps: [10_000, 30_000],
  volatilityThresholdBps: [1, 10_000],
  /** A slash takes at most half of bond + unbonding. */
  slashBps: [0, 5_000],
  /** The per-fill cap is at least one base unit (no upper bound but u64). */
  minRewardPerFill: 1n,
  /** The smallest non-zero bond is at least one base unit. */
  minMinBond: 1n,
  earlyMaxMakers: [0, 10_000],
  seasonSecs: [DAY, 365n * DAY],
  inactivityWindowSecs: [DAY, 365n * DAY],
  unbondCooldownSecs: [DAY, 90n * DAY],
} as const;
