/**
 * Staking parameter changes a proposal can carry (staking `update_config`,
 * signed by the governance authority PDA when the proposal executes): the
 * form values each one takes, prefilled with today's value, their validation
 * (zod) against the bounds the staking program enforces, and the
 * current → new lines shown before anyone signs.
 */
import type { PublicKey } from '@solana/web3.js';
import { z } from 'zod';
import type { ConfigUpdate } from '@/lib/programs/staking/instructions/updateConfig';
import type { StakingConfig } from '@/lib/programs/staking/accounts';
import { formatDuration } from '@/lib/programs/governance';
import { formatBps, formatTokenAmount, parseTokenAmount, toInputAmount } from '@/lib/staking/format';
import { bpsToMultiplierInput, bpsToPercentInput, parseDaysToSecs, parseMultiplierToBps, parsePercentToBps, secsToDaysInput, type Parsed } from './parse';

const DAY = 86_400n;

/**
 * What the staking program accepts (`programs/staking/src/interface/state/config.rs`
 * `bounds`, checked in `update_config`): penalty and each booster ≤ 50 %,
 * multipliers in [1×, 5×] and non-decreasing, tier 0 without a lock, locks
 * strictly increasing up to 4 years, booster durations 1 to 365 days (the
 * long-lock threshold 0 to 4 years), minimum stake above zero and at most the
 * per-wallet maximum, the drip period of reward deposits 1 to 90 days.
 */
export const STAKING_BOUNDS = {
  maxPenaltyBps: 5_000,
  maxBoosterBps: 5_000,
  minMultiplierBps: 10_000,
  maxMultiplierBps: 50_000,
  maxLockSecs: 4n * 365n * DAY,
  minBoosterSecs: DAY,
  maxBoosterSecs: 365n * DAY,
  minDripSecs: DAY,
  maxDripSecs: 90n * DAY,
} as const;

export type StakingParameter = 'penalty' | 'stake-limits' | 'tiers' | 'boosters' | 'drip-period' | 'penalty-destination' | 'pause';

export const STAKING_PARAMETERS: readonly { id: StakingParameter; label: string; hint: string }[] = [
  { id: 'penalty', label: 'Early-unstake penalty', hint: 'The share of the amount kept when a position is unstaked before its lock ends (0 to 50 %).' },
  { id: 'stake-limits', label: 'Stake limits', hint: 'The smallest stake a position may open with, and the most one wallet may stake in total.' },
  { id: 'tiers', label: 'Lock tiers', hint: 'Five lock periods and their voting-power multipliers (tier 0 has no lock; 1× to 5×, never decreasing).' },
  { id: 'boosters', label: 'Reward boosters', hint: 'Extra reward weight for long locks, recent voters and active stakers (each 0 to 50 %).' },
  {
    id: 'drip-period',
    label: 'Reward deposit drip',
    hint: 'Deposits (fee rebates) and recycled penalties pay out evenly over this many days, only to stake held meanwhile (1 to 90 days).',
  },
  { id: 'penalty-destination', label: 'Where penalties go', hint: 'Early-unstake penalties are recycled to stakers, sent to the governance treasury, or burned.' },
  { id: 'pause', label: 'Pause or resume staking', hint: 'A paused pool takes no new stakes; unstaking and claims stay open.' },
];

export type PenaltyDestination = 'recycle' | 'treasury' | 'burn';

export interface ParameterValues {
  penalty: { penalty: string };
  'stake-limits': { minStake: string; maxStakePerWallet: string };
  tiers: { lockDays: string[]; multipliers: string[] };
  boosters: {
    longLockPct: string;
    voterPct: string;
    participationPct: string;
    longLockMinDays: string;
    voterBoostDays: string;
    participationWindowDays: string;
  };
  'drip-period': { dripDays: string };
  'penalty-destination': { destination: PenaltyDestination };
  pause: { paused: boolean };
}

export type ParameterForm = { [K in StakingParameter]: { kind: K; values: ParameterValues[K] } }[StakingParameter];

/** The form of `kind` prefilled with the config's current value. */
export function currentParameterForm(kind: StakingParameter, config: StakingConfig): ParameterForm {
  const decimals = config.decimals;
  switch (kind) {
    case 'penalty':
      return { kind, values: { penalty: bpsToPercentInput(config.penaltyBps) } };
    case 'stake-limits':
      return { kind, values: { minStake: toInputAmount(config.minStake, decimals), maxStakePerWallet: toInputAmount(config.maxStakePerWallet, decimals) } };
    case 'tiers':
      return {
        kind,
        values: { lockDays: config.tiers.map((t) => secsToDaysInput(t.lockSecs)), multipliers: config.tiers.map((t) => bpsToMultiplierInput(t.multiplierBps)) },
      };
    case 'boosters': {
      const b = config.boosters;
      return {
        kind,
        values: {
          longLockPct: bpsToPercentInput(b.longLockBps),
          voterPct: bpsToPercentInput(b.voterBps),
          participationPct: bpsToPercentInput(b.participationBps),
          longLockMinDays: secsToDaysInput(b.longLockMinSecs),
          voterBoostDays: secsToDaysInput(b.voterBoostSecs),
          participationWindowDays: secsToDaysInput(b.participationWindowSecs),
        },
      };
    }
    case 'drip-period':
      return { kind, values: { dripDays: secsToDaysInput(config.drip.periodSecs) } };
    case 'penalty-destination':
      return { kind, values: { destination: config.penaltyDestination } };
    case 'pause':
      return { kind, values: { paused: !config.paused } };
  }
}

/** One line of a preview: what a value is today and what the proposal makes it. */
export interface ParameterChange {
  label: string;
  before: string;
  after: string;
}

export type ParameterResult = { ok: true; update: ConfigUpdate; changes: ParameterChange[] } | { ok: false; errors: Record<string, string> };

export interface ParameterContext {
  config: StakingConfig;
  /** The governance treasury (a token account of the mint): where penalties go for `treasury`. */
  treasury: PublicKey;
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

const percent = (max: number) => field((s) => parsePercentToBps(s, { max }));
const days = (min: bigint, max: bigint) => field((s) => parseDaysToSecs(s, { min, max }));
const tokens = (decimals: number) =>
  field((s): Parsed<bigint> => {
    const r = parseTokenAmount(s, decimals);
    if (!r.ok) return r;
    return r.value > 0n ? r : { ok: false, error: 'Enter an amount greater than zero.' };
  });

const penaltySchema = z.object({ penalty: percent(STAKING_BOUNDS.maxPenaltyBps) });

const stakeLimitsSchema = (decimals: number) =>
  z
    .object({ minStake: tokens(decimals), maxStakePerWallet: tokens(decimals) })
    .refine((v) => v.minStake <= v.maxStakePerWallet, { path: ['maxStakePerWallet'], message: 'The maximum per wallet must be at least the minimum stake.' });

const tiersSchema = z
  .object({
    lockDays: z.array(days(0n, STAKING_BOUNDS.maxLockSecs)).length(5),
    multipliers: z.array(field((s) => parseMultiplierToBps(s, { min: STAKING_BOUNDS.minMultiplierBps, max: STAKING_BOUNDS.maxMultiplierBps }))).length(5),
  })
  .superRefine((v, ctx) => {
    if (v.lockDays[0] !== 0n) ctx.addIssue({ code: 'custom', path: ['lockDays', 0], message: 'Tier 0 has no lock.' });
    for (let i = 1; i < 5; i++) {
      if (v.lockDays[i]! <= v.lockDays[i - 1]!) {
        ctx.addIssue({ code: 'custom', path: ['lockDays', i], message: `Each tier locks longer than the one before (tier ${i - 1}: ${formatDuration(v.lockDays[i - 1]!)}).` });
      }
      if (v.multipliers[i]! < v.multipliers[i - 1]!) {
        ctx.addIssue({ code: 'custom', path: ['multipliers', i], message: `A longer lock may not have a smaller multiplier (tier ${i - 1}: ${formatMultiplier(v.multipliers[i - 1]!)}).` });
      }
    }
  });

const boostersSchema = z.object({
  longLockPct: percent(STAKING_BOUNDS.maxBoosterBps),
  voterPct: percent(STAKING_BOUNDS.maxBoosterBps),
  participationPct: percent(STAKING_BOUNDS.maxBoosterBps),
  longLockMinDays: days(0n, STAKING_BOUNDS.maxLockSecs),
  voterBoostDays: days(STAKING_BOUNDS.minBoosterSecs, STAKING_BOUNDS.maxBoosterSecs),
  participationWindowDays: days(STAKING_BOUNDS.minBoosterSecs, STAKING_BOUNDS.maxBoosterSecs),
});

const dripSchema = z.object({ dripDays: days(STAKING_BOUNDS.minDripSecs, STAKING_BOUNDS.maxDripSecs) });

const destinationSchema = z.object({ destination: z.enum(['recycle', 'treasury', 'burn']) });
const pauseSchema = z.object({ paused: z.boolean() });

/** zod issues → one message per field path ("lockDays.2"); the first issue of a path wins. */
export function issuesByPath(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_form';
    out[path] ??= issue.message;
  }
  return out;
}

const DESTINATION_WORDS: Record<PenaltyDestination, string> = { recycle: 'Recycled to stakers', treasury: 'Sent to the treasury', burn: 'Burned' };
/** Exact (formatMultiplier rounds to two decimals; tiers take four). */
const formatMultiplier = (bps: number) => `${bpsToMultiplierInput(bps)}×`;
const lockWords = (secs: bigint) => (secs === 0n ? 'no lock' : formatDuration(secs));

/** Validates a parameter form against the program's bounds; on success, the `update_config` value and its current → new lines. */
export function validateParameter(form: ParameterForm, ctx: ParameterContext): ParameterResult {
  const { config } = ctx;
  const tokensText = (v: bigint) => `${formatTokenAmount(v, { decimals: config.decimals, maxFractionDigits: config.decimals })} KEEL`;
  const result = ((): { update: ConfigUpdate; changes: ParameterChange[] } | z.ZodError => {
    switch (form.kind) {
      case 'penalty': {
        const r = penaltySchema.safeParse(form.values);
        if (!r.success) return r.error;
        return {
          update: { field: 'penaltyBps', penaltyBps: r.data.penalty },
          changes: [{ label: 'Early-unstake penalty', before: formatBps(config.penaltyBps), after: formatBps(r.data.penalty) }],
        };
      }
      case 'stake-limits': {
        const r = stakeLimitsSchema(config.decimals).safeParse(form.values);
        if (!r.success) return r.error;
        return {
          update: { field: 'stakeLimits', minStake: r.data.minStake, maxStakePerWallet: r.data.maxStakePerWallet },
          changes: [
            { label: 'Minimum stake', before: tokensText(config.minStake), after: tokensText(r.data.minStake) },
            { label: 'Maximum per wallet', before: tokensText(config.maxStakePerWallet), after: tokensText(r.data.maxStakePerWallet) },
          ],
        };
      }
      case 'tiers': {
        const r = tiersSchema.safeParse(form.values);
        if (!r.success) return r.error;
        const tiers = r.data.lockDays.map((lockSecs, i) => ({ lockSecs, multiplierBps: r.data.multipliers[i]! }));
        return {
          update: { field: 'tiers', tiers },
          changes: tiers.map((t, i) => {
            const old = config.tiers[i]!;
            return {
              label: `Tier ${i}`,
              before: `${lockWords(old.lockSecs)} at ${formatMultiplier(old.multiplierBps)}`,
              after: `${lockWords(t.lockSecs)} at ${formatMultiplier(t.multiplierBps)}`,
            };
          }),
        };
      }
      case 'boosters': {
        const r = boostersSchema.safeParse(form.values);
        if (!r.success) return r.error;
        const v = r.data;
        const b = config.boosters;
        return {
          update: {
            field: 'boosters',
            longLockBps: v.longLockPct,
            voterBps: v.voterPct,
            participationBps: v.participationPct,
            longLockMinSecs: v.longLockMinDays,
            voterBoostSecs: v.voterBoostDays,
            participationWindowSecs: v.participationWindowDays,
          },
          changes: [
            { label: 'Long-lock booster', before: `+${formatBps(b.longLockBps)}`, after: `+${formatBps(v.longLockPct)}` },
            { label: 'Long lock from', before: formatDuration(b.longLockMinSecs), after: formatDuration(v.longLockMinDays) },
            { label: 'Voter booster', before: `+${formatBps(b.voterBps)}`, after: `+${formatBps(v.voterPct)}` },
            { label: 'Voter booster lasts', before: formatDuration(b.voterBoostSecs), after: formatDuration(v.voterBoostDays) },
            { label: 'Participation booster', before: `+${formatBps(b.participationBps)}`, after: `+${formatBps(v.participationPct)}` },
            { label: 'Participation window', before: formatDuration(b.participationWindowSecs), after: formatDuration(v.participationWindowDays) },
          ],
        };
      }
      case 'drip-period': {
        const r = dripSchema.safeParse(form.values);
        if (!r.success) return r.error;
        return {
          update: { field: 'dripPeriod', dripPeriodSecs: r.data.dripDays },
          changes: [{ label: 'Deposits drip over', before: formatDuration(config.drip.periodSecs), after: formatDuration(r.data.dripDays) }],
        };
      }
      case 'penalty-destination': {
        const r = destinationSchema.safeParse(form.values);
        if (!r.success) return r.error;
        const destination = r.data.destination;
        return {
          update: destination === 'treasury' ? { field: 'penaltyDestination', destination, treasury: ctx.treasury } : { field: 'penaltyDestination', destination },
          changes: [{ label: 'Early-unstake penalties', before: DESTINATION_WORDS[config.penaltyDestination], after: DESTINATION_WORDS[destination] }],
        };
      }
      case 'pause': {
        const r = pauseSchema.safeParse(form.values);
        if (!r.success) return r.error;
        const words = (paused: boolean) => (paused ? 'Paused' : 'Open');
        return { update: { field: 'paused', paused: r.data.paused }, changes: [{ label: 'Staking', before: words(config.paused), after: words(r.data.paused) }] };
      }
    }
  })();
  if (result instanceof z.ZodError) return { ok: false, errors: issuesByPath(result) };
  // The destination "treasury" names a treasury account: the same word may still mean another account today.
  const sameTreasury = form.kind !== 'penalty-destination' || form.values.destination !== 'treasury' || config.treasury?.equals(ctx.treasury) === true;
  if (result.changes.every((c) => c.before === c.after) && sameTreasury) {
    return { ok: false, errors: { _form: 'These are the current values: the proposal would change nothing.' } };
  }
  return { ok: true, ...result };
}
