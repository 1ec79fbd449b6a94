'use client';

import { useConnection } from '@solana/wallet-adapter-react';
import type { PublicKey } from '@solana/web3.js';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AmountField, Button, Keel, Notice } from '@/components/staking/staking-ui';
import { deploymentInput } from '@/lib/governance/deployment';
import { type DraftAction, draftAction } from '@/lib/governance/draft';
import {
  currentParameterForm,
  type ParameterForm,
  type ParameterValues,
  STAKING_PARAMETERS,
  type StakingParameter,
  validateParameter,
} from '@/lib/governance/parameters';
import { parseAddress } from '@/lib/governance/parse';
import { EMPTY_RAW_INSTRUCTION, type RawInstructionValues, validateRawInstruction } from '@/lib/governance/raw-instruction';
import { fetchRecipientInfo } from '@/lib/governance/treasury';
import { transferDestination, treasuryTransferDraft, validateTreasuryTransfer } from '@/lib/governance/treasury-transfer';
import { stakingConfigAction } from '@/lib/programs/governance';
import { useCluster } from '@/lib/solana/useCluster';
import { shortAddress, toInputAmount } from '@/lib/staking/format';
import type { GovernanceState } from './governance-data-access';
import { ChangeLine } from './governance-ui';
import { Checkbox, Segmented, SelectField, TextArea, TextField } from './form-ui';
import { MakersParameterEditor } from './makers-parameter-editor';

type EditorKind = 'parameter' | 'makers' | 'treasury' | 'raw';

const KINDS: readonly { value: EditorKind; label: string }[] = [
  { value: 'parameter', label: 'Staking parameter' },
  { value: 'makers', label: 'Maker parameter' },
  { value: 'treasury', label: 'Treasury transfer' },
  { value: 'raw', label: 'Raw instruction' },
];

/**
 * Drafts one proposal action: a typed staking or maker parameter change
 * (current → new, checked against the program's bounds), a treasury transfer
 * (recipient and an exact amount), or any instruction for experts. Nothing is
 * signed here: the draft goes to `onAdd`. Maker parameters appear once the
 * cluster has a maker config.
 */
export function ActionEditor({ state, onAdd, disabled = false }: { state: GovernanceState; onAdd: (draft: DraftAction) => void; disabled?: boolean }) {
  const [kind, setKind] = useState<EditorKind>('parameter');
  const kinds = state.makersConfig ? KINDS : KINDS.filter((k) => k.value !== 'makers');
  return (
    <div className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="action-editor">
      <Segmented label="Kind of action" value={kind} onChange={setKind} options={kinds} testId="action-kind" />
      {kind === 'parameter' && <ParameterEditor state={state} onAdd={onAdd} disabled={disabled} />}
      {kind === 'makers' && state.makersConfig && <MakersParameterEditor state={state} onAdd={onAdd} disabled={disabled} />}
      {kind === 'treasury' && <TreasuryEditor state={state} onAdd={onAdd} disabled={disabled} />}
      {kind === 'raw' && <RawEditor state={state} onAdd={onAdd} disabled={disabled} />}
    </div>
  );
}

// ------------------------------------------------------------------ staking parameters

function ParameterEditor({ state, onAdd, disabled }: { state: GovernanceState; onAdd: (draft: DraftAction) => void; disabled: boolean }) {
  const config = state.stakingConfig!;
  const [parameter, setParameter] = useState<StakingParameter>('penalty');
  const [form, setForm] = useState<ParameterForm>(() => currentParameterForm('penalty', config));
  const [touched, setTouched] = useState(false);
  const choose = (next: StakingParameter) => {
    setParameter(next);
    setForm(currentParameterForm(next, config));
    setTouched(false);
  };
  const result = validateParameter(form, { config, treasury: state.deployment!.addresses.treasury });
  const errors = !result.ok && touched ? result.errors : {};
  const set = <K extends StakingParameter>(values: Partial<ParameterValues[K]>) => {
    setTouched(true);
    setForm((f) => ({ ...f, values: { ...f.values, ...values } }) as ParameterForm);
  };
  const hint = STAKING_PARAMETERS.find((p) => p.id === parameter)!.hint;

  const add = () => {
    if (!result.ok) {
      setTouched(true);
      return;
    }
    onAdd(draftAction('parameter', stakingConfigAction({ ...deploymentInput(state.deployment!), update: result.update })));
    setForm(currentParameterForm(parameter, config));
    setTouched(false);
  };

  return (
    <div className="space-y-4">
      <SelectField label="Parameter" value={parameter} onChange={choose} options={STAKING_PARAMETERS.map((p) => ({ value: p.id, label: p.label }))} hint={hint} testId="parameter-select" />
      {form.kind === 'penalty' && (
        <TextField
          label="New penalty"
          suffix="%"
          inputMode="decimal"
          value={form.values.penalty}
          onChange={(penalty) => set<'penalty'>({ penalty })}
          error={errors.penalty}
          hint="0 to 50 %, in steps of 0.01 %"
          testId="param-penalty"
        />
      )}
      {form.kind === 'stake-limits' && (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Minimum stake" suffix="KEEL" inputMode="decimal" value={form.values.minStake} onChange={(minStake) => set<'stake-limits'>({ minStake })} error={errors.minStake} testId="param-min-stake" />
          <TextField
            label="Maximum per wallet"
            suffix="KEEL"
            inputMode="decimal"
            value={form.values.maxStakePerWallet}
            onChange={(maxStakePerWallet) => set<'stake-limits'>({ maxStakePerWallet })}
            error={errors.maxStakePerWallet}
            testId="param-max-stake"
          />
        </div>
      )}
      {form.kind === 'tiers' && (
        <fieldset>
          <legend className="text-sm font-medium">Tiers</legend>
          <div className="mt-1 space-y-2">
            {form.values.lockDays.map((days, i) => (
              <div key={i} className="grid grid-cols-[4rem_1fr_1fr] items-start gap-3">
                <span className="pt-7 text-sm font-medium text-slate-600 dark:text-slate-400">Tier {i}</span>
                <TextField
                  label={`Tier ${i} lock`}
                  suffix="days"
                  inputMode="decimal"
                  value={days}
                  onChange={(v) => set<'tiers'>({ lockDays: form.values.lockDays.map((d, j) => (j === i ? v : d)) })}
                  error={errors[`lockDays.${i}`]}
                />
                <TextField
                  label={`Tier ${i} multiplier`}
                  suffix="×"
                  inputMode="decimal"
                  value={form.values.multipliers[i]!}
                  onChange={(v) => set<'tiers'>({ multipliers: form.values.multipliers.map((m, j) => (j === i ? v : m)) })}
                  error={errors[`multipliers.${i}`]}
                />
              </div>
            ))}
          </div>
        </fieldset>
      )}
      {form.kind === 'boosters' && (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Long-lock booster" suffix="%" value={form.values.longLockPct} onChange={(longLockPct) => set<'boosters'>({ longLockPct })} error={errors.longLockPct} />
          <TextField label="Long lock from" suffix="days" value={form.values.longLockMinDays} onChange={(longLockMinDays) => set<'boosters'>({ longLockMinDays })} error={errors.longLockMinDays} />
          <TextField label="Voter booster" suffix="%" value={form.values.voterPct} onChange={(voterPct) => set<'boosters'>({ voterPct })} error={errors.voterPct} />
          <TextField label="Voter booster lasts" suffix="days" value={form.values.voterBoostDays} onChange={(voterBoostDays) => set<'boosters'>({ voterBoostDays })} error={errors.voterBoostDays} />
          <TextField label="Participation booster" suffix="%" value={form.values.participationPct} onChange={(participationPct) => set<'boosters'>({ participationPct })} error={errors.participationPct} />
          <TextField
            label="Participation window"
            suffix="days"
            value={form.values.participationWindowDays}
            onChange={(participationWindowDays) => set<'boosters'>({ participationWindowDays })}
            error={errors.participationWindowDays}
          />
        </div>
      )}
      {form.kind === 'drip-period' && (
        <TextField
          label="Deposits drip over"
          suffix="days"
          value={form.values.dripDays}
          onChange={(dripDays) => set<'drip-period'>({ dripDays })}
          error={errors.dripDays}
          hint="1 to 90 days; the drip running now keeps its end"
          testId="param-drip-days"
        />
      )}
      {form.kind === 'penalty-destination' && (
        <Segmented
          label="Early-unstake penalties are"
          value={form.values.destination}
          onChange={(destination) => set<'penalty-destination'>({ destination })}
          options={[
            { value: 'recycle', label: 'Recycled to stakers' },
            { value: 'treasury', label: 'Sent to the treasury' },
            { value: 'burn', label: 'Burned' },
          ]}
        />
      )}
      {form.kind === 'pause' && (
        <Segmented
          label="Staking"
          value={form.values.paused ? 'pause' : 'resume'}
          onChange={(v) => set<'pause'>({ paused: v === 'pause' })}
          options={[
            { value: 'pause', label: 'Pause new stakes' },
            { value: 'resume', label: 'Resume staking' },
          ]}
        />
      )}

      {result.ok && (
        <div>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">Current → new</p>
          <ul className="mt-1 divide-y divide-slate-100 dark:divide-slate-800" data-testid="parameter-preview">
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

// ------------------------------------------------------------------ treasury transfer

function TreasuryEditor({ state, onAdd, disabled }: { state: GovernanceState; onAdd: (draft: DraftAction) => void; disabled: boolean }) {
  const { connection } = useConnection();
  const cluster = useCluster();
  const mint = state.mint!;
  const deployment = state.deployment!;
  const balance = state.treasuryBalance ?? 0n;
  const [values, setValues] = useState({ recipient: '', amount: '' });
  const [touched, setTouched] = useState({ recipient: false, amount: false });
  const result = validateTreasuryTransfer(values, { decimals: mint.decimals, treasuryBalance: balance });
  const recipient = parseAddress(values.recipient);
  const recipientKey: PublicKey | null = recipient.ok ? recipient.value : null;
  const info = useQuery({
    queryKey: ['keel', cluster.key, 'governance-recipient', recipientKey?.toBase58()],
    queryFn: () => fetchRecipientInfo(connection, recipientKey!, mint),
    enabled: recipientKey !== null,
  });
  const destination = recipientKey && info.data ? transferDestination({ recipient: recipientKey, mint: mint.address, tokenProgram: mint.tokenProgram, info: info.data }) : null;
  const errors = result.ok ? {} : result.errors;
  const recipientError = (touched.recipient && errors.recipient) || (destination && !destination.ok ? destination.error : null);

  const add = () => {
    setTouched({ recipient: true, amount: true });
    if (!result.ok || !destination?.ok || !state.owner) return;
    const draft = treasuryTransferDraft({
      ...deploymentInput(deployment),
      tokenProgram: mint.tokenProgram,
      decimals: mint.decimals,
      payer: state.owner,
      recipient: result.recipient,
      destination,
      amount: result.amount,
    });
    onAdd(draftAction('treasury-transfer', draft.action, draft.setup, [], draft.names));
    setValues({ recipient: '', amount: '' });
    setTouched({ recipient: false, amount: false });
  };

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        The treasury holds <Keel amount={balance} decimals={mint.decimals} digits={0} testId="editor-treasury-balance" />.
      </p>
      <TextField
        label="Recipient"
        mono
        placeholder="Wallet or KEEL token account address"
        value={values.recipient}
        onChange={(recipient) => {
          setValues((v) => ({ ...v, recipient }));
          setTouched((t) => ({ ...t, recipient: true }));
        }}
        error={recipientError}
        hint={
          destination?.ok
            ? destination.describedAs === 'wallet'
              ? `Paid into the wallet's KEEL account ${shortAddress(destination.destination.toBase58())}${destination.createAta ? ', which you create (and pay rent for) with the proposal' : ''}.`
              : 'A KEEL token account: paid into it directly.'
            : 'A wallet gets the KEEL in its associated token account.'
        }
        testId="transfer-recipient"
      />
      <AmountField
        label="Amount"
        value={values.amount}
        onChange={(amount) => {
          setValues((v) => ({ ...v, amount }));
          setTouched((t) => ({ ...t, amount: true }));
        }}
        onMax={() => {
          setValues((v) => ({ ...v, amount: toInputAmount(balance, mint.decimals) }));
          setTouched((t) => ({ ...t, amount: true }));
        }}
        error={touched.amount ? errors.amount : null}
        testId="transfer-amount"
      />
      {result.ok && (
        <ul className="divide-y divide-slate-100 dark:divide-slate-800" data-testid="transfer-preview">
          <ChangeLine
            label="Treasury"
            before={`${toInputAmount(balance, mint.decimals)} KEEL`}
            after={`${toInputAmount(balance - result.amount, mint.decimals)} KEEL`}
          />
        </ul>
      )}
      <Button onClick={add} disabled={disabled || !state.owner || (touched.amount && touched.recipient && (!result.ok || !destination?.ok))} data-testid="add-action">
        Add action
      </Button>
    </div>
  );
}

// ------------------------------------------------------------------ raw instruction

function RawEditor({ state, onAdd, disabled }: { state: GovernanceState; onAdd: (draft: DraftAction) => void; disabled: boolean }) {
  const [values, setValues] = useState<RawInstructionValues>(EMPTY_RAW_INSTRUCTION);
  const [touched, setTouched] = useState(false);
  const authority = state.deployment!.addresses.authority;
  const result = validateRawInstruction(values, authority);
  const errors = !result.ok && touched ? result.errors : {};
  const update = (next: Partial<RawInstructionValues>) => {
    setTouched(true);
    setValues((v) => ({ ...v, ...next }));
  };
  const setAccount = (i: number, next: Partial<RawInstructionValues['accounts'][number]>) =>
    update({ accounts: values.accounts.map((a, j) => (j === i ? { ...a, ...next } : a)) });

  const add = () => {
    setTouched(true);
    if (!result.ok) return;
    // Its signer warnings come back with the action's description (describeAction), so they are not stored twice.
    onAdd(draftAction('raw', result.instruction));
    setValues(EMPTY_RAW_INSTRUCTION);
    setTouched(false);
  };

  return (
    <div className="space-y-4">
      <Notice tone="warning">
        For experts: the instruction runs exactly as typed, signed by the governance authority{' '}
        <span className="font-mono text-xs">{shortAddress(authority.toBase58())}</span> where it is listed as a signer.
      </Notice>
      <TextField label="Program id" mono value={values.programId} onChange={(programId) => update({ programId })} error={errors.programId} testId="raw-program" />
      <fieldset>
        <legend className="text-sm font-medium">Accounts, in order</legend>
        <ol className="mt-1 space-y-2">
          {values.accounts.map((a, i) => (
            <li key={i} className="rounded-lg border border-slate-200 p-2 dark:border-slate-800">
              <div className="flex flex-wrap items-end gap-3">
                <TextField
                  className="min-w-[16rem] flex-1"
                  label={`Account ${i + 1}`}
                  mono
                  value={a.pubkey}
                  onChange={(pubkey) => setAccount(i, { pubkey })}
                  error={errors[`accounts.${i}.pubkey`]}
                  testId={`raw-account-${i}`}
                />
                <div className="flex items-center gap-3 pb-2">
                  <Checkbox label="signer" checked={a.signer} onChange={(signer) => setAccount(i, { signer })} />
                  <Checkbox label="writable" checked={a.writable} onChange={(writable) => setAccount(i, { writable })} />
                  <Button variant="ghost" size="sm" onClick={() => update({ accounts: values.accounts.filter((_, j) => j !== i) })} aria-label={`Remove account ${i + 1}`}>
                    Remove
                  </Button>
                </div>
              </div>
            </li>
          ))}
        </ol>
        {errors.accounts && <p className="mt-1 text-sm text-red-600 dark:text-red-400">{errors.accounts}</p>}
        <Button
          variant="secondary"
          size="sm"
          className="mt-2"
          onClick={() => update({ accounts: [...values.accounts, { pubkey: '', signer: false, writable: false }] })}
          disabled={values.accounts.length >= 16}
        >
          Add account
        </Button>
        <Button variant="ghost" size="sm" className="mt-2 ml-2" onClick={() => update({ accounts: [...values.accounts, { pubkey: authority.toBase58(), signer: true, writable: false }] })}>
          Add the governance authority as signer
        </Button>
      </fieldset>
      <Segmented
        label="Data encoding"
        value={values.encoding}
        onChange={(encoding) => update({ encoding })}
        options={[
          { value: 'hex', label: 'Hex' },
          { value: 'base64', label: 'Base64' },
        ]}
      />
      <TextArea label="Data" mono rows={3} value={values.data} onChange={(data) => update({ data })} error={errors.data} hint="At most 512 bytes." testId="raw-data" />
      {result.ok && result.warnings.map((w) => <Notice key={w} tone="warning">{w}</Notice>)}
      <Button onClick={add} disabled={disabled || (touched && !result.ok)} data-testid="add-action">
        Add action
      </Button>
    </div>
  );
}
