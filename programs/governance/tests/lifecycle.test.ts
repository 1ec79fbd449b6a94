/**
 * The whole lifecycle end to end: Draft → Voting → Succeeded → Queued →
 * Executed, where the passed proposal really changes the staking penalty,
 * really moves treasury tokens and changes governance's own rules — and
 * nothing but an executed proposal can.
 */
import { describe, expect, it } from 'vitest';
import {
  describeAction,
  governanceConfigAction,
  parseGovernanceEvents,
  proposalPhase,
  stakingConfigAction,
  treasuryTransferAction,
} from '@/lib/programs/governance';
import { getUpdateConfigInstruction, TOKEN } from '@/lib/programs/staking';
import {
  activate,
  balance,
  execute,
  finalize,
  govEnv,
  mintTokensTo,
  now,
  ok,
  propose,
  queue,
  readConfig,
  readGovernance,
  readProposal,
  send,
  tokenAccount,
  unstakeIx,
  vote,
  voterWith,
  warpPast,
} from './helpers/governance';
import { expectGovError, expectStakingError } from './helpers/assert';

describe('governance lifecycle', () => {
  it('a passed proposal changes the staking penalty, pays from the treasury and changes governance', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 50_000n);
    const bob = await voterWith(env, 20_000n);
    await mintTokensTo(env, env.gov.treasury, 100_000n * TOKEN);
    const recipient = await tokenAccount(env, bob.pubkey);

    // Fail: after the hand-over the admin can no longer change staking directly
    const direct = getUpdateConfigInstruction({ authority: env.admin.pubkey, mint: env.mint, update: { field: 'penaltyBps', penaltyBps: 800 } });
    expectStakingError(send(env, env.admin, [direct]), 'Unauthorized');

    const actions = [
      stakingConfigAction({ mint: env.mint, update: { field: 'penaltyBps', penaltyBps: 800 } }),
      treasuryTransferAction({ mint: env.mint, tokenProgram: env.tokenProgram, destination: recipient, amount: 50_000n * TOKEN }),
      governanceConfigAction({ mint: env.mint, update: { field: 'quorumBps', quorumBps: 1_200 } }),
    ];
    const ctx = { governance: env.gov, stakingConfig: readConfig(env), governanceConfig: readGovernance(env), names: { [recipient.toBase58()]: 'Bob' } };
    expect(actions.map((a) => describeAction(a, ctx).summary)).toEqual([
      'Set the early-unstake penalty from 10% to 8%',
      'Transfer 50,000 KEEL from the treasury to Bob',
      'Set the quorum from 10% to 12% of the total voting power',
    ]);

    // Draft
    const proposal = propose(env, alice, [alice.position], actions);
    expect(readProposal(env, proposal)).toMatchObject({ state: 'draft', actionIndices: [0, 1, 2] });
    // Voting
    activate(env, alice, proposal);
    vote(env, alice, proposal, 'for', [alice.position]);
    vote(env, bob, proposal, 'against', [bob.position]);
    // The voters' positions are locked until the vote can no longer change.
    expectStakingError(send(env, bob, [unstakeIx(env, bob, bob.position, TOKEN)]), 'VoteLocked');
    // Succeeded
    const p = readProposal(env, proposal);
    warpPast(env, p.endTs);
    expect(proposalPhase(readProposal(env, proposal), now(env.svm))).toBe('counting');
    const finalized = ok(finalize(env, proposal));
    expect(parseGovernanceEvents(finalized.logs)).toEqual([
      { kind: 'ProposalFinalized', proposal, state: 'succeeded', for: 50_000n * TOKEN, against: 20_000n * TOKEN, abstain: 0n, quorumPower: 50_000n * TOKEN },
    ]);
    // Queued
    ok(queue(env, proposal));
    const queued = readProposal(env, proposal);
    expect(queued.state).toBe('queued');
    expect(queued.etaTs).toBe(now(env.svm) + 3n * 86_400n);
    // Fail: before the timelock
    expectGovError(execute(env, proposal, 0), 'TimelockNotElapsed');
    // Executed, one action per transaction, in order
    warpPast(env, queued.etaTs);
    expect(proposalPhase(readProposal(env, proposal), now(env.svm))).toBe('executable');
    for (const index of [0, 1, 2]) ok(execute(env, proposal, index));
    expect(readConfig(env).penaltyBps).toBe(800);
    expect(balance(env, recipient)).toBe(50_000n * TOKEN);
    expect(balance(env, env.gov.treasury)).toBe(50_000n * TOKEN);
    expect(readGovernance(env).quorumBps).toBe(1_200);
    const done = readProposal(env, proposal);
    expect(done).toMatchObject({ state: 'executed', executedIndices: [0, 1, 2] });
    expect(done.closedAt).not.toBeNull();
    // Fail: executing again
    expectGovError(execute(env, proposal, 0), 'InvalidProposalState');
    // The unlocked voter can leave once the vote is over (and its extension window).
    ok(send(env, bob, [unstakeIx(env, bob, bob.position, TOKEN)]));
  });
});
