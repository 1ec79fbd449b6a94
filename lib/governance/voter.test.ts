import { describe, expect, it } from 'vitest';
import type { VoteRecord } from '@/lib/programs/governance';
import { DAY, K, NOW, position, proposal, stakingConfig } from './test-fixtures';
import { proposerBacking, voterState } from './voter';

const config = stakingConfig();
const record = (p: ReturnType<typeof position>, side: VoteRecord['side']): VoteRecord => ({
  proposal: p.address,
  position: p.address,
  voter: p.owner,
  side,
  power: p.votingPower,
  weight: p.votingPower,
  votedAt: new Date(Number(NOW) * 1000),
  bump: 255,
});
const state = (positions: ReturnType<typeof position>[], records: [ReturnType<typeof position>, VoteRecord['side']][] = [], extra: Partial<Parameters<typeof voterState>[0]> = {}) =>
  voterState({
    config,
    proposal: proposal(),
    positions,
    records: new Map(records.map(([p, side]) => [p.address.toBase58(), record(p, side)])),
    now: NOW,
    minVotePower: 1_000n * K,
    votingOpen: true,
    ...extra,
  });

describe('which positions vote, and with what power', () => {
  it('every position that has not voted votes at its current power; an ended lock counts at 1×', () => {
    const running = position(0, 1_000n, 2); // 1,500 power while the 30-day lock runs
    const ended = position(1, 1_000n, 4, -DAY); // a 180-day lock that ended: 1,000, not 3,000
    const s = state([running, ended]);
    expect(s.positions.map((r) => r.power)).toEqual([1_500n * K, 1_000n * K]);
    expect(s.votable.map((r) => r.position.id)).toEqual([0, 1]);
    expect(s.votablePower).toBe(2_500n * K);
    expect(s.totalPower).toBe(2_500n * K);
    expect(s.side).toBeNull();
    expect(s.castProblem).toBeNull();
  });

  it('positions that voted show it and are left out of the next vote', () => {
    const a = position(0, 1_000n, 2);
    const b = position(1, 2_000n, 0);
    const s = state([a, b], [[a, 'against']]);
    expect(s.voted.map((r) => r.position.id)).toEqual([0]);
    expect(s.votedPower).toBe(1_500n * K);
    expect(s.side).toBe('against');
    expect(s.votable.map((r) => r.position.id)).toEqual([1]);
    expect(state([a, b], [[a, 'against'], [b, 'for']]).side).toBe('mixed');
    expect(state([a, b], [[a, 'for'], [b, 'for']]).castProblem).toBe('Every position of this wallet has voted.');
  });

  it('says why it cannot vote', () => {
    expect(state([]).castProblem).toBe('Stake KEEL to get voting power.');
    expect(state([position(0, 500n, 0)]).castProblem).toBe('A vote takes at least 1,000 voting power; the positions that have not voted hold 500 voting power.');
    expect(state([position(0, 5_000n, 0)], [], { votingOpen: false }).castProblem).toBe('Voting is not open.');
  });

  it('quadratic weighting weighs each position by ⌊√power⌋', () => {
    const s = state([position(0, 1_000n, 0)], [], { proposal: proposal({ voteWeighting: 'quadratic' }) });
    expect(s.positions[0]!.weight).toBe(1_000_000n); // ⌊√(10^12 base units)⌋
  });

  it('at most 16 positions vote in one transaction: the strongest', () => {
    const many = Array.from({ length: 18 }, (_, i) => position(i, BigInt(100 + i), 0));
    const s = state(many);
    expect(s.votable).toHaveLength(16);
    expect(s.votable[0]!.position.id).toBe(17);
  });
});

describe('backing a new proposal', () => {
  it('the fewest, strongest positions that reach the minimum', () => {
    const positions = [position(0, 2_000n, 0), position(1, 4_000n, 4), position(2, 1_000n, 2)];
    const b = proposerBacking(config, positions, NOW, 10_000n * K);
    expect(b.positions.map((p) => p.id)).toEqual([1]);
    expect(b.power).toBe(12_000n * K);
    expect(b.totalPower).toBe(15_500n * K);
    expect(b.enough).toBe(true);
    const short = proposerBacking(config, [position(0, 2_000n, 0)], NOW, 10_000n * K);
    expect(short).toMatchObject({ enough: false, power: 2_000n * K });
    expect(proposerBacking(config, [], NOW, 0n).enough).toBe(false);
  });
});
