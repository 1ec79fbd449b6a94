/**
 * Small statistics shared by the latency benchmarks (`bench/rpc.ts`,
 * `bench/pages.ts`): nearest-rank percentiles and rounding for the JSON files.
 */

/** Nearest-rank percentile (`p` in 0..100) of `values`; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/**
 * Rounds a figure for the results file: milliseconds below 10 to 0.01, below
 * 100 to 0.1, larger to whole numbers; other units the same way by magnitude.
 */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  const abs = Math.abs(value);
  const digits = abs < 10 ? 2 : abs < 100 ? 1 : 0;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A flat result object with its keys sorted, as JSON with a trailing newline. */
export function stableJson(results: Record<string, number>): string {
  const sorted = Object.fromEntries(Object.keys(results).sort().map((k) => [k, results[k]]));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** Prints `key  value` rows, values right-aligned (thousands separated). */
export function printTable(results: Record<string, number>, keys: readonly string[] = Object.keys(results), width = 56): void {
  for (const key of keys) {
    const value = results[key];
    if (value === undefined) continue;
    console.info(`${key.padEnd(width)}  ${value.toLocaleString('en-US', { maximumFractionDigits: 2 }).padStart(12)}`);
  }
}
