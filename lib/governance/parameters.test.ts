import { describe, expect, it } from 'vitest';
import { encodeUpdateConfigData } from '@/lib/programs/staking/instructions/updateConfig';
import { currentParameterForm, type ParameterForm, STAKING_PARAMETERS, validateParameter } from './parameters';
import { ADDRESSES, DAY, K, stakingConfig } from './test-fixtures';

const ctx = { config: stakingConfig(), treasury: ADDRESSES.treasury };

function form<F extends ParameterForm['kind']>(kind: F, values: Partial<Extract<ParameterForm, { kind: F }>['values']>): ParameterForm {
  const current = currentParameterForm(kind, ctx.config);
  return { kind, values: { ...current.values, ...values } } as ParameterForm;
}

describe('staking parameter forms', () => {
  it('every parameter the staking program allows has a form prefilled with today’s value', () => {
    expect(STAKING_PARAMETERS.map((p) => p.id)).toEqual(['penalty', 'stake-limits', 'tiers', 'boosters', 'drip-period', 'penalty-destination', 'pause']);
    expect(currentParameterForm('drip-period', ctx.config).values).toEqual({ dripDays: '7' });
    expect(currentParameterForm('penalty', ctx.config).values).toEqual({ penalty: '10' });
    expect(currentParameterForm('stake-limits', ctx.config).values).toEqual({ minStake: '100', maxStakePerWallet: '1000000' });
    expect(currentParameterForm('tiers', ctx.config).values).toEqual({ lockDays: ['0', '7', '30', '90', '180'], multipliers: ['1', '1.2', '1.5', '2', '3'] });
    expect(currentParameterForm('boosters', ctx.config).values).toEqual({
      longLockPct: '20',
      voterPct: '15',
      participationPct: '10',
      longLockMinDays: '90',
      voterBoostDays: '30',
      participationWindowDays: '30',
    });
    // The pause form proposes the opposite of today's state.
    expect(currentParameterForm('pause', ctx.config).values).toEqual({ paused: true });
  });

  it('the penalty: 10 % → 8 % becomes update_config SetPenaltyBps 800, with the line voters see', () => {
    const r = validateParameter(form('penalty', { penalty: '8' }), ctx);
    expect(r).toEqual({ ok: true, update: { field: 'penaltyBps', penaltyBps: 800 }, changes: [{ label: 'Early-unstake penalty', before: '10 %', after: '8 %' }] });
    if (r.ok) expect(Array.from(encodeUpdateConfigData(r.update))).toEqual([1, 5, 0x20, 0x03]);
  });

  it('refuses what the program would refuse, field by field', () => {
    expect(validateParameter(form('penalty', { penalty: '50.01' }), ctx)).toEqual({ ok: false, errors: { penalty: 'Enter a percentage from 0 % to 50 %.' } });
    expect(validateParameter(form('penalty', { penalty: '10' }), ctx)).toEqual({
      ok: false,
      errors: { _form: 'These are the current values: the proposal would change nothing.' },
    });
    expect(validateParameter(form('stake-limits', { minStake: '0' }), ctx)).toEqual({ ok: false, errors: { minStake: 'Enter an amount greater than zero.' } });
    expect(validateParameter(form('stake-limits', { minStake: '2,000', maxStakePerWallet: '1,000' }), ctx)).toEqual({
      ok: false,
      errors: { maxStakePerWallet: 'The maximum per wallet must be at least the minimum stake.' },
    });
    expect(validateParameter(form('stake-limits', { minStake: '0.0000000001' }), ctx)).toEqual({ ok: false, errors: { minStake: 'At most 9 decimal places.' } });
    const boosters = validateParameter(form('boosters', { voterPct: '51', voterBoostDays: '0', longLockMinDays: '1461' }), ctx);
    expect(boosters).toEqual({
      ok: false,
      errors: { voterPct: 'Enter a percentage from 0 % to 50 %.', voterBoostDays: 'Enter from 1 to 365 days.', longLockMinDays: 'Enter from 0 to 1460 days.' },
    });
  });

  it('the drip period: 7 → 14 days becomes update_config SetDripPeriod, within 1 to 90 days', () => {
    const r = validateParameter(form('drip-period', { dripDays: '14' }), ctx);
    expect(r).toEqual({ ok: true, update: { field: 'dripPeriod', dripPeriodSecs: 14n * DAY }, changes: [{ label: 'Deposits drip over', before: '7 days', after: '14 days' }] });
    if (r.ok) expect(Array.from(encodeUpdateConfigData(r.update))).toEqual([1, 8, 0x00, 0x75, 0x12, 0, 0, 0, 0, 0]);
    expect(validateParameter(form('drip-period', { dripDays: '0' }), ctx)).toEqual({ ok: false, errors: { dripDays: 'Enter from 1 to 90 days.' } });
    expect(validateParameter(form('drip-period', { dripDays: '91' }), ctx)).toEqual({ ok: false, errors: { dripDays: 'Enter from 1 to 90 days.' } });
  });

  it('stake limits are exact amounts', () => {
    const r = validateParameter(form('stake-limits', { maxStakePerWallet: '2,000,000.5' }), ctx);
    expect(r.ok && r.update).toEqual({ field: 'stakeLimits', minStake: 100n * K, maxStakePerWallet: 2_000_000n * K + K / 2n });
    expect(r.ok && r.changes[1]).toEqual({ label: 'Maximum per wallet', before: '1,000,000 KEEL', after: '2,000,000.5 KEEL' });
  });

  it('tiers: tier 0 without a lock, locks strictly increasing, multipliers not decreasing, within 1× to 5×', () => {
    const ok = validateParameter(form('tiers', { multipliers: ['1', '1.25', '1.5', '2', '3.5'] }), ctx);
    expect(ok.ok && ok.update).toEqual({
      field: 'tiers',
      tiers: [
        { lockSecs: 0n, multiplierBps: 10_000 },
        { lockSecs: 7n * DAY, multiplierBps: 12_500 },
        { lockSecs: 30n * DAY, multiplierBps: 15_000 },
        { lockSecs: 90n * DAY, multiplierBps: 20_000 },
        { lockSecs: 180n * DAY, multiplierBps: 35_000 },
      ],
    });
    expect(ok.ok && ok.changes.filter((c) => c.before !== c.after)).toEqual([
      { label: 'Tier 1', before: '7 days at 1.2×', after: '7 days at 1.25×' },
      { label: 'Tier 4', before: '180 days at 3×', after: '180 days at 3.5×' },
    ]);
    // A value out of bounds is reported first; the ordering rules once every value parses.
    expect(validateParameter(form('tiers', { multipliers: ['1', '1.2', '1.5', '2', '6'] }), ctx)).toEqual({
      ok: false,
      errors: { 'multipliers.4': 'Enter a multiplier from 1× to 5×.' },
    });
    expect(validateParameter(form('tiers', { lockDays: ['1', '7', '7', '90', '180'], multipliers: ['1', '1.2', '1.1', '2', '3'] }), ctx)).toEqual({
      ok: false,
      errors: {
        'lockDays.0': 'Tier 0 has no lock.',
        'lockDays.2': 'Each tier locks longer than the one before (tier 1: 7 days).',
        'multipliers.2': 'A longer lock may not have a smaller multiplier (tier 1: 1.2×).',
      },
    });
  });

  it('penalties to the treasury name the governance treasury; pausing is a toggle', () => {
    const r = validateParameter(form('penalty-destination', { destination: 'treasury' }), ctx);
    expect(r.ok && r.update).toEqual({ field: 'penaltyDestination', destination: 'treasury', treasury: ADDRESSES.treasury });
    expect(r.ok && r.changes).toEqual([{ label: 'Early-unstake penalties', before: 'Recycled to stakers', after: 'Sent to the treasury' }]);
    const pause = validateParameter(currentParameterForm('pause', ctx.config), ctx);
    expect(pause.ok && pause.update).toEqual({ field: 'paused', paused: true });
    expect(validateParameter(form('pause', { paused: false }), ctx)).toMatchObject({ ok: false });
  });
});
