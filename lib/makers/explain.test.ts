import { describe, expect, it } from 'vitest';
import { explainFill, explainPayout, multipliedReward } from './explain';
import { RULES, simulateSeason, TOKEN } from './test-fixtures';

const total = (e: { base: bigint; multiplierEffect: bigint; belowMinimumCut: bigint; capCut: bigint; budgetCut: bigint }) =>
  e.base + e.multiplierEffect - e.belowMinimumCut - e.capCut - e.budgetCut;

describe('one fill taken apart', () => {
  it('pays base × multipliers with one rounding at the end', () => {
    // 1,234.567 KEEL at 7 bp, early 2×, volatility 300 bp over a 200 bp threshold = 1.5×.
    const { fills } = simulateSeason({ early: true, budget: 10n ** 18n, inputs: [{ notional: 1_234_567_000_000n, improvementBps: 7, volatilityBps: 300 }] });
    const f = fills[0]!;
    expect([f.earlyBps, f.volatilityMultiplierBps, f.flags]).toEqual([20_000, 15_000, 0]);
    const e = explainFill(f, RULES.maxRewardPerFill);
    expect(e.kind).toBe('paid');
    expect(e.base).toBe(864_196_900n); // ⌊1,234,567,000,000 × 7 / 10,000⌋
    expect(e.reward).toBe(2_592_590_700n); // ⌊… × 20,000 × 15,000 / 10^12⌋: 3× the base
    expect(e.multiplierEffect).toBe(e.reward - e.base);
    expect(e.consistent).toBe(true);
  });

  it('shows the cap, the budget and the minimum as cuts that add up to what was paid', () => {
    const { fills } = simulateSeason({
      budget: 50n * TOKEN,
      inputs: [
        { notional: 100_000n * TOKEN, improvementBps: 5 }, // 50 KEEL raw, capped at 30
        { notional: 10_000n * TOKEN, improvementBps: 1 }, // below the 2 bp minimum
        { notional: 100_000n * TOKEN, improvementBps: 3 }, // 30 raw → 20 left in the budget
        { notional: 1_000n * TOKEN, improvementBps: 9 }, // budget spent: 0
        { notional: 500_000n * TOKEN, improvementBps: 9 }, // 450 raw: capped and spent
      ],
    });
    const kinds = fills.map((f) => explainFill(f, RULES.maxRewardPerFill));
    expect(kinds.map((k) => k.kind)).toEqual(['capped', 'below-minimum', 'budget', 'budget', 'capped+budget']);
    expect(kinds.map((k) => k.reward)).toEqual([30n * TOKEN, 0n, 20n * TOKEN, 0n, 0n]);
    expect(kinds[0]).toMatchObject({ capCut: 20n * TOKEN, budgetCut: 0n });
    expect(kinds[1]).toMatchObject({ base: TOKEN, belowMinimumCut: TOKEN });
    expect(kinds[2]).toMatchObject({ capCut: 0n, budgetCut: 10n * TOKEN });
    expect(kinds[4]).toMatchObject({ capCut: 420n * TOKEN, budgetCut: 30n * TOKEN });
    for (const k of kinds) {
      expect(k.consistent).toBe(true);
      expect(total(k)).toBe(k.reward);
    }
  });

  it('flags a reward the model does not reproduce', () => {
    const { fills } = simulateSeason({ budget: 10n ** 18n, inputs: [{ notional: 1_000n * TOKEN, improvementBps: 5 }] });
    expect(explainFill({ ...fills[0]!, reward: fills[0]!.reward + 1n }, RULES.maxRewardPerFill).consistent).toBe(false);
    const budgetCut = simulateSeason({ budget: 7n, inputs: [{ notional: 1_000n * TOKEN, improvementBps: 5 }] }).fills[0]!;
    expect(explainFill(budgetCut, RULES.maxRewardPerFill).consistent).toBe(true);
    // Paid more than the budget left before it: refused.
    expect(explainFill({ ...budgetCut, budgetLeftBefore: 6n }, RULES.maxRewardPerFill).consistent).toBe(false);
  });

  it('keeps the program’s u64 ceiling on the multiplied reward', () => {
    expect(multipliedReward({ notional: 2n ** 64n - 1n, improvementBps: 65_535, earlyBps: 30_000, volatilityMultiplierBps: 30_000 })).toBe(2n ** 64n - 1n);
  });
});

describe('a row’s payout explained', () => {
  const inputs = Array.from({ length: 40 }, (_, i) => ({
    notional: BigInt(1 + ((i * 7919) % 97)) * 1_000n * TOKEN + BigInt(i * 123_457),
    improvementBps: i % 9, // 0 and 1 are below the minimum
    volatilityBps: (i * 37) % 400,
  }));

  it('adds up to the row’s reward exactly, with every count and sum matching the account', () => {
    const { fills, line } = simulateSeason({ early: true, budget: 600n * TOKEN, inputs });
    const x = explainPayout(line, fills, RULES.maxRewardPerFill, true);
    expect(x.reward).toBe(line.rewards);
    expect(x.base + x.multiplierEffect - x.belowMinimumCut - x.capCut - x.budgetCut).toBe(line.rewards);
    expect(Object.values(x.checks).every((c) => c.ok)).toBe(true);
    expect(x.inconsistent).toBe(0);
    expect(x.addsUp).toBe(true);
    // The budget ran out part-way: this season has every kind of fill.
    expect(x.kinds['below-minimum']).toBeGreaterThan(0);
    expect(x.kinds.budget + x.kinds['capped+budget']).toBeGreaterThan(0);
    expect(x.kinds.paid).toBeGreaterThan(0);
    expect(x.multipliers.reduce((s, g) => s + g.fills, 0)).toBe(40);
    // Early on every fill; volatility either calm (1×) or scaled above the threshold, one group each with its range.
    expect(x.multipliers.map((g) => [g.earlyBps, g.volatilityMinBps === 10_000, g.volatilityMaxBps > 10_000])).toEqual([
      [20_000, true, false],
      [20_000, false, true],
    ]);
    expect(x.multipliers[1]!.volatilityMaxBps).toBe(15_000);
    expect(x.multipliers.reduce((s, g) => s + g.base + g.multiplierEffect, 0n)).toBe(x.base + x.multiplierEffect);
  });

  it('does not add up when a fill is missing, the history was cut short, or the account says otherwise', () => {
    const { fills, line } = simulateSeason({ budget: 10n ** 18n, inputs });
    const missing = explainPayout(line, fills.slice(1), RULES.maxRewardPerFill, true);
    expect(missing.addsUp).toBe(false);
    expect(missing.checks.fills).toEqual({ expected: 40n, found: 39n, ok: false });
    expect(missing.checks.rewards.found).toBe(line.rewards - fills[0]!.reward);

    expect(explainPayout(line, fills, RULES.maxRewardPerFill, false).addsUp).toBe(false);
    const other = explainPayout({ ...line, rewards: line.rewards + 1n }, fills, RULES.maxRewardPerFill, true);
    expect(other.checks.rewards.ok).toBe(false);
    expect(other.addsUp).toBe(false);
  });

  it('explains an empty season as zero', () => {
    const { fills, line } = simulateSeason({ budget: 0n, inputs: [] });
    const x = explainPayout(line, fills, RULES.maxRewardPerFill, true);
    expect(x).toMatchObject({ fills: 0, reward: 0n, addsUp: true, multipliers: [] });
  });
});
