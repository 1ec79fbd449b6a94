import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACC_SCALE, DAY_SECS as D } from './program';
import {
  curveRewardWeightAt,
  curveStepsAfter,
  curveVotingPowerAt,
  dayCeil,
  earnedOverSegments,
  type PositionCurve,
  ScheduleModel,
  scheduledDrops,
} from './schedule';

/** The curve of `math.rs`'s host tests: 1,000 at 3.0× until day 10, boosters ending on days 4, 7 and 10. */
const CURVE: PositionCurve = {
  amount: 1_000n,
  hasLock: true,
  multiplierBps: 30_000,
  fallMultiplierBps: 10_000,
  lockEnd: 10n * D,
  longLockBps: 2_000,
  voterBps: 1_500,
  voterUntil: 4n * D,
  participationBps: 1_000,
  participationUntil: 7n * D,
};

describe('schedule math (mirror of math.rs)', () => {
  it('rounds up to the next 00:00 UTC', () => {
    expect(dayCeil(0n)).toBe(0n);
    expect(dayCeil(1n)).toBe(D);
    expect(dayCeil(D)).toBe(D);
    expect(dayCeil(-5n)).toBe(0n);
    expect(dayCeil(1_750_000_000n)).toBe(1_750_032_000n);
  });

  it('steps and drops of a curve, as the host test', () => {
    expect(curveRewardWeightAt(CURVE, 0n)).toBe(4_350n);
    expect(curveVotingPowerAt(CURVE, 10n * D)).toBe(1_000n);
    expect(curveStepsAfter(CURVE, 0n)).toEqual([4n * D, 7n * D, 10n * D]);
    expect(scheduledDrops(CURVE, D)).toEqual([
      { at: 4n * D, rewardWeight: 450n, votingPower: 0n },
      { at: 7n * D, rewardWeight: 300n, votingPower: 0n },
      { at: 10n * D, rewardWeight: 2_600n, votingPower: 2_000n },
    ]);
    expect(curveStepsAfter({ ...CURVE, voterUntil: 10n * D, participationUntil: 10n * D }, 0n)).toEqual([10n * D]);
  });

  it('earns over segments exactly what each day paid at the weight then, as the host test', () => {
    const accDay = (t: bigint) => {
      const day = t / D;
      return (ACC_SCALE * day * (day + 1n)) / 2n;
    };
    const earned = earnedOverSegments(CURVE, D + D / 2n, accDay(D) + ACC_SCALE, 12n * D + D / 4n, accDay(12n * D) + (13n * ACC_SCALE) / 4n, accDay);
    expect(earned).toBe(4_350n * 8n + 3_900n * 18n + 3_600n * 27n + 1_000n * 11n + 1_000n * 12n + 3_250n);
  });
});

// ------------------------------------------------------------------ exact model vs direct sums

const TOKEN = 1_000_000_000n;
const START = 1_750_000_000n;
const LOCK_DAYS = [0n, 7n, 30n, 90n, 180n];
const MULTIPLIERS = [10_000, 12_000, 15_000, 20_000, 30_000];

type Op =
  | { kind: 'open'; tier: number; tokens: number; voter: boolean }
  | { kind: 'rewrite'; pick: number; tier: number; voter: boolean }
  | { kind: 'close'; pick: number }
  | { kind: 'deposit'; tokens: number }
  | { kind: 'stream'; tokens: number; days: number }
  | { kind: 'warp'; secs: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('open' as const), tier: fc.integer({ min: 0, max: 4 }), tokens: fc.integer({ min: 100, max: 50_000 }), voter: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rewrite' as const), pick: fc.nat(20), tier: fc.integer({ min: 0, max: 4 }), voter: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('close' as const), pick: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('deposit' as const), tokens: fc.integer({ min: 1, max: 5_000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stream' as const), tokens: fc.integer({ min: 0, max: 20_000 }), days: fc.integer({ min: 1, max: 60 }) }) },
  // Warps from seconds to 40 days: many cross lock ends and booster ends between writes.
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('warp' as const), secs: fc.oneof(fc.integer({ min: 1, max: 3_600 }), fc.integer({ min: 3_600, max: 40 * 86_400 })) }) },
);

/** A position's curve written at `now` with the rules of the design (ends on boundaries). */
function curveAt(amount: bigint, tier: number, voter: boolean, now: bigint): PositionCurve {
  const lockSecs = LOCK_DAYS[tier]! * D;
  const lockEnd = tier === 0 ? now : dayCeil(now + lockSecs);
  return {
    amount,
    hasLock: tier !== 0,
    multiplierBps: MULTIPLIERS[tier]!,
    fallMultiplierBps: 10_000,
    lockEnd,
    longLockBps: lockEnd - now >= 90n * D ? 2_000 : 0,
    voterBps: voter ? 1_500 : 0,
    voterUntil: voter ? dayCeil(now + 30n * D) : 0n,
    participationBps: 1_000,
    participationUntil: dayCeil(now + 30n * D),
  };
}

describe('ScheduleModel: exact totals and rewards with no crank', () => {
  it('totals equal Σ current weights and rewards equal the direct per-day sums at every step', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 30, maxLength: 80 }), (ops) => {
        let now = START;
        const model = new ScheduleModel(now);
        let nextId = 0;
        const open: number[] = [];
        // Per position: exact Σ weight × Δacc (scaled) and the count of floors the model took since.
        const exact = new Map<number, { scaled: bigint; from: bigint; fromAcc: bigint; paid: bigint; floors: bigint }>();
        let paidTotal = 0n;
        let released = 0n;

        /** Σ over every boundary piece of (weight then) × Δacc, from the history: no steps involved. */
        const direct = (id: number) => {
          const e = exact.get(id)!;
          const curve = model.positions.get(id)!.curve;
          let scaled = e.scaled;
          let from = e.from;
          let fromAcc = e.fromAcc;
          for (let b = dayCeil(from + 1n); b <= now; b += D) {
            const acc = model.history.get(b)!;
            scaled += curveRewardWeightAt(curve, from) * (acc - fromAcc);
            from = b;
            fromAcc = acc;
          }
          scaled += curveRewardWeightAt(curve, from) * (model.acc - fromAcc);
          return scaled;
        };

        for (const o of ops) {
          switch (o.kind) {
            case 'open': {
              const id = nextId++;
              model.write(id, curveAt(BigInt(o.tokens) * TOKEN, o.tier, o.voter, now), now);
              exact.set(id, { scaled: 0n, from: now, fromAcc: model.acc, paid: 0n, floors: 1n });
              open.push(id);
              break;
            }
            case 'rewrite':
            case 'close': {
              if (open.length === 0) break;
              const id = open[o.pick % open.length]!;
              model.settle(now);
              const e = exact.get(id)!;
              e.scaled = direct(id);
              e.floors += BigInt(curveStepsAfter(model.positions.get(id)!.curve, e.from).filter((s) => s <= now).length) + 1n;
              const p = model.positions.get(id)!;
              const earned = model.write(id, o.kind === 'close' ? null : curveAt(p.curve.amount, o.tier, o.voter, now), now);
              e.from = now;
              e.fromAcc = model.acc;
              if (o.kind === 'close') {
                paidTotal += earned;
                open.splice(open.indexOf(id), 1);
                // Paid at close: floor(exact) less at most one unit per floor taken.
                const whole = e.scaled / ACC_SCALE;
                expect(earned <= whole && whole - earned <= e.floors, `${earned} vs ${whole}`).toBe(true);
              }
              break;
            }
            case 'deposit':
              model.deposit(BigInt(o.tokens) * TOKEN, now);
              released += BigInt(o.tokens) * TOKEN;
              break;
            case 'stream':
              model.fundStream(BigInt(o.tokens) * TOKEN, BigInt(o.days) * D, now);
              released += BigInt(o.tokens) * TOKEN;
              break;
            case 'warp':
              now += BigInt(o.secs);
              break;
          }

          // Every step: settle to now and compare with the direct sums.
          model.settle(now);
          let weight = 0n;
          let power = 0n;
          let owed = paidTotal;
          for (const id of open) {
            const curve = model.positions.get(id)!.curve;
            weight += curveRewardWeightAt(curve, now);
            power += curveVotingPowerAt(curve, now);
            const pending = model.pending(id, now);
            const e = exact.get(id)!;
            const whole = direct(id) / ACC_SCALE;
            const floors = e.floors + BigInt(curveStepsAfter(curve, e.from).filter((s) => s <= now).length);
            expect(pending <= whole && whole - pending <= floors, `position ${id}: ${pending} vs ${whole}`).toBe(true);
            owed += pending;
          }
          // The ring keeps both totals exact, with no write to the positions.
          expect(model.totalRewardWeight).toBe(weight);
          expect(model.totalVotingPower).toBe(power);
          // Never more credited than was put in.
          expect(owed).toBeLessThanOrEqual(released);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('settles a position untouched for years, across all its steps', () => {
    let now = START;
    const model = new ScheduleModel(now);
    model.write(0, curveAt(1_000n * TOKEN, 4, true, now), now);
    model.write(1, curveAt(1_000n * TOKEN, 0, false, now), now);
    model.fundStream(1_000_000n * TOKEN, 4n * 365n * D, now);
    const w0 = curveRewardWeightAt(model.positions.get(0)!.curve, now);
    now += 3n * 365n * D + 12_345n;
    model.settle(now);
    // Lock (180 days) and boosters ended long ago: both at 1.0×, equal weights now.
    expect(model.totalRewardWeight).toBe(2_000n * TOKEN);
    expect(model.totalVotingPower).toBe(2_000n * TOKEN);
    // The locked position earned more than the no-lock one while its weight was higher.
    const a = model.pending(0, now);
    const b = model.pending(1, now);
    expect(a).toBeGreaterThan(b);
    expect(w0).toBe(((3_000n * TOKEN) * 14_500n) / 10_000n);
    // And together no more than the stream released (3 years + of 4).
    expect(a + b).toBeLessThanOrEqual(1_000_000n * TOKEN);
  });
});
