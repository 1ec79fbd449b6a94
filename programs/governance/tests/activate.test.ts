/**
 * `activate`: the proposer opens voting on a Draft; the total voting power and
 * the rules are snapshotted (later config changes do not apply).
 */
import { describe, expect, it } from 'vitest';
import { getActivateInstruction, getActivateInstructions, parseGovernanceEvents, quorumRequired } from '@/lib/programs/governance';
import { getSyncInstruction, TOKEN } from '@/lib/programs/staking';
import { web3WithAccount, web3WithAccountCount, web3WithFlags } from '@/programs/test-support/web3';
import { expectError, expectGovError } from './helpers/assert';
import { DAY, govEnv, now, ok, propose, readConfig, readProposal, send, sendRaw, voterWith, warp } from './helpers/governance';

describe('governance activate', () => {
  it('starts voting and snapshots the total power and the rules', async () => {
    const env = await govEnv({ params: { quorumBps: 1_234, approvalBps: 7_000, lateQuorumExtensionSecs: 3_600n } });
    const alice = await voterWith(env, 5_000n);
    const bob = await voterWith(env, 1_001n);
    const proposal = propose(env, alice, [alice.position]);
    const ix = getActivateInstruction({ mint: env.mint, proposer: alice.pubkey, proposal });

    // Fail: accounts, signature, proposer, staking config
    expectError(send(env, alice, [web3WithAccountCount(ix, 3)]), 'NotEnoughAccountKeys');
    expectError(send(env, bob, [web3WithFlags(ix, 0, { isSigner: false })]), 'MissingRequiredSignature');
    expectGovError(send(env, alice, [web3WithFlags(ix, 2, { isWritable: false })]), 'AccountNotWritable');
    expectGovError(send(env, bob, [getActivateInstruction({ mint: env.mint, proposer: bob.pubkey, proposal })]), 'NotProposer');
    expectGovError(send(env, alice, [web3WithAccount(ix, 3, env.addrs.stakeVault)]), 'InvalidStakingConfig');
    expectGovError(send(env, alice, [web3WithAccount(ix, 1, env.addrs.config)]), 'InvalidConfig');
    expectGovError(send(env, alice, [web3WithAccount(ix, 2, env.gov.governance)]), 'InvalidProposal');

    // Success
    const result = ok(send(env, alice, [ix]));
    const total = readConfig(env).totalVotingPower;
    expect(total).toBe(6_001n * TOKEN);
    const p = readProposal(env, proposal);
    expect(p).toMatchObject({
      state: 'voting',
      totalPower: total,
      quorumRequired: quorumRequired(total, 1_234),
      quorumBps: 1_234,
      approvalBps: 7_000,
      timelockSecs: 3n * 86_400n,
      gracePeriodSecs: 14n * 86_400n,
      extensionSecs: 3_600n,
      voteWeighting: 'linear',
      startTs: now(env.svm),
      endTs: now(env.svm) + 7n * 86_400n,
    });
    expect(parseGovernanceEvents(result.logs)).toEqual([
      { kind: 'ProposalActivated', proposal, start: p.startTs, end: p.endTs, totalPower: total, quorumRequired: p.quorumRequired },
    ]);
    // Fail: twice
    expectGovError(send(env, alice, [ix]), 'InvalidProposalState');
  });

  it('needs staking synced to today, so an ended lock is out of the quorum basis with nothing written', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    await voterWith(env, 1_000n, 1); // a 7-day lock at 1.2×
    const proposal = propose(env, alice, [alice.position]);
    expect(readConfig(env).totalVotingPower).toBe(6_200n * TOKEN);
    // Eight days on, the lock has ended at its 00:00 UTC; nothing wrote either position.
    warp(env.svm, 8n * DAY);
    const ix = getActivateInstruction({ mint: env.mint, proposer: alice.pubkey, proposal });
    // Fail: the schedule has not crossed today's boundary
    expectGovError(sendRaw(env, alice, [ix]), 'StakingNotSynced');
    // Success: staking's sync first, in the same transaction (what the client sends)
    const both = getActivateInstructions({ mint: env.mint, proposer: alice.pubkey, proposal });
    expect(both[0]!.data[0]).toBe(getSyncInstruction({ mint: env.mint }).data[0]);
    ok(sendRaw(env, alice, both));
    expect(readProposal(env, proposal).totalPower).toBe(6_000n * TOKEN);
    expect(readConfig(env).totalVotingPower).toBe(6_000n * TOKEN);
  });
});
