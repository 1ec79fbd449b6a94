/**
 * Property test: random sequences of fill batches, claims, funding, bonds,
 * unbonds, withdrawals, slashes, rollovers and time jumps over several makers,
 * on SPL Token and on Token-2022 with a transfer fee, against a TypeScript
 * model (`lib/programs/makers/math.ts` for the rewards, plain bookkeeping for
 * the rest) that predicts every step: success, or the one refusal the step
 * runs into (nothing to claim, cooldown, window, season not ended, …).
 *
 * After every step:
 * - the config's season, budgets, sequence and totals and every maker's bond,
 *   unbonding, earned and claimed equal the model's;
 * - reward vault ≥ Σ pending + (budget − emitted) + next budget (with the
 *   carry-over policy nothing leaves the vault otherwise, so it is equal);
 * - emitted ≤ budget (Σ paid in a season ≤ its budget);
 * - bond vault = Σ bond + Σ unbonding;
 * - each maker's pending = Σ its fill rewards (model) − Σ claimed, and each
 *   batch's event results are the model's rewards and flags.
 *
 * Not idle: steps are counted per kind (`StepStats`); each kind must have
 * been sent and have succeeded a share of the time over the run.
 *
 * Size: RUNS sequences per token set-up, `KEEL_MAKERS_PROPERTY_RUNS`
 * (default 6, a few seconds; `npm run test:property:makers` soaks with 500; 40 took ~25 s).
 */
import fc from 'fast-check';
import type { Address } from '@solana/kit';
import { describe, expect, it } from 'vitest';
import { decodeFillsRecorded, type FillArgs, fillReward, FundTarget, limitToBudget, type RewardRules, slashSplit } from '@/lib/programs/makers';
import { createSvm, events, type TxResult } from '@/programs/test-support';
import { type StepFloor, StepStats } from '@/programs/test-support/property';
import { MAKERS_ERRORS } from '@/lib/programs/makers';
import {
  addBondIx,
  afterFee,
  balance,
  claimIx,
  DAY,
  type Env,
  fundIx,
  makersEnv,
  type MakerWallet,
  makerWallet,
  now,
  ok,
  readConfig,
  readMakerAt,
  recordFillsIx,
  registerIx,
  requestUnbondIx,
  rolloverIx,
  sendTx,
  slashIx,
  TOKEN,
  TOKEN_CONFIGS,
  tokenAccount,
  updateConfig,
  warp,
  withdrawBondIx,
} from './helpers/makers';

const RUNS = Number(process.env.KEEL_MAKERS_PROPERTY_RUNS ?? 6);
const MAKERS = 4;
const SEASON = 2n * DAY;
const WINDOW = 2n * DAY;
const COOLDOWN = DAY;
const MIN_BOND = 10n * TOKEN;
const SLASH_BPS = 1_000;
const U64_MAX = 2n ** 64n - 1n;

type Kind = 'fills' | 'claim' | 'fund' | 'addBond' | 'unbond' | 'withdraw' | 'slash' | 'rollover';

type Action =
  | { kind: 'fills'; fills: { maker: number; notional: bigint; improvementBps: number; volatilityBps: number }[] }
  | { kind: 'claim'; maker: number }
  | { kind: 'fund'; tokens: bigint; next: boolean }
  | { kind: 'addBond'; maker: number; tokens: bigint }
  | { kind: 'unbond'; maker: number; percent: number }
  | { kind: 'withdraw'; maker: number }
  | { kind: 'slash'; maker: number }
  | { kind: 'rollover' }
  | { kind: 'warp'; secs: bigint };

const makerIndex = fc.integer({ min: 0, max: MAKERS - 1 });
const notional = fc.oneof(
  { weight: 9, arbitrary: fc.bigInt({ min: 1n, max: 5_000n * TOKEN }) },
  { weight: 1, arbitrary: fc.bigInt({ min: U64_MAX - 1_000_000n, max: U64_MAX }) },
);
const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('fills' as const),
      fills: fc.array(fc.record({ maker: makerIndex, notional, improvementBps: fc.integer({ min: 0, max: 12 }), volatilityBps: fc.integer({ min: 0, max: 600 }) }), { minLength: 1, maxLength: 6 }),
    }),
  },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('claim' as const), maker: makerIndex }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('fund' as const), tokens: fc.bigInt({ min: 1n, max: 300n }), next: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('addBond' as const), maker: makerIndex, tokens: fc.bigInt({ min: 1n, max: 50n }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('unbond' as const), maker: makerIndex, percent: fc.oneof(fc.constant(100), fc.integer({ min: 1, max: 100 })) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('withdraw' as const), maker: makerIndex }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('slash' as const), maker: makerIndex }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'rollover' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('warp' as const), secs: fc.bigInt({ min: 600n, max: 3n * DAY }) }) },
);

interface ModelMaker {
  early: boolean;
  bond: bigint;
  unbonding: bigint;
  unlockAt: bigint;
  lastActive: bigint;
  /** Σ fill rewards, and Σ claimed. */
  earned: bigint;
  claimed: bigint;
}

interface Model {
  seasonIndex: number;
  seasonEnd: bigint;
  budget: bigint;
  emitted: bigint;
  next: bigint;
  sequence: bigint;
  makers: ModelMaker[];
}

const errorName = (r: TxResult): string => (r.ok ? 'ok' : r.customCode !== null ? (MAKERS_ERRORS[r.customCode]?.name ?? r.error) : r.error);

/** Shares for the rarer kinds only from a soak's number of sequences on (fewer are too noisy). */
const SOAK = RUNS >= 30;
const FLOORS: Record<Kind, StepFloor> = {
  fills: { minAttempts: 3 * RUNS, minShare: 0.8 },
  claim: { minAttempts: RUNS, minShare: 0.2 },
  fund: { minAttempts: 1, minShare: 0.9 },
  addBond: { minAttempts: 1, minShare: 0.2 },
  unbond: { minAttempts: 1, minShare: 0.1 },
  withdraw: { minAttempts: 1, minShare: SOAK ? 0.03 : 0 },
  slash: { minAttempts: 1, minShare: SOAK ? 0.03 : 0 },
  rollover: { minAttempts: 1, minShare: SOAK ? 0.05 : 0 },
};

/** rollover in the model: contiguous seasons unless more than one late; unspent budget carried over. */
function rollModel(model: Model, t: bigint): void {
  let end = model.seasonEnd + SEASON;
  if (end <= t) end = t + SEASON;
  model.seasonEnd = end;
  model.seasonIndex += 1;
  model.budget = model.budget - model.emitted + model.next;
  model.emitted = 0n;
  model.next = 0n;
}

async function setUp(env: Env): Promise<{ wallets: MakerWallet[]; model: Model; rules: RewardRules; funder: Address }> {
  await updateConfig(env, { __kind: 'SetBondRules', minBond: MIN_BOND, inactivityWindowSecs: WINDOW, unbondCooldownSecs: COOLDOWN, slashBps: SLASH_BPS });
  await updateConfig(env, { __kind: 'SetSeasonLength', seasonSecs: SEASON });
  // Makers 0 and 1 register in season 1 (early), 2 and 3 in season 2.
  const wallets: MakerWallet[] = [];
  const makers: ModelMaker[] = [];
  for (let i = 0; i < MAKERS; i++) {
    if (i === 2) {
      warp(env.svm, 30n * DAY);
      ok(await sendTx(env, env.admin, [await rolloverIx(env)]));
    }
    const w = await makerWallet(env, 1_000n);
    const bond = i % 2 === 0 ? 20n * TOKEN : 0n;
    ok(await sendTx(env, w.signer, [await registerIx(env, w, bond)]));
    wallets.push(w);
    makers.push({ early: i < 2, bond: bond ? afterFee(env, bond) : 0n, unbonding: 0n, unlockAt: 0n, lastActive: now(env.svm), earned: 0n, claimed: 0n });
  }
  const c = readConfig(env);
  const rules: RewardRules = {
    minImprovementBps: c.minImprovementBps,
    earlyMultiplierBps: c.earlyMultiplierBps,
    volatilityThresholdBps: c.volatilityThresholdBps,
    maxVolatilityMultiplierBps: c.maxVolatilityMultiplierBps,
    maxRewardPerFill: c.maxRewardPerFill,
  };
  const funder = await tokenAccount(env, env.admin.address, 1_000_000n * TOKEN);
  // A first budget, so the first batches pay.
  ok(await sendTx(env, env.admin, [await fundIx(env, env.admin, funder, 200n * TOKEN)]));
  const model = { seasonIndex: c.seasonIndex, seasonEnd: c.seasonEnd, budget: afterFee(env, 200n * TOKEN), emitted: 0n, next: 0n, sequence: 0n, makers };
  return { wallets, rules, funder, model };
}

describe.each([TOKEN_CONFIGS[0]!, TOKEN_CONFIGS[2]!])('makers property ($name)', (token) => {
  it(`keeps the vaults covering what is owed over ${RUNS} random sequences`, async () => {
    const svm = createSvm(['makers']);
    const stats = new StepStats<Kind>();
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 25, maxLength: 50 }), async (actions) => {
        const env = await makersEnv(token, { svm });
        const { wallets, model, rules, funder } = await setUp(env);
        const paidBySeason = new Map<number, bigint>();
        for (const a of actions) {
          if (a.kind === 'warp') {
            warp(env.svm, a.secs);
            continue;
          }
          const t = now(env.svm);
          let expected = 'ok';
          let result: TxResult;
          switch (a.kind) {
            case 'fills': {
              const makers = wallets.map((w) => w.maker);
              const fills: FillArgs[] = a.fills;
              // The reporter rolls an ended season over in the batch's transaction.
              const roll = t >= model.seasonEnd;
              model.sequence += 1n;
              result = await sendTx(env, env.reporter, [...(roll ? [await rolloverIx(env)] : []), recordFillsIx(env, fills, makers, model.sequence)]);
              if (result.ok && roll) rollModel(model, t);
              if (result.ok) {
                let left = model.budget - model.emitted;
                const predicted = a.fills.map((f) => {
                  const m = model.makers[f.maker]!;
                  const r = limitToBudget(fillReward(rules, m.early, f.notional, f.improvementBps, f.volatilityBps), left);
                  left -= r.reward;
                  m.earned += r.reward;
                  m.lastActive = t;
                  return [r.reward, r.flags];
                });
                const decoded = events(result.logs).map(decodeFillsRecorded).find((e) => e !== null)!;
                expect(decoded.fills.map((f) => [f.result.reward, f.result.flags])).toEqual(predicted);
                const total = predicted.reduce((s, [r]) => s + (r as bigint), 0n);
                model.emitted += total;
                paidBySeason.set(model.seasonIndex, (paidBySeason.get(model.seasonIndex) ?? 0n) + total);
              }
              if (!result.ok) model.sequence -= 1n;
              break;
            }
            case 'claim': {
              const m = model.makers[a.maker]!;
              if (m.earned === m.claimed) expected = 'NothingToClaim';
              result = await sendTx(env, wallets[a.maker]!.signer, [await claimIx(env, wallets[a.maker]!)]);
              if (result.ok) m.claimed = m.earned;
              break;
            }
            case 'fund': {
              const amount = a.tokens * TOKEN;
              result = await sendTx(env, env.admin, [await fundIx(env, env.admin, funder, amount, a.next ? FundTarget.NextSeason : FundTarget.CurrentSeason)]);
              if (result.ok) {
                if (a.next) model.next += afterFee(env, amount);
                else model.budget += afterFee(env, amount);
              }
              break;
            }
            case 'addBond': {
              const m = model.makers[a.maker]!;
              const received = afterFee(env, a.tokens * TOKEN);
              if (m.bond + received < MIN_BOND) expected = 'BelowMinimumBond';
              result = await sendTx(env, wallets[a.maker]!.signer, [await addBondIx(env, wallets[a.maker]!, a.tokens * TOKEN)]);
              if (result.ok) m.bond += received;
              break;
            }
            case 'unbond': {
              const m = model.makers[a.maker]!;
              const amount = (m.bond * BigInt(a.percent)) / 100n;
              const left = m.bond - amount;
              if (amount === 0n) expected = 'ZeroAmount';
              else if (left !== 0n && left < MIN_BOND) expected = 'BelowMinimumBond';
              result = await sendTx(env, wallets[a.maker]!.signer, [await requestUnbondIx(env, wallets[a.maker]!, amount)]);
              if (result.ok) {
                m.bond = left;
                m.unbonding += amount;
                m.unlockAt = t + COOLDOWN;
              }
              break;
            }
            case 'withdraw': {
              const m = model.makers[a.maker]!;
              if (m.unbonding === 0n) expected = 'NothingToWithdraw';
              else if (t < m.unlockAt) expected = 'UnbondCooldown';
              result = await sendTx(env, wallets[a.maker]!.signer, [await withdrawBondIx(env, wallets[a.maker]!)]);
              if (result.ok) m.unbonding = 0n;
              break;
            }
            case 'slash': {
              const m = model.makers[a.maker]!;
              const [fromBond, fromUnbonding] = slashSplit(m.bond, m.unbonding, SLASH_BPS);
              if (m.bond + m.unbonding === 0n) expected = 'NotBonded';
              else if (t < m.lastActive + WINDOW) expected = 'MakerActive';
              else if (fromBond + fromUnbonding === 0n) expected = 'NothingToSlash';
              result = await sendTx(env, env.admin, [await slashIx(env, wallets[a.maker]!.maker)]);
              if (result.ok) {
                m.bond -= fromBond;
                m.unbonding -= fromUnbonding;
                m.lastActive = t;
                model.budget += afterFee(env, fromBond + fromUnbonding);
              }
              break;
            }
            case 'rollover': {
              if (t < model.seasonEnd) expected = 'SeasonNotEnded';
              result = await sendTx(env, env.admin, [await rolloverIx(env)]);
              if (result.ok) rollModel(model, t);
              break;
            }
          }
          const got = errorName(result);
          expect(got, `${a.kind}: ${result.ok ? '' : result.logs.join('\n')}`).toBe(expected);
          if (result.ok) stats.succeeded(a.kind);
          else stats.refused(a.kind, got);

          // The chain against the model, and the invariants against the token balances.
          const c = readConfig(env);
          expect([c.seasonIndex, c.seasonEnd, c.seasonBudget, c.seasonEmitted, c.nextBudget, c.reporterSequence]).toEqual([
            model.seasonIndex,
            model.seasonEnd,
            model.budget,
            model.emitted,
            model.next,
            model.sequence,
          ]);
          let pending = 0n;
          let bonded = 0n;
          model.makers.forEach((m, i) => {
            const chain = readMakerAt(env, wallets[i]!.maker);
            expect([chain.bond, chain.unbonding, chain.rewardsEarned, chain.rewardsClaimed], `maker ${i}`).toEqual([m.bond, m.unbonding, m.earned, m.claimed]);
            pending += m.earned - m.claimed;
            bonded += m.bond + m.unbonding;
          });
          const owed = pending + (c.seasonBudget - c.seasonEmitted) + c.nextBudget;
          const rewardVault = balance(env, env.addrs.rewardVault);
          expect(rewardVault >= owed, `reward vault ${rewardVault} < owed ${owed}`).toBe(true);
          expect(rewardVault).toBe(owed);
          expect(c.seasonEmitted <= c.seasonBudget).toBe(true);
          expect(paidBySeason.get(c.seasonIndex) ?? 0n).toBe(c.seasonEmitted);
          expect(balance(env, env.addrs.bondVault)).toBe(bonded);
          expect(c.totalBonded + c.totalUnbonding).toBe(bonded);
          expect(c.totalEarned - c.totalClaimed).toBe(pending);
        }
      }),
      { numRuns: RUNS },
    );
    console.info(`makers property (${token.name}):\n${stats.table(FLOORS)}`);
    stats.assertFloors(FLOORS);
  }, 600_000);
});
