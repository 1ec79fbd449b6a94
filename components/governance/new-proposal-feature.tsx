'use client';

import { useConnection } from '@solana/wallet-adapter-react';
import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useMemo, useState } from 'react';
import { ConnectPrompt } from '@/components/staking/staking-gate';
import { Button, Card, Keel, Notice } from '@/components/staking/staking-ui';
import { createProposal } from '@/lib/governance/actions/create-proposal';
import { type ProposalMetaValues, PROPOSAL_TYPE_LABELS, sha256Hex, validateProposalMeta, VOTE_WEIGHTING_WORDS } from '@/lib/governance/description';
import { type DraftAction, describeDraft } from '@/lib/governance/draft';
import { governanceKeys } from '@/lib/governance/keys';
import { toHex } from '@/lib/governance/parse';
import { simulateActions } from '@/lib/governance/simulate';
import { proposerBacking } from '@/lib/governance/voter';
import { MAX_TITLE_LEN, PROPOSAL_TYPES, type ProposalType, stakingPauseAction } from '@/lib/programs/governance';
import { useCluster } from '@/lib/solana/useCluster';
import { ActionEditor } from './action-editor';
import { Checkbox, SelectField, TextArea, TextField } from './form-ui';
import { type GovernanceState, useGovernanceState } from './governance-data-access';
import { GovernanceGateView } from './governance-gate';
import { ChangeLine } from './governance-ui';
import { useSendAll } from './proposal-status';

/** The new-proposal page: what it says, what it runs (typed or raw), what that would do, then create → add actions → open voting. */
export function NewProposalFeature() {
  const state = useGovernanceState();
  if (state.gate.state !== 'ready') return <GovernanceGateView gate={state.gate} />;
  if (!state.actionContext) {
    return (
      <Card title="Connect a wallet" testId="new-proposal-connect">
        <ConnectPrompt>Proposals are made by stakers: connect the wallet whose staked KEEL backs yours.</ConnectPrompt>
      </Card>
    );
  }
  return <NewProposal state={state} />;
}

const EMPTY_META: ProposalMetaValues = { title: '', type: 'parameter-change', uri: '', description: '', hash: '' };

/** The type a proposal's first action suggests. */
function typeFor(draft: DraftAction, pauseData: string): ProposalType | null {
  if (draft.kind === 'treasury-transfer') return 'treasury-spending';
  if (draft.kind === 'parameter') return toHex(Uint8Array.from(draft.instruction.data)).startsWith(pauseData) ? 'feature-toggle' : 'parameter-change';
  return null;
}

function NewProposal({ state }: { state: GovernanceState }) {
  const { config, stakingConfig, wallet, now, describe, actionContext, deployment, mint } = state;
  const router = useRouter();
  const { connection } = useConnection();
  const cluster = useCluster();
  const { send, sendAll } = useSendAll();
  const [meta, setMeta] = useState<ProposalMetaValues>(EMPTY_META);
  const [typeChosen, setTypeChosen] = useState(false);
  const [drafts, setDrafts] = useState<DraftAction[]>([]);
  const [openVoting, setOpenVoting] = useState(true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [submitting, setSubmitting] = useState(false);
  // Hashing is async (Web Crypto); the query caches one hash per text.
  const descriptionHash = useQuery({
    queryKey: ['keel-sha256', meta.description],
    queryFn: () => sha256Hex(meta.description),
    enabled: meta.description.trim() !== '',
    staleTime: Infinity,
  }).data;

  const backing = useMemo(
    () => (config && wallet && now !== null ? proposerBacking(wallet.config, wallet.positions, now, config.minProposalPower) : null),
    [config, wallet, now],
  );
  const textOnly = meta.type === 'text-only';
  const shownDrafts = textOnly ? [] : drafts;
  const fingerprint = shownDrafts.map((d) => `${d.instruction.programId.toBase58()}:${d.instruction.keys.map((k) => k.pubkey.toBase58()).join(',')}:${toHex(Uint8Array.from(d.instruction.data))}`).join('|');
  const preview = useQuery({
    queryKey: [...governanceKeys.preview(cluster, deployment!.addresses.governance, fingerprint), state.owner?.toBase58()],
    queryFn: () =>
      simulateActions({
        connection,
        payer: state.owner!,
        addresses: deployment!.addresses,
        actions: shownDrafts.map((d, index) => ({ index, instruction: d.instruction })),
        setup: shownDrafts.flatMap((d) => d.setup),
        decimals: mint?.decimals ?? 9,
        makersProgramId: deployment!.makersProgramId ?? undefined,
      }),
    enabled: shownDrafts.length > 0 && state.owner !== null,
  });
  if (!config || !stakingConfig || !describe || !actionContext || !deployment) return null;

  const pauseData = toHex(Uint8Array.from(stakingPauseAction({ mint: deployment.mint, paused: true }).data)).slice(0, 4);
  const set = (next: Partial<ProposalMetaValues>) => {
    setMeta((m) => ({ ...m, ...next }));
    setErrors({});
  };
  const add = (draft: DraftAction) => {
    setDrafts((d) => [...d, draft]);
    if (!typeChosen) {
      const t = typeFor(draft, pauseData);
      if (t) set({ type: t });
    }
  };
  const maxActions = config.maxActions;
  const id = config.proposalCount;

  const submit = async () => {
    const checked = await validateProposalMeta(meta);
    const problems: Record<string, string> = checked.ok ? {} : { ...checked.errors };
    if (!backing?.enough) problems._power = 'Your staked voting power is below the minimum to propose.';
    if (!textOnly && drafts.length === 0) problems._actions = 'Add at least one action (or make it a text-only proposal).';
    if (drafts.length > maxActions) problems._actions = `A proposal holds at most ${maxActions} actions.`;
    setErrors(problems);
    if (!checked.ok || Object.keys(problems).length > 0 || !backing) return;
    let requests;
    try {
      requests = createProposal({ ...actionContext, id, meta: checked.meta, backing: backing.positions.map((p) => p.address), actions: shownDrafts, activate: openVoting });
    } catch (e) {
      setErrors({ _actions: (e as Error).message });
      return;
    }
    setSubmitting(true);
    const ok = await sendAll(requests);
    setSubmitting(false);
    if (ok) router.push(`/governance/${id}`);
  };

  return (
    <form
      className="grid gap-6 lg:grid-cols-3"
      data-testid="new-proposal"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="min-w-0 space-y-6 lg:col-span-2">
        <Card title="Proposal" description={`It will be proposal #${id}.`}>
          <div className="space-y-4">
            <TextField
              label="Title"
              value={meta.title}
              onChange={(title) => set({ title })}
              error={errors.title}
              hint={`${new TextEncoder().encode(meta.title.trim()).length} / ${MAX_TITLE_LEN} bytes`}
              testId="proposal-title-input"
            />
            <SelectField
              label="Type"
              value={meta.type}
              onChange={(type) => {
                setTypeChosen(true);
                set({ type });
              }}
              options={PROPOSAL_TYPES.map((t) => ({ value: t, label: PROPOSAL_TYPE_LABELS[t] }))}
              hint={textOnly ? 'A signal vote: no actions run when it passes.' : 'Voters see it beside the title.'}
              testId="proposal-type"
            />
            <TextArea
              label="Description"
              value={meta.description}
              onChange={(description) => set({ description })}
              error={errors.description}
              rows={7}
              placeholder={'Why, what exactly changes, the risks.\nPublish this exact text at the URI below: its sha256 goes on chain.'}
              hint={descriptionHash && meta.description.trim() !== '' ? <span className="break-all font-mono">sha256 {descriptionHash}</span> : 'Markdown or plain text. Only its sha256 is stored on chain.'}
              testId="proposal-description-input"
            />
            <TextField
              label="Description URI"
              value={meta.uri}
              onChange={(uri) => set({ uri })}
              error={errors.uri}
              placeholder="ipfs://… or https://…"
              hint="Where voters read the description (at most 192 bytes). Leave empty for a title-only proposal."
              mono
              testId="proposal-uri"
            />
            {meta.description.trim() === '' && meta.uri.trim() !== '' && (
              <TextField
                label="Or the document's sha256"
                value={meta.hash}
                onChange={(hash) => set({ hash })}
                error={errors.hash}
                placeholder="64 hex digits"
                mono
                testId="proposal-hash"
              />
            )}
          </div>
        </Card>

        {!textOnly && (
          <Card title="Actions" description={`What the proposal runs when it passes, in order (at most ${maxActions}).`} testId="draft-actions">
            <div className="space-y-4">
              {drafts.length > 0 && (
                <ol className="space-y-2" data-testid="draft-action-list">
                  {drafts.map((d, i) => {
                    const words = describeDraft(d, describe);
                    return (
                      <li key={i} data-testid="draft-action" className="flex items-start justify-between gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
                        <div className="min-w-0">
                          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">Action {i + 1}</p>
                          <p className="font-medium" data-testid="draft-action-summary">
                            {words.summary}
                          </p>
                          {d.setup.length > 0 && <p className="text-xs text-slate-500 dark:text-slate-400">You also create the recipient’s KEEL account (rent ≈ 0.002 SOL).</p>}
                          {words.warnings.map((w) => (
                            <p key={w} className="text-sm text-amber-700 dark:text-amber-300">
                              {w}
                            </p>
                          ))}
                        </div>
                        <Button variant="ghost" size="sm" onClick={() => setDrafts((all) => all.filter((_, j) => j !== i))} aria-label={`Remove action ${i + 1}`}>
                          Remove
                        </Button>
                      </li>
                    );
                  })}
                </ol>
              )}
              {errors._actions && <Notice tone="error">{errors._actions}</Notice>}
              {drafts.length < maxActions ? <ActionEditor state={state} onAdd={add} disabled={submitting} /> : <Notice>This proposal holds the most actions allowed.</Notice>}
            </div>
          </Card>
        )}
      </div>

      <div className="space-y-6">
        <Card title="Your backing" testId="proposer-power">
          <dl className="space-y-2 text-sm">
            <div className="flex justify-between gap-3">
              <dt className="text-slate-500 dark:text-slate-400">Your voting power</dt>
              <dd className="font-semibold">{backing ? <Keel amount={backing.totalPower} digits={2} unit={false} testId="proposer-power-value" /> : '…'}</dd>
            </div>
            <div className="flex justify-between gap-3">
              <dt className="text-slate-500 dark:text-slate-400">Needed to propose</dt>
              <dd className="font-semibold">
                <Keel amount={config.minProposalPower} digits={0} unit={false} />
              </dd>
            </div>
          </dl>
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400" data-testid="vote-weighting" data-weighting={config.voteWeighting}>
            {VOTE_WEIGHTING_WORDS[config.voteWeighting]}
          </p>
          {backing && !backing.enough && (
            <p className="mt-3 text-sm text-amber-700 dark:text-amber-300" data-testid="proposer-power-short">
              Stake more KEEL (longer locks count more) to propose.
            </p>
          )}
          {errors._power && <p className="mt-2 text-sm text-red-600 dark:text-red-400">{errors._power}</p>}
        </Card>

        <Card title="Preview" description="What voters will see, and what it would do if it ran now." testId="proposal-preview">
          <div className="space-y-3 text-sm">
            <p className="font-semibold" data-testid="preview-title">
              {meta.title.trim() || <span className="font-normal text-slate-500 dark:text-slate-400">Untitled</span>}
            </p>
            {textOnly ? (
              <p className="text-slate-600 dark:text-slate-400">Text only: no actions.</p>
            ) : shownDrafts.length === 0 ? (
              <p className="text-slate-600 dark:text-slate-400">No actions yet.</p>
            ) : (
              <ol className="space-y-3">
                {shownDrafts.map((d, i) => {
                  const effect = preview.data?.actions[i];
                  return (
                    <li key={i} data-testid="preview-action">
                      <p>
                        <span className="text-slate-500">{i + 1}.</span> {describeDraft(d, describe).summary}
                      </p>
                      {effect?.status === 'ok' && effect.lines.length > 0 && (
                        <ul className="mt-1 divide-y divide-slate-100 rounded-lg bg-slate-50 px-3 dark:divide-slate-800 dark:bg-slate-950/60">
                          {effect.lines.map((l) => (
                            <ChangeLine key={l.label} {...l} testId="preview-effect-line" />
                          ))}
                        </ul>
                      )}
                      {effect?.status === 'ok' && effect.lines.length === 0 && <p className="mt-1 text-xs text-slate-500">Runs now, changing nothing Keel can read.</p>}
                      {effect?.status === 'failed' && <p className="mt-1 text-sm text-red-600 dark:text-red-400">Would fail now: {effect.error?.message}</p>}
                    </li>
                  );
                })}
              </ol>
            )}
            {preview.isFetching && <p className="text-xs text-slate-500">Simulating…</p>}
          </div>
          <div className="mt-4 space-y-3 border-t border-slate-100 pt-4 dark:border-slate-800">
            <Checkbox label="Open voting now (else it stays a draft you can edit)" checked={openVoting} onChange={setOpenVoting} testId="open-voting" />
            <Button type="submit" className="w-full" busy={submitting || send.isPending} disabled={!backing?.enough} data-testid="create-proposal">
              {openVoting ? 'Create and open voting' : 'Create draft'}
            </Button>
            <p className="text-xs text-slate-500 dark:text-slate-400">
              {openVoting
                ? `Voting runs ${Number(config.votingPeriodSecs / 86_400n)} days from now on the chain's clock; nobody can change the proposal after that.`
                : 'You pay the rent of the proposal and action accounts.'}
            </p>
          </div>
        </Card>
      </div>
    </form>
  );
}
