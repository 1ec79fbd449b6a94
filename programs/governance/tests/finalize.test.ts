/**
 * `finalize`: the result exactly at and one base unit below the quorum and the
 * approval threshold; not before the end; expiry of a passed proposal never
 * queued, or queued and never executed, within the grace period.
 */
import { describe, expect, it } from 'vitest';
import { getFinalizeInstruction, parseGovernanceEvents, stakingPauseAction } from '@/lib/programs/governance';
import { TOKEN } from '@/lib/programs/staking';
import { web3WithAccount, web3WithFlags } from '@/programs/test-support/web3';
import { expectError, expectGovError } from './helpers/assert';
import {
  activate,
  execute,
  finalize,
  govEnv,
  ok,
  propose,
  queue,
  readProposal,
  send,
  stake,
  stakerWallet,
  vote,
  voterWith,
  warpPast,
} from './helpers/governance';

/** Voters with exact powers (tier 0: power = amount in base units); `filler` never votes. */
async function setup(votes: { for?: bigint; against?: bigint }, filler: bigint) {
  const env = await govEnv();
  const proposer = await voterWith(env, 100n);
  const yes = await stakerWallet(env, 1_000_000n);
  const no = await stakerWallet(env, 1_000_000n);
  const idle = await stakerWallet(env, 1_000_000n);
  const yesPos = votes.for ? stake(env, yes, 0, votes.for) : null;
  const noPos = votes.against ? stake(env, no, 0, votes.against) : null;
  stake(env, idle, 0, filler);
  const proposal = propose(env, proposer, [proposer.position]);
  activate(env, proposer, proposal);
  if (yesPos) vote(env, yes, proposal, 'for', [yesPos]);
  if (noPos) vote(env, no, proposal, 'against', [noPos]);
  warpPast(env, readProposal(env, proposal).endTs);
  return { env, proposal };
}

const X = 1_000n * TOKEN;
const P = 100n * TOKEN; // the proposer's own position, which counts in the total but does not vote

describe('governance finalize', () => {
  it('passes exactly at the quorum and fails one unit below it', async () => {
    // Total 10X: quorum ⌈10X × 10 %⌉ = X; X votes for.
    let { env, proposal } = await setup({ for: X }, 9n * X - P);
    expect(readProposal(env, proposal).quorumRequired).toBe(X);
    ok(finalize(env, proposal));
    expect(readProposal(env, proposal).state).toBe('succeeded');
    // Total 10X − 1: quorum still X; X − 1 votes for.
    ({ env, proposal } = await setup({ for: X - 1n }, 9n * X - P));
    expect(readProposal(env, proposal).quorumRequired).toBe(X);
    const result = ok(finalize(env, proposal));
    expect(readProposal(env, proposal).state).toBe('defeated');
    expect(parseGovernanceEvents(result.logs)).toEqual([
      { kind: 'ProposalFinalized', proposal, state: 'defeated', for: X - 1n, against: 0n, abstain: 0n, quorumPower: X - 1n },
    ]);
  });

  it('passes exactly at 66 % approval and fails one unit below it', async () => {
    let { env, proposal } = await setup({ for: 6_600n * TOKEN, against: 3_400n * TOKEN }, 1_000n * TOKEN);
    ok(finalize(env, proposal));
    expect(readProposal(env, proposal).state).toBe('succeeded');
    ({ env, proposal } = await setup({ for: 6_600n * TOKEN - 1n, against: 3_400n * TOKEN }, 1_000n * TOKEN));
    ok(finalize(env, proposal));
    expect(readProposal(env, proposal).state).toBe('defeated');
  });

  it('waits for the end, settles once, and expires what is not queued or executed in time', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    const proposal = propose(env, alice, [alice.position], [stakingPauseAction({ mint: env.mint, paused: true })]);
    const ix = getFinalizeInstruction({ proposal });
    // Fail: Draft, writability, not a proposal
    expectGovError(send(env, alice, [ix]), 'InvalidProposalState');
    expectGovError(send(env, alice, [web3WithFlags(ix, 0, { isWritable: false })]), 'AccountNotWritable');
    expectGovError(send(env, alice, [web3WithAccount(ix, 0, env.gov.governance)]), 'InvalidProposal');
    expectError(send(env, alice, [{ ...ix, keys: [] } as typeof ix]), 'NotEnoughAccountKeys');
    activate(env, alice, proposal);
    vote(env, alice, proposal, 'for', [alice.position]);
    // Fail: before the end
    expectGovError(finalize(env, proposal), 'VotingStillOpen');
    const { endTs, gracePeriodSecs } = readProposal(env, proposal);
    warpPast(env, endTs);
    ok(finalize(env, proposal));
    // Fail: the queue window is still open
    expectGovError(finalize(env, proposal), 'ProposalNotExpired');
    // Never queued within the grace period: Expired
    warpPast(env, endTs + gracePeriodSecs, 1n);
    expectGovError(queue(env, proposal), 'ProposalExpired');
    const result = ok(finalize(env, proposal));
    expect(readProposal(env, proposal).state).toBe('expired');
    expect(parseGovernanceEvents(result.logs)).toEqual([{ kind: 'ProposalExpired', proposal }]);
    expectGovError(finalize(env, proposal), 'InvalidProposalState');
  });

  it('expires a queued proposal not executed within the grace period after its eta', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    const proposal = propose(env, alice, [alice.position], [stakingPauseAction({ mint: env.mint, paused: true })]);
    activate(env, alice, proposal);
    vote(env, alice, proposal, 'for', [alice.position]);
    warpPast(env, readProposal(env, proposal).endTs);
    ok(finalize(env, proposal));
    ok(queue(env, proposal));
    const { etaTs, gracePeriodSecs } = readProposal(env, proposal);
    warpPast(env, etaTs + gracePeriodSecs);
    expectGovError(finalize(env, proposal), 'ProposalNotExpired');
    warpPast(env, etaTs + gracePeriodSecs, 1n);
    expectGovError(execute(env, proposal, 0), 'ProposalExpired');
    ok(finalize(env, proposal));
    expect(readProposal(env, proposal).state).toBe('expired');
    expectGovError(execute(env, proposal, 0), 'InvalidProposalState');
  });
});
