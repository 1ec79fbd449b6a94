/**
 * `limits.ts` against the Rust interface it mirrors: the batch limits in
 * `interface/instruction.rs`, the defaults and bounds in `state/config.rs`
 * (constants read from the source and evaluated: `30 * DAY`, `(1, 1_000)`).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILL_LEN, MAKERS_BOUNDS, MAKERS_DEFAULTS, MAX_FILLS, MAX_MAKERS } from './limits';

const dir = path.resolve(__dirname, '../../../programs/makers/src/interface');
const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

const UNITS: Record<string, bigint> = { DAY: 86_400n, TOKEN: 1_000_000_000n };

/** `30 * DAY` → 2592000n; a tuple `(a, b)` → [a, b]. */
function evaluate(expr: string): bigint | bigint[] {
  const tuple = /^\((.*),(.*)\)$/.exec(expr.trim());
  if (tuple) return [evaluate(tuple[1]!) as bigint, evaluate(tuple[2]!) as bigint];
  return expr
    .split('*')
    .map((f) => f.trim())
    .reduce((acc, f) => acc * (UNITS[f] ?? BigInt(f.replace(/_/g, ''))), 1n);
}

/** Every `pub const NAME: T = expr;` of `pub mod <name> { ... }` in config.rs. */
function constants(module: string): Record<string, bigint | bigint[]> {
  const body = new RegExp(`pub mod ${module} \\{([\\s\\S]*?)\\n\\}`).exec(read('state/config.rs'))?.[1] ?? '';
  return Object.fromEntries([...body.matchAll(/pub const (\w+): [^=]+= ([^;]+);/g)].map((m) => [m[1]!, evaluate(m[2]!)]));
}

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
const asBig = (v: unknown): unknown => (Array.isArray(v) ? v.map(asBig) : BigInt(v as number | bigint));

describe('makers limits mirror the Rust interface', () => {
  it('record_fills takes MAX_FILLS fills of FILL_LEN bytes for MAX_MAKERS makers', () => {
    const src = read('instruction.rs');
    const usize = (name: string) => Number(new RegExp(`pub const ${name}: usize = (\\d+);`).exec(src)?.[1]);
    expect([MAX_FILLS, MAX_MAKERS, FILL_LEN]).toEqual([usize('MAX_FILLS'), usize('MAX_MAKERS'), usize('FILL_LEN')]);
  });

  it('defaults are config.rs `defaults`', () => {
    const rust = constants('defaults');
    expect(Object.keys(rust).length).toBe(Object.keys(MAKERS_DEFAULTS).length);
    for (const [name, value] of Object.entries(MAKERS_DEFAULTS)) expect(rust[snake(name)], name).toBe(BigInt(value));
  });

  it('bounds are config.rs `bounds`', () => {
    const rust = constants('bounds');
    const b = MAKERS_BOUNDS;
    const pairs = ['minImprovementBps', 'earlyMultiplierBps', 'maxVolatilityMultiplierBps', 'volatilityThresholdBps', 'seasonSecs', 'inactivityWindowSecs', 'unbondCooldownSecs'] as const;
    for (const name of pairs) expect(rust[snake(name)], name).toEqual(asBig(b[name]));
    expect(rust.MAX_SLASH_BPS).toBe(BigInt(b.slashBps[1]));
    expect(rust.MIN_REWARD_PER_FILL).toBe(b.minRewardPerFill);
    expect(rust.EARLY_MAX_MAKERS).toBe(BigInt(b.earlyMaxMakers[1]));
    expect(Object.keys(rust).length).toBe(pairs.length + 3);
  });
});
