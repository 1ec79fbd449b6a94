/**
 * Maker config changes a proposal can carry: makers `update_config` (signed
 * by the governance authority PDA, the maker authority since the demo seed)
 * and `fund` from the governance treasury for the season budget. The form
 * values each takes, prefilled with today's value, their validation (zod)
 * against the bounds the makers program enforces (`MAKERS_BOUNDS`, mirrored
 * from `programs/makers/src/interface/state/config.rs` and checked against
 * it), and the current → new lines shown before anyone signs.
 *
 * The season budget has no bound on chain (`fund` takes whatever arrives);
 * the form holds it to product.md's cap, 10,000,000 KEEL per season, and to
 * what the treasury holds.
 */
import { address } from '@solana/kit';
import type { PublicKey } from '@solana/web3.js';
import { z } from 'zod';
import { formatDuration } from '@/lib/programs/governance/describe';
import type { ConfigUpdateArgs, MakersConfig } from '@/lib/programs/generated/makers';
import { MAKERS_BOUNDS } from '@/lib/programs/makers/limits';
import { formatTokenAmount, parseTokenAmount, toInputAmount } from '@/lib/staking/format';
import { type ParameterChange, issuesByPath } from './parameters';
import { bpsToMultiplierInput, bpsToPercentInput, parseAddress, parseDaysToSecs, parseMultiplierToBps, parsePercentToBps, secsToDaysInput, type Parsed } from './parse';

const B = MAKERS_BOUNDS;
/** product.md: a season releases at most 10,000,000 KEEL (9 decimals). */
export const MAX_SEASON_BUDGET = 10_000_000n * 1_000_000_000n;
const U32_MAX = 4_294_967_295;

export type MakersParameter = 'reporter' | 'season-budget' | 'reward-rules' | 'early-rule' | 'volatility' | 'bond-rules' | 'season-length' | 'rollover-policy' | 'pause';

/** Each form with the bounds it is held to, in words (shown under the select). */
export const MAKERS_PARAMETERS: readonly { id: MakersParameter; label: string; hint: string }[] = [
  { id: 'reporter', label: 'Fill reporter', hint: 'The key that records fills and performance reports. The sequence continues across a rotation, so old batches stay refused.' },
  {
    id: 'season-budget',
    label: 'Season budget',
    hint: 'Moves KEEL from the governance treasury into the current or the next season’s budget. A season may hold at most 10,000,000 KEEL.',
  },
  {
    id: 'reward-rules',
    label: 'Reward rules',
    hint: 'Minimum spread improvement (1 to 1,000 bp), the early makers’ multiplier (1× to 3×) and the most one fill may earn (at least one base unit).',
  },
  { id: 'early-rule', label: 'Who is early', hint: 'Makers registering up to this season are early, and so are the first N makers (0 to 10,000; 0: off).' },
  {
    id: 'volatility',
    label: 'Volatility multiplier',
    hint: 'Above the threshold (0.01 % to 100 %) rewards scale with volatility ÷ threshold, up to the maximum (1× to 3×).',
  },
  {
    id: 'bond-rules',
    label: 'Bond rules',
    hint: 'Smallest bond (above zero), days without fills before a bonded maker can be slashed (1 to 365), unbond cooldown (1 to 90 days) and the share one slash takes (0 to 50 %).',
  },
  { id: 'season-length', label: 'Season length', hint: 'Length of the seasons rollover starts (1 to 365 days); the running season keeps its end.' },
  { id: 'rollover-policy', label: 'Unspent budget at rollover', hint: 'Carried into the next season, or returned to the governance treasury.' },
  { id: 'pause', label: 'Pause or resume makers', hint: 'A paused program records no fills and pays no claims; unbonding stays open.' },
];

export type RolloverChoice = 'carry-over' | 'return';

export interface MakersParameterValues {
  reporter: { reporter: string };
  'season-budget': { amount: string; target: 'current' | 'next' };
  'reward-rules': { minImprovementBps: string; earlyMultiplier: string; maxRewardPerFill: string };
  'early-rule': { earlyUntilSeason: string; earlyMaxMakers: string };
  volatility: { thresholdPct: string; maxMultiplier: string };
  'bond-rules': { minBond: string; inactivityDays: string; unbondCooldownDays: string; slashPct: string };
  'season-length': { seasonDays: string };
  'rollover-policy': { policy: RolloverChoice };
  pause: { paused: boolean };
}

export type MakersParameterForm = { [K in MakersParameter]: { kind: K; values: MakersParameterValues[K] } }[MakersParameter];

/** What the form turns into: an `update_config` value (and the treasury for "return"), or a `fund` of the treasury. */
export type MakersChange = { kind: 'update'; update: ConfigUpdateArgs; treasury?: PublicKey } | { kind: 'fund'; amount: bigint; target: 0 | 1 };

export type MakersParameterResult = { ok: true; change: MakersChange; changes: ParameterChange[] } | { ok: false; errors: Record<string, string> };

export interface MakersParameterContext {
  config: MakersConfig;
  /** The governance treasury (a token account of the mint): where `fund` draws from and "return" sends to. */
  treasury: PublicKey;
  /** What the treasury holds (base units). */
  treasuryBalance: bigint;
}

/** The form of `kind` prefilled with the config's current value. */
export function currentMakersForm(kind: MakersParameter, config: MakersConfig): MakersParameterForm {
  const d = config.decimals;
  switch (kind) {
    case 'reporter':
      return { kind, values: { reporter: config.reporter } };
    case 'season-budget':
      return { kind, values: { amount: '', target: 'current' } };
    case 'reward-rules':
      return {
        kind,
        values: {
          minImprovementBps: String(config.minImprovementBps),
          earlyMultiplier: bpsToMultiplierInput(config.earlyMultiplierBps),
          maxRewardPerFill: toInputAmount(config.maxRewardPerFill, d),
        },
      };
    case 'early-rule':
      return { kind, values: { earlyUntilSeason: String(config.earlyUntilSeason), earlyMaxMakers: String(config.earlyMaxMakers) } };
    case 'volatility':
      return { kind, values: { thresholdPct: bpsToPercentInput(config.volatilityThresholdBps), maxMultiplier: bpsToMultiplierInput(config.maxVolatilityMultiplierBps) } };
    case 'bond-rules':
      return {
        kind,
        values: {
          minBond: toInputAmount(config.minBond, d),
          inactivityDays: secsToDaysInput(config.inactivityWindowSecs),
          unbondCooldownDays: secsToDaysInput(config.unbondCooldownSecs),
          slashPct: bpsToPercentInput(config.slashBps),
        },
      };
    case 'season-length':
      return { kind, values: { seasonDays: secsToDaysInput(config.seasonSecs) } };
    case 'rollover-policy':
      // Proposes the other policy.
      return { kind, values: { policy: config.rolloverPolicy === 1 ? 'carry-over' : 'return' } };
    case 'pause':
      return { kind, values: { paused: !config.paused } };
  }
}

/** A string field parsed by `parse`; its error message becomes the field's. */
const field = <T>(parse: (input: string) => Parsed<T>) =>
  z.string().transform((input, ctx): T => {
    const r = parse(input);
    if (!r.ok) {
      ctx.addIssue({ code: 'custom', message: r.error });
      return z.NEVER;
    }
    return r.value;
  });

/** A whole number in [min, max]. */
const whole = (min: number, max: number, what: string) =>
  field((s): Parsed<number> => {
    const t = s.trim().replace(/[,_\s]/g, '');
    if (!/^\d+$/.test(t)) return { ok: false, error: `Enter ${what} as a whole number.` };
    const n = Number(t);
    return n >= min && n <= max ? { ok: true, value: n } : { ok: false, error: `Enter ${what} from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}.` };
  });

const tokens = (decimals: number) =>
  field((s): Parsed<bigint> => {
    const r = parseTokenAmount(s, decimals);
    if (!r.ok) return r;
    return r.value > 0n ? r : { ok: false, error: 'Enter an amount greater than zero.' };
  });

const days = ([min, max]: readonly [bigint, bigint]) => field((s) => parseDaysToSecs(s, { min, max }));
const multiplier = ([min, max]: readonly [number, number]) => field((s) => parseMultiplierToBps(s, { min, max }));

const schemas = (decimals: number) => ({
  reporter: z.object({ reporter: field((s) => parseAddress(s, 'the reporter’s address')) }),
  'season-budget': z.object({ amount: tokens(decimals), target: z.enum(['current', 'next']) }),
  'reward-rules': z.object({
    minImprovementBps: whole(B.minImprovementBps[0], B.minImprovementBps[1], 'the minimum improvement in bp'),
    earlyMultiplier: multiplier(B.earlyMultiplierBps),
    maxRewardPerFill: tokens(decimals),
  }),
  'early-rule': z.object({ earlyUntilSeason: whole(0, U32_MAX, 'a season'), earlyMaxMakers: whole(B.earlyMaxMakers[0], B.earlyMaxMakers[1], 'a number of makers') }),
  volatility: z.object({
    thresholdPct: field((s) => parsePercentToBps(s, { min: B.volatilityThresholdBps[0], max: B.volatilityThresholdBps[1] })),
    maxMultiplier: multiplier(B.maxVolatilityMultiplierBps),
  }),
  'bond-rules': z.object({
    minBond: tokens(decimals),
    inactivityDays: days(B.inactivityWindowSecs),
    unbondCooldownDays: days(B.unbondCooldownSecs),
    slashPct: field((s) => parsePercentToBps(s, { min: B.slashBps[0], max: B.slashBps[1] })),
  }),
  'season-length': z.object({ seasonDays: days(B.seasonSecs) }),
  'rollover-policy': z.object({ policy: z.enum(['carry-over', 'return']) }),
  pause: z.object({ paused: z.boolean() }),
});

const POLICY_WORDS: Record<RolloverChoice, string> = { 'carry-over': 'Carried into the next season', return: 'Returned to the treasury' };
const times = (bps: number) => `${bpsToMultiplierInput(bps)}×`;
const pct = (bps: number) => `${bpsToPercentInput(bps)} %`;

/** Validates a maker parameter form against the program's bounds; on success, the change and its current → new lines. */
export function validateMakersParameter(form: MakersParameterForm, ctx: MakersParameterContext): MakersParameterResult {
  const { config } = ctx;
  const kt = (v: bigint) => `${formatTokenAmount(v, { decimals: config.decimals, maxFractionDigits: config.decimals })} KEEL`;
  const s = schemas(config.decimals);
  const result = ((): { change: MakersChange; changes: ParameterChange[] } | z.ZodError => {
    switch (form.kind) {
      case 'reporter': {
        const r = s.reporter.safeParse(form.values);
        if (!r.success) return r.error;
        const to = r.data.reporter.toBase58();
        return { change: { kind: 'update', update: { __kind: 'SetReporter', reporter: address(to) } }, changes: [{ label: 'Fill reporter', before: config.reporter, after: to }] };
      }
      case 'season-budget': {
        const r = s['season-budget'].safeParse(form.values);
        if (!r.success) return r.error;
        const next = r.data.target === 'next';
        const before = next ? config.nextBudget : config.seasonBudget;
        const after = before + r.data.amount;
        const problems: z.core.$ZodIssue[] = [];
        if (r.data.amount > ctx.treasuryBalance) problems.push(issue('amount', `The treasury holds ${kt(ctx.treasuryBalance)}.`));
        else if (after > MAX_SEASON_BUDGET) problems.push(issue('amount', `A season may hold at most ${kt(MAX_SEASON_BUDGET)}; this one would hold ${kt(after)}.`));
        if (problems.length > 0) return new z.ZodError(problems);
        return {
          change: { kind: 'fund', amount: r.data.amount, target: next ? 1 : 0 },
          changes: [
            { label: next ? `Season ${config.seasonIndex + 1} budget (next)` : `Season ${config.seasonIndex} budget`, before: kt(before), after: kt(after) },
            { label: 'Treasury', before: kt(ctx.treasuryBalance), after: kt(ctx.treasuryBalance - r.data.amount) },
          ],
        };
      }
      case 'reward-rules': {
        const r = s['reward-rules'].safeParse(form.values);
        if (!r.success) return r.error;
        const v = r.data;
        return {
          change: { kind: 'update', update: { __kind: 'SetRewardRules', minImprovementBps: v.minImprovementBps, earlyMultiplierBps: v.earlyMultiplier, maxRewardPerFill: v.maxRewardPerFill } },
          changes: [
            { label: 'Minimum improvement', before: `${config.minImprovementBps} bp`, after: `${v.minImprovementBps} bp` },
            { label: 'Early multiplier', before: times(config.earlyMultiplierBps), after: times(v.earlyMultiplier) },
            { label: 'Most per fill', before: kt(config.maxRewardPerFill), after: kt(v.maxRewardPerFill) },
          ],
        };
      }
      case 'early-rule': {
        const r = s['early-rule'].safeParse(form.values);
        if (!r.success) return r.error;
        const until = (n: number) => (n === 0 ? 'no season' : `season ${n}`);
        const first = (n: number) => (n === 0 ? 'off' : `the first ${n}`);
        return {
          change: { kind: 'update', update: { __kind: 'SetEarlyRule', earlyUntilSeason: r.data.earlyUntilSeason, earlyMaxMakers: r.data.earlyMaxMakers } },
          changes: [
            { label: 'Early when registering up to', before: until(config.earlyUntilSeason), after: until(r.data.earlyUntilSeason) },
            { label: 'Early makers by order', before: first(config.earlyMaxMakers), after: first(r.data.earlyMaxMakers) },
          ],
        };
      }
      case 'volatility': {
        const r = s.volatility.safeParse(form.values);
        if (!r.success) return r.error;
        return {
          change: { kind: 'update', update: { __kind: 'SetVolatility', thresholdBps: r.data.thresholdPct, maxMultiplierBps: r.data.maxMultiplier } },
          changes: [
            { label: 'Volatility threshold', before: pct(config.volatilityThresholdBps), after: pct(r.data.thresholdPct) },
            { label: 'Most volatility multiplier', before: times(config.maxVolatilityMultiplierBps), after: times(r.data.maxMultiplier) },
          ],
        };
      }
      case 'bond-rules': {
        const r = s['bond-rules'].safeParse(form.values);
        if (!r.success) return r.error;
        const v = r.data;
        return {
          change: {
            kind: 'update',
            update: { __kind: 'SetBondRules', minBond: v.minBond, inactivityWindowSecs: v.inactivityDays, unbondCooldownSecs: v.unbondCooldownDays, slashBps: v.slashPct },
          },
          changes: [
            { label: 'Smallest bond', before: kt(config.minBond), after: kt(v.minBond) },
            { label: 'Slashable after no fills for', before: formatDuration(config.inactivityWindowSecs), after: formatDuration(v.inactivityDays) },
            { label: 'Unbond cooldown', before: formatDuration(config.unbondCooldownSecs), after: formatDuration(v.unbondCooldownDays) },
            { label: 'A slash takes', before: pct(config.slashBps), after: pct(v.slashPct) },
          ],
        };
      }
      case 'season-length': {
        const r = s['season-length'].safeParse(form.values);
        if (!r.success) return r.error;
        return {
          change: { kind: 'update', update: { __kind: 'SetSeasonLength', seasonSecs: r.data.seasonDays } },
          changes: [{ label: 'Next seasons last', before: formatDuration(config.seasonSecs), after: formatDuration(r.data.seasonDays) }],
        };
      }
      case 'rollover-policy': {
        const r = s['rollover-policy'].safeParse(form.values);
        if (!r.success) return r.error;
        const ret = r.data.policy === 'return';
        const old: RolloverChoice = config.rolloverPolicy === 1 ? 'return' : 'carry-over';
        return {
          change: { kind: 'update', update: { __kind: 'SetRolloverPolicy', policy: ret ? 1 : 0 }, ...(ret ? { treasury: ctx.treasury } : {}) },
          changes: [{ label: 'Unspent budget at rollover', before: POLICY_WORDS[old], after: POLICY_WORDS[r.data.policy] }],
        };
      }
      case 'pause': {
        const r = s.pause.safeParse(form.values);
        if (!r.success) return r.error;
        const words = (paused: boolean) => (paused ? 'Paused' : 'Open');
        return { change: { kind: 'update', update: { __kind: 'SetPaused', paused: r.data.paused } }, changes: [{ label: 'Makers', before: words(config.paused), after: words(r.data.paused) }] };
      }
    }
  })();
  if (result instanceof z.ZodError) return { ok: false, errors: issuesByPath(result) };
  // "Return" names a treasury account: the same word may mean another account today.
  const sameTreasury = form.kind !== 'rollover-policy' || form.values.policy !== 'return' || config.treasury === ctx.treasury.toBase58();
  if (result.change.kind === 'update' && result.changes.every((c) => c.before === c.after) && sameTreasury) {
    return { ok: false, errors: { _form: 'These are the current values: the proposal would change nothing.' } };
  }
  return { ok: true, ...result };
}

function issue(path: string, message: string): z.core.$ZodIssue {
  return { code: 'custom', path: [path], message, input: undefined } as z.core.$ZodIssue;
}
