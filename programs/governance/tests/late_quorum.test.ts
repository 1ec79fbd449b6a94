/**
 * Late-quorum extension: quorum first reached within the last `extension`
 * seconds extends voting by that much, once; reached earlier, no extension.
 * Voting positions stay locked until the latest possible end.
 */
import { describe, expect, it } from 'vitest';
import { getChangeVoteInstruction, parseGovernanceEvents } from '@/lib/programs/governance';
import { DAY } from './helpers/governance';
import { activate, govEnv, ok, propose, readPosition, readProposal, send, vote, voteIx, voterWith, warpPast } from './helpers/governance';

const HOUR = 3_600n;

describe('governance late-quorum extension', () => {
  it('extends voting once when quorum is first reached in the last hours', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 500n); // 500 of a 10,000 total: below the 1,000 quorum
    const bob = await voterWith(env, 1_000n);
    await voterWith(env, 8_500n);
    const proposal = propose(env, alice, [alice.position]);
    activate(env, alice, proposal);
    const { endTs } = readProposal(env, proposal);
    vote(env, alice, proposal, 'for', [alice.position]);
    expect(readPosition(env, alice.position).voteLockedUntilTs).toBe(endTs + DAY);
    // One hour before the end bob's vote reaches quorum: voting now ends 24 h later.
    warpPast(env, endTs - HOUR);
    const result = ok(send(env, bob, [voteIx(env, bob, proposal, 'for', [bob.position])]));
    const p = readProposal(env, proposal);
    expect(p).toMatchObject({ extended: true, endTs: endTs + DAY });
    expect(p.quorumReachedAt).toEqual(new Date(Number(endTs - HOUR) * 1000));
    expect(parseGovernanceEvents(result.logs)).toMatchObject([{ kind: 'VoteCast' }, { kind: 'VotingExtended', proposal, end: endTs + DAY }]);
    // Locks cover the new end (the earlier voter's lock already did).
    expect(readPosition(env, bob.position).voteLockedUntilTs).toBe(endTs + DAY);
    // Quorum lost (bob moves to against) and reached again: not "first", no second extension.
    ok(send(env, bob, [getChangeVoteInstruction({ voter: bob.pubkey, proposal, weighting: 'linear', side: 'against', positions: [bob.position] })]));
    warpPast(env, endTs + DAY - HOUR);
    ok(send(env, bob, [getChangeVoteInstruction({ voter: bob.pubkey, proposal, weighting: 'linear', side: 'for', positions: [bob.position] })]));
    expect(readProposal(env, proposal)).toMatchObject({ endTs: endTs + DAY });
  });

  it('does not extend when quorum was reached earlier', async () => {
    const env = await govEnv();
    const alice = await voterWith(env, 2_000n);
    const bob = await voterWith(env, 1_000n);
    await voterWith(env, 7_000n);
    const proposal = propose(env, alice, [alice.position]);
    activate(env, alice, proposal);
    const { endTs } = readProposal(env, proposal);
    vote(env, alice, proposal, 'for', [alice.position]); // quorum at once
    warpPast(env, endTs - HOUR);
    vote(env, bob, proposal, 'against', [bob.position]);
    expect(readProposal(env, proposal)).toMatchObject({ extended: false, endTs });
  });
});
