/**
 * Maker parameter forms: prefilled with today's config, every bound of the
 * makers program at its edge (accepted) and one step past it (refused with a
 * sentence), and the round trip form → `update_config` / `fund` action →
 * instruction bytes → decoded value → words on the proposal page.
 */
import { Keypair, PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { describeAction, makersConfigAction, makersFundAction } from '@/lib/programs/governance';
import { getFundInstructionDataDecoder, getUpdateConfigInstructionDataDecoder, MAKERS_BOUNDS, makersKeys } from '@/lib/programs/makers';
import { currentMakersForm, MAKERS_PARAMETERS, type MakersParameterForm, MAX_SEASON_BUDGET, validateMakersParameter } from './makers-parameters';
import { ADDRESSES, DAY, K, makersConfig, MINT } from './test-fixtures';

const TOKEN = new PublicKey('TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA');
const ctx = { config: makersConfig(), treasury: ADDRESSES.treasury, treasuryBalance: 1_000_000n * K };

function form<F extends MakersParameterForm['kind']>(kind: F, values: Partial<Extract<MakersParameterForm, { kind: F }>['values']>): MakersParameterForm {
  const current = currentMakersForm(kind, ctx.config);
  return { kind, values: { ...current.values, ...values } } as MakersParameterForm;
}

const errorsOf = (f: MakersParameterForm) => {
  const r = validateMakersParameter(f, ctx);
  return r.ok ? null : r.errors;
};

/** The stored action of a valid form, as the proposal would hold it. */
function actionOf(f: MakersParameterForm) {
  const r = validateMakersParameter(f, ctx);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const { change } = r;
  return change.kind === 'update'
    ? makersConfigAction({ mint: MINT, update: change.update, treasury: change.treasury })
    : makersFundAction({ mint: MINT, tokenProgram: TOKEN, amount: change.amount, target: change.target });
}

const decodeUpdate = (data: Uint8Array) => getUpdateConfigInstructionDataDecoder().decode(data).update;
const describeCtx = { governance: ADDRESSES, makersConfig: ctx.config, names: { [ADDRESSES.treasury.toBase58()]: 'the treasury' } };

describe('maker parameter forms', () => {
  it('a form for each group the makers program lets its authority change, prefilled with today’s value', () => {
    expect(MAKERS_PARAMETERS.map((p) => p.id)).toEqual(['reporter', 'season-budget', 'reward-rules', 'early-rule', 'volatility', 'bond-rules', 'season-length', 'rollover-policy', 'pause']);
    expect(currentMakersForm('reward-rules', ctx.config).values).toEqual({ minImprovementBps: '1', earlyMultiplier: '2', maxRewardPerFill: '10000' });
    expect(currentMakersForm('volatility', ctx.config).values).toEqual({ thresholdPct: '2', maxMultiplier: '1.5' });
    expect(currentMakersForm('bond-rules', ctx.config).values).toEqual({ minBond: '1000', inactivityDays: '7', unbondCooldownDays: '7', slashPct: '10' });
    expect(currentMakersForm('early-rule', ctx.config).values).toEqual({ earlyUntilSeason: '0', earlyMaxMakers: '1' });
    expect(currentMakersForm('season-length', ctx.config).values).toEqual({ seasonDays: '30' });
    // Toggles propose the other state.
    expect(currentMakersForm('pause', ctx.config).values).toEqual({ paused: true });
    expect(currentMakersForm('rollover-policy', ctx.config).values).toEqual({ policy: 'return' });
  });

  it('round-trips every update through the instruction bytes, signed by the governance authority', () => {
    const reporter = Keypair.generate().publicKey;
    const cases: [MakersParameterForm, unknown][] = [
      [form('reporter', { reporter: reporter.toBase58() }), { __kind: 'SetReporter', reporter: reporter.toBase58() }],
      [form('reward-rules', { minImprovementBps: '2', earlyMultiplier: '1.75', maxRewardPerFill: '2,500.5' }), { __kind: 'SetRewardRules', minImprovementBps: 2, earlyMultiplierBps: 17_500, maxRewardPerFill: 2_500n * K + K / 2n }],
      [form('early-rule', { earlyUntilSeason: '2', earlyMaxMakers: '25' }), { __kind: 'SetEarlyRule', earlyUntilSeason: 2, earlyMaxMakers: 25 }],
      [form('volatility', { thresholdPct: '3.5', maxMultiplier: '2' }), { __kind: 'SetVolatility', thresholdBps: 350, maxMultiplierBps: 20_000 }],
      [
        form('bond-rules', { minBond: '500', inactivityDays: '14', unbondCooldownDays: '3.5', slashPct: '25' }),
        { __kind: 'SetBondRules', minBond: 500n * K, inactivityWindowSecs: 14n * DAY, unbondCooldownSecs: (7n * DAY) / 2n, slashBps: 2_500 },
      ],
      [form('season-length', { seasonDays: '182' }), { __kind: 'SetSeasonLength', seasonSecs: 182n * DAY }],
      [form('rollover-policy', { policy: 'return' }), { __kind: 'SetRolloverPolicy', policy: 1 }],
      [form('pause', { paused: true }), { __kind: 'SetPaused', paused: true }],
    ];
    const keys = makersKeys(MINT);
    for (const [f, update] of cases) {
      const action = actionOf(f);
      expect(decodeUpdate(action.data), f.kind).toEqual(update);
      expect(action.programId.equals(keys.programId)).toBe(true);
      expect(action.keys[0]).toEqual({ pubkey: ADDRESSES.authority, isSigner: true, isWritable: false });
      expect(action.keys[1]).toEqual({ pubkey: keys.config, isSigner: false, isWritable: true });
      const words = describeAction(action, describeCtx);
      expect(words.kind, f.kind).toBe('makers-parameter');
      expect(words.summary).not.toMatch(/Call program/);
    }
    // "Return" names the governance treasury as account 2, and the proposal page says so.
    const ret = actionOf(form('rollover-policy', { policy: 'return' }));
    expect(ret.keys[2]!.pubkey.equals(ADDRESSES.treasury)).toBe(true);
    expect(describeAction(ret, describeCtx).summary).toBe('Return the unspent makers budget to the treasury (the treasury) at each rollover');
    expect(describeAction(actionOf(form('volatility', { thresholdPct: '3.5', maxMultiplier: '2' })), describeCtx).summary).toBe(
      'Set the volatility above which maker rewards scale up from 2% to 3.5%; the most that multiplier reaches from 1.5× to 2×',
    );
    // Only what changes, when today's config is known; every part when it is not.
    const bonds = actionOf(form('bond-rules', { slashPct: '20' }));
    expect(describeAction(bonds, describeCtx).summary).toBe('Set the share one slash takes from 10% to 20%');
    expect(describeAction(bonds, { governance: ADDRESSES }).summary).toBe(
      'Set the smallest bond to 1,000 KEEL; the time without fills before a bonded maker can be slashed to 7 days; the unbond cooldown to 7 days; the share one slash takes to 20%',
    );
  });

  it('holds every field to the program’s bounds: the edges pass, one step past them is refused', () => {
    const b = MAKERS_BOUNDS;
    const ok = (f: MakersParameterForm) => expect(errorsOf(f), JSON.stringify(f.values)).toBeNull();
    ok(form('reward-rules', { minImprovementBps: String(b.minImprovementBps[1]), earlyMultiplier: '3', maxRewardPerFill: '0.000000001' }));
    ok(form('reward-rules', { minImprovementBps: '2', earlyMultiplier: '1' }));
    expect(errorsOf(form('reward-rules', { minImprovementBps: '0', earlyMultiplier: '3.0001', maxRewardPerFill: '0' }))).toEqual({
      minImprovementBps: 'Enter the minimum improvement in bp from 1 to 1,000.',
      earlyMultiplier: 'Enter a multiplier from 1× to 3×.',
      maxRewardPerFill: 'Enter an amount greater than zero.',
    });
    expect(errorsOf(form('reward-rules', { minImprovementBps: '1001', earlyMultiplier: '0.9999' }))).toEqual({
      minImprovementBps: 'Enter the minimum improvement in bp from 1 to 1,000.',
      earlyMultiplier: 'Enter a multiplier from 1× to 3×.',
    });

    ok(form('volatility', { thresholdPct: '0.01', maxMultiplier: '3' }));
    ok(form('volatility', { thresholdPct: '100', maxMultiplier: '1' }));
    expect(errorsOf(form('volatility', { thresholdPct: '0', maxMultiplier: '3.01' }))).toEqual({
      thresholdPct: 'Enter a percentage from 0.01 % to 100 %.',
      maxMultiplier: 'Enter a multiplier from 1× to 3×.',
    });
    expect(errorsOf(form('volatility', { thresholdPct: '100.01' }))).toEqual({ thresholdPct: 'Enter a percentage from 0.01 % to 100 %.' });

    ok(form('early-rule', { earlyUntilSeason: '4294967295', earlyMaxMakers: '10,000' }));
    expect(errorsOf(form('early-rule', { earlyUntilSeason: '4294967296', earlyMaxMakers: '10001' }))).toEqual({
      earlyUntilSeason: 'Enter a season from 0 to 4,294,967,295.',
      earlyMaxMakers: 'Enter a number of makers from 0 to 10,000.',
    });

    ok(form('bond-rules', { inactivityDays: '1', unbondCooldownDays: '90', slashPct: '50' }));
    ok(form('bond-rules', { inactivityDays: '365', unbondCooldownDays: '1', slashPct: '0' }));
    expect(errorsOf(form('bond-rules', { minBond: '0', inactivityDays: '0.99', unbondCooldownDays: '90.01', slashPct: '50.01' }))).toEqual({
      minBond: 'Enter an amount greater than zero.',
      inactivityDays: 'Enter from 1 to 365 days.',
      unbondCooldownDays: 'Enter from 1 to 90 days.',
      slashPct: 'Enter a percentage from 0 % to 50 %.',
    });
    expect(errorsOf(form('bond-rules', { inactivityDays: '366' }))).toEqual({ inactivityDays: 'Enter from 1 to 365 days.' });

    ok(form('season-length', { seasonDays: '1' }));
    ok(form('season-length', { seasonDays: '365' }));
    expect(errorsOf(form('season-length', { seasonDays: '365.01' }))).toEqual({ seasonDays: 'Enter from 1 to 365 days.' });
    expect(errorsOf(form('reporter', { reporter: 'not a key' }))?.reporter).toMatch(/address/);
  });

  it('refuses a form that changes nothing', () => {
    expect(errorsOf(currentMakersForm('reward-rules', ctx.config))).toEqual({ _form: 'These are the current values: the proposal would change nothing.' });
    expect(errorsOf(form('reporter', {}))).toEqual({ _form: 'These are the current values: the proposal would change nothing.' });
  });

  it('the season budget is a fund from the treasury, within what it holds and 10,000,000 KEEL a season', () => {
    const r = validateMakersParameter(form('season-budget', { amount: '250,000' }), ctx);
    expect(r).toEqual({
      ok: true,
      change: { kind: 'fund', amount: 250_000n * K, target: 0 },
      changes: [
        { label: 'Season 1 budget', before: '1,500,000 KEEL', after: '1,750,000 KEEL' },
        { label: 'Treasury', before: '1,000,000 KEEL', after: '750,000 KEEL' },
      ],
    });
    const action = actionOf(form('season-budget', { amount: '250,000', target: 'next' }));
    expect(getFundInstructionDataDecoder().decode(action.data)).toMatchObject({ amount: 250_000n * K, target: 1 });
    // Funded by the governance authority from the treasury it owns.
    expect(action.keys.slice(0, 3).map((k) => [k.pubkey.toBase58(), k.isSigner])).toEqual([
      [ADDRESSES.authority.toBase58(), true],
      [makersKeys(MINT).config.toBase58(), false],
      [ADDRESSES.treasury.toBase58(), false],
    ]);
    expect(describeAction(action, describeCtx)).toMatchObject({ kind: 'makers-funding', summary: 'Add 250,000 KEEL from the treasury to the makers budget of season 2 (the next one)' });

    expect(errorsOf(form('season-budget', { amount: '1,000,000.000000001' }))).toEqual({ amount: 'The treasury holds 1,000,000 KEEL.' });
    const rich = { ...ctx, treasuryBalance: MAX_SEASON_BUDGET };
    const over = validateMakersParameter(form('season-budget', { amount: '8,500,000.000000001' }), rich);
    expect(over).toEqual({ ok: false, errors: { amount: 'A season may hold at most 10,000,000 KEEL; this one would hold 10,000,000.000000001 KEEL.' } });
    expect(validateMakersParameter(form('season-budget', { amount: '8,500,000' }), rich).ok).toBe(true);
    expect(errorsOf(form('season-budget', { amount: '' }))?.amount).toBeDefined();
  });
});
