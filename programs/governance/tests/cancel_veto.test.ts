/**
 * `cancel` and `veto`: who may stop a proposal, and when.
 */
import { describe, expect, it } from 'vitest';
import { getCancelInstruction, getRemoveActionInstruction, getVetoInstruction, governanceConfigAction, parseGovernanceEvents, stakingPauseAction } from '@/lib/programs/governance';
import { web3WithFlags } from '@/programs/test-support/web3';
import { expectError, expectGovError } from './helpers/assert';
import {
  activate,
  execute,
  finalize,
  govEnv,
  type GovEnv,
  ok,
  passAndQueue,
  propose,
  queue,
  readGovernance,
  readProposal,
  send,
  vote,
  voterWith,
  type Wallet,
  warpPast,
} from './helpers/governance';
import type { PublicKey } from '@solana/web3.js';

const cancel = (env: GovEnv, who: Wallet, proposal: PublicKey) =>
  send(env, who, [getCancelInstruction({ mint: env.mint, authority: who.pubkey, proposal })]);
const veto = (env: GovEnv, who: Wallet, proposal: PublicKey) =>
  send(env, who, [getVetoInstruction({ mint: env.mint, guardian: who.pubkey, proposal })]);

describe('governance cancel / veto', () => {
  it('lets the proposer cancel before any vote, and the guardian until the result', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    const bob = await voterWith(env, 2_000n);
    const draft = propose(env, alice, [alice.position]);
    // Fail: signature, writability, a stranger
    expectError(send(env, bob, [web3WithFlags(getCancelInstruction({ mint: env.mint, authority: alice.pubkey, proposal: draft }), 0, { isSigner: false })]), 'MissingRequiredSignature');
    expectGovError(send(env, alice, [web3WithFlags(getCancelInstruction({ mint: env.mint, authority: alice.pubkey, proposal: draft }), 2, { isWritable: false })]), 'AccountNotWritable');
    expectGovError(cancel(env, bob, draft), 'NotProposer');
    // Proposer, Draft
    const result = ok(cancel(env, alice, draft));
    expect(readProposal(env, draft).state).toBe('cancelled');
    expect(parseGovernanceEvents(result.logs)).toEqual([{ kind: 'ProposalCancelled', proposal: draft, by: alice.pubkey }]);
    expectGovError(cancel(env, alice, draft), 'InvalidProposalState');
    expectGovError(send(env, alice, [{ ...getCancelInstruction({ mint: env.mint, authority: alice.pubkey, proposal: draft }) }]), 'InvalidProposalState');

    // Proposer, Voting without votes
    const quiet = propose(env, alice, [alice.position]);
    activate(env, alice, quiet);
    ok(cancel(env, alice, quiet));
    // Proposer, Voting with a vote: refused (even after the vote is relinquished: votes were cast)
    const busy = propose(env, alice, [alice.position]);
    activate(env, alice, busy);
    vote(env, bob, busy, 'against', [bob.position]);
    expectGovError(cancel(env, alice, busy), 'ProposalHasVotes');
    // Guardian, Voting with votes
    ok(cancel(env, env.guardian, busy));
    expect(readProposal(env, busy).state).toBe('cancelled');
    // Fail: after the result (the guardian vetoes instead)
    const passed = propose(env, alice, [alice.position]);
    activate(env, alice, passed);
    vote(env, alice, passed, 'for', [alice.position]);
    warpPast(env, readProposal(env, passed).endTs);
    ok(finalize(env, passed));
    expectGovError(cancel(env, alice, passed), 'InvalidProposalState');
    expectGovError(cancel(env, env.guardian, passed), 'InvalidProposalState');
  });

  it('lets only the guardian veto a voting, passed or queued proposal', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    const draft = propose(env, alice, [alice.position]);
    // Fail: Draft (cancel it instead), a stranger
    expectGovError(veto(env, env.guardian, draft), 'InvalidProposalState');
    expectGovError(veto(env, alice, draft), 'NotGuardian');
    // Voting
    activate(env, alice, draft);
    expectGovError(veto(env, alice, draft), 'NotGuardian');
    const result = ok(veto(env, env.guardian, draft));
    expect(readProposal(env, draft).state).toBe('vetoed');
    expect(parseGovernanceEvents(result.logs)).toEqual([{ kind: 'ProposalVetoed', proposal: draft, guardian: env.guardian.pubkey }]);
    // Succeeded
    const passed = propose(env, alice, [alice.position], [stakingPauseAction({ mint: env.mint, paused: true })]);
    activate(env, alice, passed);
    vote(env, alice, passed, 'for', [alice.position]);
    warpPast(env, readProposal(env, passed).endTs);
    ok(finalize(env, passed));
    ok(veto(env, env.guardian, passed));
    expectGovError(queue(env, passed), 'InvalidProposalState');
    // Queued: its actions can never run
    const queued = passAndQueue(env, alice, [alice.position], [stakingPauseAction({ mint: env.mint, paused: true })]);
    ok(veto(env, env.guardian, queued));
    warpPast(env, readProposal(env, queued).etaTs);
    expectGovError(execute(env, queued, 0), 'InvalidProposalState');
    expectGovError(veto(env, env.guardian, queued), 'InvalidProposalState');
  });

  it('has no guardian once a proposal removes it, and the guardian cannot stop that proposal', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    // Fail: the guardian vetoing or cancelling a proposal that removes it
    const attempt = propose(env, alice, [alice.position], [governanceConfigAction({ mint: env.mint, update: { field: 'removeGuardian' } })]);
    expect(readProposal(env, attempt).changesGuardian).toBe(true);
    expectGovError(cancel(env, env.guardian, attempt), 'GuardianConflict');
    activate(env, alice, attempt);
    expectGovError(veto(env, env.guardian, attempt), 'GuardianConflict');
    expectGovError(cancel(env, env.guardian, attempt), 'GuardianConflict');
    // Removing that action gives the guardian its powers back over the proposal.
    const removable = propose(env, alice, [alice.position], [governanceConfigAction({ mint: env.mint, update: { field: 'removeGuardian' } })]);
    ok(send(env, alice, [getRemoveActionInstruction({ proposer: alice.pubkey, proposal: removable, index: 0 })]));
    expect(readProposal(env, removable).changesGuardian).toBe(false);
    ok(cancel(env, env.guardian, removable));
    const removal = passAndQueue(env, alice, [alice.position], [governanceConfigAction({ mint: env.mint, update: { field: 'removeGuardian' } })]);
    warpPast(env, readProposal(env, removal).etaTs);
    ok(execute(env, removal, 0));
    expect(readGovernance(env).guardian).toBeNull();
    const next = propose(env, alice, [alice.position]);
    activate(env, alice, next);
    expectGovError(veto(env, env.guardian, next), 'NotGuardian');
    expectGovError(cancel(env, env.guardian, next), 'NotProposer');
  });
});
