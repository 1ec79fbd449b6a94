import { describe, expect, it } from 'vitest';
import { approved } from '@/lib/programs/governance';
import { formatShare, tallyOf } from './tally';
import { K, proposal } from './test-fixtures';

describe('tallies and progress', () => {
  it('no votes: nothing reached, bars empty', () => {
    const t = tallyOf(proposal());
    expect(t).toMatchObject({ cast: 0n, forPct: 0, approvalPct: 0, quorumPct: 0, quorumReached: false, approved: false, passing: false, quorumMissing: 100_000n * K, forMissing: 1n });
    expect(t.approvalThresholdPct).toBe(66);
    expect(t.quorumThresholdPct).toBe(10);
  });

  it('shares of the cast weight, approval over for + against, quorum over for + abstain', () => {
    const t = tallyOf(proposal({ tallies: { for: 60_000n * K, against: 20_000n * K, abstain: 20_000n * K }, quorumPower: 80_000n * K }));
    expect(t.forPct).toBe(60);
    expect(t.againstPct).toBe(20);
    expect(t.abstainPct).toBe(20);
    expect(t.approvalPct).toBe(75);
    expect(t.approved).toBe(true);
    expect(t.quorumPct).toBe(80);
    expect(t.quorumReached).toBe(false);
    expect(t.quorumMissing).toBe(20_000n * K);
    expect(t.passing).toBe(false);
    expect(t.forMissing).toBe(0n);
  });

  it('quorum is capped at 100 % and reached at exactly the required power', () => {
    const t = tallyOf(proposal({ tallies: { for: 250_000n * K, against: 0n, abstain: 0n }, quorumPower: 250_000n * K }));
    expect(t.quorumPct).toBe(100);
    expect(t.passing).toBe(true);
    expect(tallyOf(proposal({ tallies: { for: 100_000n * K, against: 0n, abstain: 0n }, quorumPower: 100_000n * K })).quorumReached).toBe(true);
    expect(tallyOf(proposal({ tallies: { for: 100_000n * K - 1n, against: 0n, abstain: 0n }, quorumPower: 100_000n * K - 1n })).quorumReached).toBe(false);
  });

  it('the for-weight still missing is exactly what the program’s approval rule needs', () => {
    for (const [yes, no, bps] of [
      [1n, 1n, 6_600],
      [10n, 7n, 6_600],
      [0n, 3n, 6_600],
      [66n, 34n, 6_600],
      [65n, 34n, 6_600],
      [5n, 5n, 5_001],
      [123_456_789n, 98_765_432n, 7_777],
    ] as const) {
      const t = tallyOf(proposal({ tallies: { for: yes, against: no, abstain: 0n }, approvalBps: bps }));
      const missing = t.forMissing!;
      expect(approved(yes + missing, no, bps)).toBe(true);
      if (missing > 0n) expect(approved(yes + missing - 1n, no, bps)).toBe(false);
    }
    // A 100 % threshold with a vote against is out of reach.
    expect(tallyOf(proposal({ tallies: { for: 5n, against: 1n, abstain: 0n }, approvalBps: 10_000 })).forMissing).toBeNull();
  });

  it('the approval threshold is the program’s: 66 of 100 is short of 66 %, 67 of 100 meets it', () => {
    expect(tallyOf(proposal({ tallies: { for: 65n, against: 35n, abstain: 0n } })).approved).toBe(false);
    expect(tallyOf(proposal({ tallies: { for: 66n, against: 34n, abstain: 0n } })).approved).toBe(true);
  });

  it('shares print with at most one decimal', () => {
    expect(formatShare(66.6666)).toBe('66.7 %');
    expect(formatShare(100)).toBe('100 %');
    expect(formatShare(0)).toBe('0 %');
    expect(formatShare(Number.NaN)).toBe('—');
  });
});
