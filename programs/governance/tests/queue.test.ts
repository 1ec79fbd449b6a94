/**
 * `queue`: only a Succeeded proposal, within the grace period; eta = now +
 * timelock; a proposal without actions is Executed at once.
 */
import { describe, expect, it } from 'vitest';
import { getQueueInstruction, parseGovernanceEvents, stakingPauseAction } from '@/lib/programs/governance';
import { web3WithFlags } from '@/programs/test-support/web3';
import { expectGovError } from './helpers/assert';
import { activate, finalize, govEnv, now, ok, propose, queue, readProposal, send, vote, voterWith, warpPast } from './helpers/governance';

describe('governance queue', () => {
  it('starts the timelock of a passed proposal, and completes a text-only one', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    const bob = await voterWith(env, 6_000n);
    const withAction = propose(env, alice, [alice.position], [stakingPauseAction({ mint: env.mint, paused: true })]);
    const text = propose(env, alice, [alice.position], [], { type: 'text-only' });
    const defeated = propose(env, alice, [alice.position]);
    // Fail: Draft
    expectGovError(queue(env, withAction), 'InvalidProposalState');
    for (const p of [withAction, text, defeated]) activate(env, alice, p);
    vote(env, alice, withAction, 'for', [alice.position]);
    vote(env, alice, text, 'for', [alice.position]);
    vote(env, bob, defeated, 'against', [bob.position]);
    // Fail: still voting
    expectGovError(queue(env, withAction), 'InvalidProposalState');
    warpPast(env, readProposal(env, withAction).endTs);
    for (const p of [withAction, text, defeated]) ok(finalize(env, p));
    // Fail: defeated; read-only proposal
    expectGovError(queue(env, defeated), 'InvalidProposalState');
    expectGovError(send(env, alice, [web3WithFlags(getQueueInstruction({ proposal: withAction }), 0, { isWritable: false })]), 'AccountNotWritable');

    const result = ok(queue(env, withAction));
    expect(readProposal(env, withAction)).toMatchObject({ state: 'queued', etaTs: now(env.svm) + 3n * 86_400n });
    expect(parseGovernanceEvents(result.logs)).toEqual([{ kind: 'ProposalQueued', proposal: withAction, eta: now(env.svm) + 3n * 86_400n }]);
    // Fail: twice
    expectGovError(queue(env, withAction), 'InvalidProposalState');

    const done = ok(queue(env, text));
    expect(readProposal(env, text)).toMatchObject({ state: 'executed', etaTs: now(env.svm) });
    expect(parseGovernanceEvents(done.logs)).toEqual([
      { kind: 'ProposalQueued', proposal: text, eta: now(env.svm) },
      { kind: 'ProposalExecuted', proposal: text },
    ]);
  });
});
