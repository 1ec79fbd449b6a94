'use client';

import { useState } from 'react';
import { Button, Keel, Notice } from '@/components/staking/staking-ui';
import { deploymentInput } from '@/lib/governance/deployment';
import { type DraftAction, draftAction } from '@/lib/governance/draft';
import {
  currentMakersForm,
  MAKERS_PARAMETERS,
  type MakersParameter,
  type MakersParameterForm,
  type MakersParameterValues,
  validateMakersParameter,
} from '@/lib/governance/makers-parameters';
import { makersConfigAction, makersFundAction } from '@/lib/programs/governance';
import type { GovernanceState } from './governance-data-access';
import { ChangeLine } from './governance-ui';
import { Segmented, SelectField, TextField } from './form-ui';

/**
 * A maker config change for a proposal: the makers program's `update_config`
 * (or `fund` from the treasury for the season budget), signed by the
 * governance authority when the proposal executes. Each field shows the
 * bounds the program enforces; current → new lines before adding.
 */
export function MakersParameterEditor({ state, onAdd, disabled }: { state: GovernanceState; onAdd: (draft: DraftAction) => void; disabled: boolean }) {
  const config = state.makersConfig!;
  const deployment = state.deployment!;
  const [parameter, setParameter] = useState<MakersParameter>('reporter');
  const [form, setForm] = useState<MakersParameterForm>(() => currentMakersForm('reporter', config));
  const [touched, setTouched] = useState(false);
  const choose = (next: MakersParameter) => {
    setParameter(next);
    setForm(currentMakersForm(next, config));
    setTouched(false);
  };
  const treasuryBalance = state.treasuryBalance ?? 0n;
  const result = validateMakersParameter(form, { config, treasury: deployment.addresses.treasury, treasuryBalance });
  const errors = !result.ok && touched ? result.errors : {};
  const set = <K extends MakersParameter>(values: Partial<MakersParameterValues[K]>) => {
    setTouched(true);
    setForm((f) => ({ ...f, values: { ...f.values, ...values } }) as MakersParameterForm);
  };
  const hint = MAKERS_PARAMETERS.find((p) => p.id === parameter)!.hint;

  const add = () => {
    if (!result.ok || !state.mint) {
      setTouched(true);
      return;
    }
    const input = { ...deploymentInput(deployment), makersProgramId: deployment.makersProgramId ?? undefined };
    const { change } = result;
    const instruction =
      change.kind === 'update'
        ? makersConfigAction({ ...input, update: change.update, treasury: change.treasury })
        : makersFundAction({ ...input, tokenProgram: state.mint.tokenProgram, amount: change.amount, target: change.target });
    onAdd(draftAction('parameter', instruction));
    setForm(currentMakersForm(parameter, config));
    setTouched(false);
  };

  return (
    <div className="space-y-4" data-testid="makers-parameter-editor">
      <SelectField
        label="Maker parameter"
        value={parameter}
        onChange={choose}
        options={MAKERS_PARAMETERS.map((p) => ({ value: p.id, label: p.label }))}
        hint={hint}
        testId="makers-parameter-select"
      />
      {form.kind === 'reporter' && (
        <TextField label="New reporter" mono value={form.values.reporter} onChange={(reporter) => set<'reporter'>({ reporter })} error={errors.reporter} testId="makers-reporter" />
      )}
      {form.kind === 'season-budget' && (
        <div className="space-y-4">
          <p className="text-sm text-slate-600 dark:text-slate-400">
            From the treasury, which holds <Keel amount={treasuryBalance} decimals={config.decimals} digits={0} />. Season {config.seasonIndex} has{' '}
            <Keel amount={config.seasonBudget} decimals={config.decimals} digits={0} />, of which <Keel amount={config.seasonEmitted} decimals={config.decimals} digits={0} /> is paid.
          </p>
          <Segmented
            label="Add to"
            value={form.values.target}
            onChange={(target) => set<'season-budget'>({ target })}
            options={[
              { value: 'current', label: `Season ${config.seasonIndex} (now)` },
              { value: 'next', label: `Season ${config.seasonIndex + 1} (next)` },
            ]}
          />
          <TextField
            label="Amount"
            suffix="KEEL"
            inputMode="decimal"
            value={form.values.amount}
            onChange={(amount) => set<'season-budget'>({ amount })}
            error={errors.amount}
            hint="At most what the treasury holds; a season holds at most 10,000,000 KEEL"
            testId="makers-budget-amount"
          />
        </div>
      )}
      {form.kind === 'reward-rules' && (
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            label="Minimum improvement"
            suffix="bp"
            inputMode="numeric"
            value={form.values.minImprovementBps}
            onChange={(minImprovementBps) => set<'reward-rules'>({ minImprovementBps })}
            error={errors.minImprovementBps}
            hint="1 to 1,000 bp"
            testId="makers-min-improvement"
          />
          <TextField
            label="Early multiplier"
            suffix="×"
            inputMode="decimal"
            value={form.values.earlyMultiplier}
            onChange={(earlyMultiplier) => set<'reward-rules'>({ earlyMultiplier })}
            error={errors.earlyMultiplier}
            hint="1× to 3×"
            testId="makers-early-multiplier"
          />
          <TextField
            label="Most per fill"
            suffix="KEEL"
            inputMode="decimal"
            value={form.values.maxRewardPerFill}
            onChange={(maxRewardPerFill) => set<'reward-rules'>({ maxRewardPerFill })}
            error={errors.maxRewardPerFill}
            hint="Above zero"
            testId="makers-max-per-fill"
          />
        </div>
      )}
      {form.kind === 'early-rule' && (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Early when registering up to season"
            inputMode="numeric"
            value={form.values.earlyUntilSeason}
            onChange={(earlyUntilSeason) => set<'early-rule'>({ earlyUntilSeason })}
            error={errors.earlyUntilSeason}
            hint="0: no season"
            testId="makers-early-season"
          />
          <TextField
            label="The first N makers are early"
            inputMode="numeric"
            value={form.values.earlyMaxMakers}
            onChange={(earlyMaxMakers) => set<'early-rule'>({ earlyMaxMakers })}
            error={errors.earlyMaxMakers}
            hint="0 to 10,000; 0: off"
            testId="makers-early-first"
          />
        </div>
      )}
      {form.kind === 'volatility' && (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Volatility threshold"
            suffix="%"
            inputMode="decimal"
            value={form.values.thresholdPct}
            onChange={(thresholdPct) => set<'volatility'>({ thresholdPct })}
            error={errors.thresholdPct}
            hint="0.01 % to 100 %"
            testId="makers-vol-threshold"
          />
          <TextField
            label="Most volatility multiplier"
            suffix="×"
            inputMode="decimal"
            value={form.values.maxMultiplier}
            onChange={(maxMultiplier) => set<'volatility'>({ maxMultiplier })}
            error={errors.maxMultiplier}
            hint="1× to 3×"
            testId="makers-vol-max"
          />
        </div>
      )}
      {form.kind === 'bond-rules' && (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Smallest bond" suffix="KEEL" inputMode="decimal" value={form.values.minBond} onChange={(minBond) => set<'bond-rules'>({ minBond })} error={errors.minBond} hint="Above zero" testId="makers-min-bond" />
          <TextField
            label="Slashable after no fills for"
            suffix="days"
            inputMode="decimal"
            value={form.values.inactivityDays}
            onChange={(inactivityDays) => set<'bond-rules'>({ inactivityDays })}
            error={errors.inactivityDays}
            hint="1 to 365 days"
            testId="makers-inactivity"
          />
          <TextField
            label="Unbond cooldown"
            suffix="days"
            inputMode="decimal"
            value={form.values.unbondCooldownDays}
            onChange={(unbondCooldownDays) => set<'bond-rules'>({ unbondCooldownDays })}
            error={errors.unbondCooldownDays}
            hint="1 to 90 days"
            testId="makers-cooldown"
          />
          <TextField
            label="A slash takes"
            suffix="%"
            inputMode="decimal"
            value={form.values.slashPct}
            onChange={(slashPct) => set<'bond-rules'>({ slashPct })}
            error={errors.slashPct}
            hint="0 to 50 % of bond and unbonding"
            testId="makers-slash"
          />
        </div>
      )}
      {form.kind === 'season-length' && (
        <TextField
          label="Seasons last"
          suffix="days"
          inputMode="decimal"
          value={form.values.seasonDays}
          onChange={(seasonDays) => set<'season-length'>({ seasonDays })}
          error={errors.seasonDays}
          hint="1 to 365 days; from the next rollover on"
          testId="makers-season-days"
        />
      )}
      {form.kind === 'rollover-policy' && (
        <Segmented
          label="Unspent budget at rollover is"
          value={form.values.policy}
          onChange={(policy) => set<'rollover-policy'>({ policy })}
          options={[
            { value: 'carry-over', label: 'Carried over' },
            { value: 'return', label: 'Returned to the treasury' },
          ]}
        />
      )}
      {form.kind === 'pause' && (
        <Segmented
          label="Makers"
          value={form.values.paused ? 'pause' : 'resume'}
          onChange={(v) => set<'pause'>({ paused: v === 'pause' })}
          options={[
            { value: 'pause', label: 'Pause' },
            { value: 'resume', label: 'Resume' },
          ]}
        />
      )}

      {result.ok && (
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">Current → new</p>
          <ul className="mt-1 divide-y divide-slate-100 dark:divide-slate-800" data-testid="makers-parameter-preview">
            {result.changes.map((c) => (
              <ChangeLine key={c.label} {...c} />
            ))}
          </ul>
        </div>
      )}
      {errors._form && <Notice tone="warning">{errors._form}</Notice>}
      <Button onClick={add} disabled={disabled || (touched && !result.ok)} data-testid="add-action">
        Add action
      </Button>
    </div>
  );
}
