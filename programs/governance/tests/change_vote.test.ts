/**
 * `change_vote`: only the voter, only while voting is open, moves recorded
 * votes between sides (power and weight stay; quorum follows for/abstain).
 */
import { describe, expect, it } from 'vitest';
import { getChangeVoteInstruction, parseGovernanceEvents } from '@/lib/programs/governance';
import { TOKEN } from '@/lib/programs/staking';
import { web3WithAccount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import { expectError, expectGovError } from './helpers/assert';
import {
  activate,
  changeVoteIx,
  govEnv,
  ok,
  propose,
  readProposal,
  readVote,
  readVoter,
  send,
  stake,
  stakerWallet,
  vote,
  voteRecordAddress,
  voterRecordAddress,
  voterWith,
  warpPast,
} from './helpers/governance';

describe('governance change_vote', () => {
  it('moves the voter’s votes to another side while voting is open', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    const bob = await voterWith(env, 2_000n);
    const proposal = propose(env, alice, [alice.position]);
    const other = propose(env, alice, [alice.position]);
    activate(env, alice, proposal);
    activate(env, alice, other);
    vote(env, bob, proposal, 'for', [bob.position]);
    vote(env, bob, other, 'for', [bob.position]);
    const ix = getChangeVoteInstruction({ voter: bob.pubkey, proposal, weighting: 'linear', side: 'against', positions: [bob.position] });

    // Fail: not enough accounts, signature, side, writability
    expectError(send(env, bob, [getChangeVoteInstruction({ voter: bob.pubkey, proposal, weighting: 'linear', side: 'against', positions: [] })]), 'NotEnoughAccountKeys');
    expectError(send(env, alice, [web3WithFlags(ix, 0, { isSigner: false })]), 'MissingRequiredSignature');
    expectGovError(send(env, bob, [web3WithData(ix, Uint8Array.of(6, 3))]), 'InvalidVoteSide');
    expectGovError(send(env, bob, [web3WithFlags(ix, 2, { isWritable: false })]), 'AccountNotWritable');
    // Fail: someone else changing bob's vote
    expectGovError(send(env, alice, [getChangeVoteInstruction({ voter: alice.pubkey, proposal, weighting: 'linear', side: 'against', positions: [bob.position] })]), 'NotVoter');
    // Fail: bob's vote on the other proposal, or no vote at all
    expectGovError(send(env, bob, [web3WithAccount(ix, 2, voteRecordAddress(other, bob.position))]), 'InvalidVoteRecord');
    expectGovError(send(env, bob, [web3WithAccount(ix, 2, voteRecordAddress(proposal, alice.position))]), 'InvalidVoteRecord');

    // Success: for → against
    const result = ok(send(env, bob, [ix]));
    expect(readProposal(env, proposal)).toMatchObject({ tallies: { for: 0n, against: 2_000n * TOKEN, abstain: 0n }, quorumPower: 0n, votes: 1 });
    expect(readVote(env, proposal, bob.position).side).toBe('against');
    expect(parseGovernanceEvents(result.logs)).toEqual([
      { kind: 'VoteChanged', proposal, voter: bob.pubkey, side: 'against', records: 1, weight: 2_000n * TOKEN },
    ]);
    // against → abstain counts for quorum again
    ok(send(env, bob, [getChangeVoteInstruction({ voter: bob.pubkey, proposal, weighting: 'linear', side: 'abstain', positions: [bob.position] })]));
    expect(readProposal(env, proposal)).toMatchObject({ tallies: { for: 0n, against: 0n, abstain: 2_000n * TOKEN }, quorumPower: 2_000n * TOKEN });
    // The other proposal is untouched.
    expect(readProposal(env, other).tallies.for).toBe(2_000n * TOKEN);

    // Fail: after the end
    warpPast(env, readProposal(env, proposal).endTs);
    expectGovError(send(env, bob, [ix]), 'VotingClosed');
  });

  it('moves power between the wallet’s sums on a quadratic proposal, each side at ⌊√sum⌋', async () => {
    const env = await govEnv({ params: { voteWeighting: 'quadratic' } });
    const alice = await voterWith(env, 5_000n);
    const bob = await stakerWallet(env, 10_000n);
    const [four, five] = [stake(env, bob, 0, 4_000n * TOKEN), stake(env, bob, 0, 5_000n * TOKEN)];
    const proposal = propose(env, alice, [alice.position]);
    activate(env, alice, proposal);
    vote(env, bob, proposal, 'for', [four, five]);
    vote(env, alice, proposal, 'for', [alice.position]);
    // √(9,000e9) = 3,000,000 for bob, √(5,000e9) = 2,236,067 for alice.
    expect(readProposal(env, proposal).tallies.for).toBe(3_000_000n + 2_236_067n);
    const ix = changeVoteIx(env, bob, proposal, 'against', [four]);

    // Fail: no voter record (built for a linear proposal, the record list is empty), read-only, someone else's
    expectError(send(env, bob, [getChangeVoteInstruction({ voter: bob.pubkey, proposal, weighting: 'linear', side: 'against', positions: [four] })]), 'NotEnoughAccountKeys');
    expectGovError(send(env, bob, [web3WithFlags(ix, 3, { isWritable: false })]), 'AccountNotWritable');
    expectGovError(send(env, bob, [web3WithAccount(ix, 3, voterRecordAddress(proposal, alice.pubkey))]), 'InvalidVoterRecord');

    // Success: 4,000 moves to against: for √5,000e9, against √4,000e9 (not √9,000e9 on either side).
    const result = ok(send(env, bob, [ix]));
    expect(readProposal(env, proposal)).toMatchObject({
      tallies: { for: 2_236_067n + 2_236_067n, against: 2_000_000n, abstain: 0n },
      quorumPower: 10_000n * TOKEN,
    });
    expect(readVoter(env, proposal, bob.pubkey)).toMatchObject({ records: 2, power: { for: 5_000n * TOKEN, against: 4_000n * TOKEN, abstain: 0n } });
    expect(parseGovernanceEvents(result.logs)).toEqual([{ kind: 'VoteChanged', proposal, voter: bob.pubkey, side: 'against', records: 1, weight: 2_000_000n }]);
    // Both to abstain: one sum of 9,000 again.
    ok(send(env, bob, [changeVoteIx(env, bob, proposal, 'abstain', [four, five])]));
    expect(readProposal(env, proposal)).toMatchObject({ tallies: { for: 2_236_067n, against: 0n, abstain: 3_000_000n }, quorumPower: 14_000n * TOKEN });
  });
});
