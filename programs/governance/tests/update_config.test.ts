/**
 * `update_config`: nobody but the authority PDA, so only an executed proposal,
 * changes governance's rules; values out of bounds fail the action (retryable).
 */
import { describe, expect, it } from 'vitest';
import { encodeGovernanceUpdateConfigData, getGovernanceUpdateConfigInstruction, governanceConfigAction, parseGovernanceEvents } from '@/lib/programs/governance';
import { TOKEN } from '@/lib/programs/staking';
import { web3WithAccount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import { expectError, expectGovError } from './helpers/assert';
import { execute, govEnv, ok, passAndQueue, readAction, readGovernance, readProposal, send, voterWith, warpPast } from './helpers/governance';

describe('governance update_config', () => {
  it('refuses every signer but the authority PDA', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    const ix = getGovernanceUpdateConfigInstruction({ mint: env.mint, update: { field: 'quorumBps', quorumBps: 1 } });
    // Fail: the authority PDA cannot sign a transaction
    expectError(send(env, alice, [web3WithFlags(ix, 0, { isSigner: false })]), 'MissingRequiredSignature');
    // Fail: the admin, the guardian, a voter
    for (const who of [env.admin, env.guardian, alice]) {
      expectGovError(send(env, who, [web3WithAccount(ix, 0, who.pubkey)]), 'NotAuthority');
    }
    // Fail: a config that is not governance's
    expectGovError(send(env, alice, [web3WithAccount(web3WithAccount(ix, 0, alice.pubkey), 1, env.addrs.config)]), 'InvalidConfig');
    expect(readGovernance(env).quorumBps).toBe(1_000);
  });

  it('changes each parameter through an executed proposal', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    const updates = [
      { field: 'quorumBps', quorumBps: 2_000 },
      { field: 'approvalBps', approvalBps: 5_001 },
      { field: 'votingPeriodSecs', votingPeriodSecs: 3n * 86_400n },
      { field: 'timelockSecs', timelockSecs: 0n },
      { field: 'gracePeriodSecs', gracePeriodSecs: 86_400n },
      { field: 'lateQuorumExtensionSecs', lateQuorumExtensionSecs: 0n },
      { field: 'minProposalPower', minProposalPower: 1n * TOKEN },
      { field: 'minVotePower', minVotePower: 2n * TOKEN },
      { field: 'maxActions', maxActions: 16 },
      { field: 'voteWeighting', voteWeighting: 'quadratic' },
      { field: 'guardian', guardian: alice.pubkey },
    ] as const;
    const proposal = passAndQueue(env, alice, [alice.position], updates.slice(0, 10).map((update) => governanceConfigAction({ mint: env.mint, update })));
    warpPast(env, readProposal(env, proposal).etaTs);
    for (let i = 0; i < 10; i++) {
      const result = ok(execute(env, proposal, i));
      expect(parseGovernanceEvents(result.logs)).toContainEqual({ kind: 'ConfigUpdated', field: i });
    }
    const second = passAndQueue(env, alice, [alice.position], [governanceConfigAction({ mint: env.mint, update: updates[10] })]);
    ok(execute(env, second, 0)); // timelock 0 now
    const c = readGovernance(env);
    expect(c).toMatchObject({
      quorumBps: 2_000,
      approvalBps: 5_001,
      votingPeriodSecs: 3n * 86_400n,
      timelockSecs: 0n,
      gracePeriodSecs: 86_400n,
      lateQuorumExtensionSecs: 0n,
      minProposalPower: TOKEN,
      minVotePower: 2n * TOKEN,
      maxActions: 16,
      voteWeighting: 'quadratic',
    });
    // The guardian field only proposes: alice is pending until she accepts (accept_guardian.test.ts).
    expect(c.guardian?.equals(env.guardian.pubkey)).toBe(true);
    expect(c.pendingGuardian?.equals(alice.pubkey)).toBe(true);
  });

  it('fails an out-of-bounds change at execution, leaving it retryable', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    const action = governanceConfigAction({ mint: env.mint, update: { field: 'quorumBps', quorumBps: 1_500 } });
    const bad = web3WithData(action, encodeGovernanceUpdateConfigData({ field: 'quorumBps', quorumBps: 0 }));
    const proposal = passAndQueue(env, alice, [alice.position], [bad]);
    warpPast(env, readProposal(env, proposal).etaTs);
    expectGovError(execute(env, proposal, 0), 'InvalidParameter');
    expect(readAction(env, proposal, 0).executed).toBe(false);
    expect(readProposal(env, proposal).state).toBe('queued');
  });
});
