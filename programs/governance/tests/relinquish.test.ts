/**
 * `relinquish`: while voting is open the votes leave the tallies (and the
 * position may vote again; its staking lock stays); afterwards only the rent
 * comes back. Voter only.
 */
import type { PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { getRelinquishInstruction, parseGovernanceEvents } from '@/lib/programs/governance';
import { TOKEN } from '@/lib/programs/staking';
import { readAccount } from '@/programs/test-support';
import { web3WithAccount, web3WithFlags } from '@/programs/test-support/web3';
import { expectError, expectGovError, expectStakingError } from './helpers/assert';
import {
  activate,
  exists,
  govEnv,
  ok,
  propose,
  readProposal,
  readVoter,
  relinquishIx,
  send,
  stake,
  stakerWallet,
  toAddress,
  unstakeIx,
  vote,
  voteIx,
  voteRecordAddress,
  voterRecordAddress,
  voterWith,
  warpPast,
} from './helpers/governance';

describe('governance relinquish', () => {
  it('withdraws votes while voting is open and returns the rent', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 5_000n);
    const bob = await voterWith(env, 2_000n);
    const proposal = propose(env, alice, [alice.position]);
    activate(env, alice, proposal);
    vote(env, bob, proposal, 'for', [bob.position]);
    vote(env, alice, proposal, 'against', [alice.position]);
    const ix = getRelinquishInstruction({ voter: bob.pubkey, proposal, weighting: 'linear', positions: [bob.position] });

    // Fail: signature, writability, not the voter, a record passed twice
    expectError(send(env, alice, [web3WithFlags(ix, 0, { isSigner: false })]), 'MissingRequiredSignature');
    expectGovError(send(env, bob, [web3WithFlags(ix, 2, { isWritable: false })]), 'AccountNotWritable');
    expectGovError(send(env, alice, [getRelinquishInstruction({ voter: alice.pubkey, proposal, weighting: 'linear', positions: [bob.position] })]), 'NotVoter');
    expectGovError(send(env, bob, [getRelinquishInstruction({ voter: bob.pubkey, proposal, weighting: 'linear', positions: [bob.position, bob.position] })]), 'InvalidVoteRecord');

    // Success while voting: the vote leaves the tallies, the rent returns
    const record = voteRecordAddress(proposal, bob.position);
    const rent = readAccount(env.svm, toAddress(record))!.lamports;
    const before = readAccount(env.svm, bob.address)!.lamports;
    const result = ok(send(env, alice, [ix], [bob]));
    expect(readAccount(env.svm, bob.address)!.lamports).toBe(before + rent);
    expect(exists(env, record)).toBe(false);
    expect(readProposal(env, proposal)).toMatchObject({ tallies: { for: 0n, against: 5_000n * TOKEN, abstain: 0n }, quorumPower: 0n, votes: 1, votesCast: 2 });
    expect(parseGovernanceEvents(result.logs)).toEqual([
      { kind: 'VoteRelinquished', proposal, voter: bob.pubkey, records: 1, weightRemoved: 2_000n * TOKEN },
    ]);
    // The position stays locked, and may vote again.
    expectStakingError(send(env, bob, [unstakeIx(env, bob, bob.position, TOKEN)]), 'VoteLocked');
    vote(env, bob, proposal, 'abstain', [bob.position]);
    expect(readProposal(env, proposal).tallies.abstain).toBe(2_000n * TOKEN);

    // After the end: the tallies are final, only the rent comes back
    warpPast(env, readProposal(env, proposal).endTs);
    const final = readProposal(env, proposal);
    const after = ok(send(env, bob, [ix]));
    expect(readProposal(env, proposal)).toMatchObject({ tallies: final.tallies, votes: final.votes });
    expect(parseGovernanceEvents(after.logs)).toEqual([{ kind: 'VoteRelinquished', proposal, voter: bob.pubkey, records: 1, weightRemoved: 0n }]);
    expect(exists(env, record)).toBe(false);
    // Fail: nothing left to relinquish
    expectGovError(send(env, bob, [ix]), 'InvalidVoteRecord');
  });

  it('takes the power out of the wallet’s sums on a quadratic proposal and closes its voter record with the last vote', async () => {
    const env = await govEnv({ params: { voteWeighting: 'quadratic' } });
    const alice = await voterWith(env, 5_000n);
    const bob = await stakerWallet(env, 10_000n);
    const [four, five] = [stake(env, bob, 0, 4_000n * TOKEN), stake(env, bob, 0, 5_000n * TOKEN)];
    const proposal = propose(env, alice, [alice.position]);
    activate(env, alice, proposal);
    const before = readAccount(env.svm, bob.address)!.lamports;
    ok(send(env, bob, [voteIx(env, bob, proposal, 'for', [four, five])]));
    const rent = (address: PublicKey) => readAccount(env.svm, toAddress(address))!.lamports;
    const [recordRent, voterRent] = [rent(voteRecordAddress(proposal, four)), rent(voterRecordAddress(proposal, bob.pubkey))];
    // The voter paid two vote records and its voter record (and the fee).
    expect(before - readAccount(env.svm, bob.address)!.lamports).toBe(2n * recordRent + voterRent + 5_000n);
    const ix = relinquishIx(env, bob, proposal, [five]);

    // Fail: without the voter record, read-only, someone else's
    expectError(send(env, bob, [getRelinquishInstruction({ voter: bob.pubkey, proposal, weighting: 'linear', positions: [five] })]), 'NotEnoughAccountKeys');
    expectGovError(send(env, bob, [web3WithFlags(ix, 3, { isWritable: false })]), 'AccountNotWritable');
    vote(env, alice, proposal, 'against', [alice.position]);
    expectGovError(send(env, bob, [web3WithAccount(ix, 3, voterRecordAddress(proposal, alice.pubkey))]), 'InvalidVoterRecord');

    // While voting: 5,000 leaves bob's for-sum, the tally falls from √9,000e9 to √4,000e9; the record's rent returns.
    const mid = readAccount(env.svm, bob.address)!.lamports;
    const result = ok(send(env, bob, [ix]));
    expect(readAccount(env.svm, bob.address)!.lamports).toBe(mid + recordRent - 5_000n);
    expect(readProposal(env, proposal)).toMatchObject({ tallies: { for: 2_000_000n, against: 2_236_067n }, quorumPower: 4_000n * TOKEN, votes: 2 });
    expect(parseGovernanceEvents(result.logs)).toEqual([{ kind: 'VoteRelinquished', proposal, voter: bob.pubkey, records: 1, weightRemoved: 1_000_000n }]);
    expect(readVoter(env, proposal, bob.pubkey)).toMatchObject({ records: 1, power: { for: 4_000n * TOKEN } });

    // After the end: tallies final; the last record closes the voter record too, both rents back.
    warpPast(env, readProposal(env, proposal).endTs);
    const final = readProposal(env, proposal);
    const end = readAccount(env.svm, bob.address)!.lamports;
    const after = ok(send(env, bob, [relinquishIx(env, bob, proposal, [four])]));
    expect(readProposal(env, proposal)).toMatchObject({ tallies: final.tallies, votes: final.votes });
    expect(readAccount(env.svm, bob.address)!.lamports).toBe(end + recordRent + voterRent - 5_000n);
    expect(exists(env, voterRecordAddress(proposal, bob.pubkey))).toBe(false);
    expect(parseGovernanceEvents(after.logs)).toEqual([{ kind: 'VoteRelinquished', proposal, voter: bob.pubkey, records: 1, weightRemoved: 0n }]);
  });
});
