import { describe, expect, it } from 'vitest';
import { PROPOSAL_STATES, proposalPhase } from '@/lib/programs/governance';
import { countByFilter, filterOf, formatTimeLeft, isProposalFilter, nextDeadline, PHASE_LABELS, PROPOSAL_FILTERS, publicStep, sortProposals } from './status';
import { DAY, K, NOW, proposal } from './test-fixtures';

const passing = { tallies: { for: 200_000n * K, against: 0n, abstain: 0n }, quorumPower: 200_000n * K };

describe('proposal states in words', () => {
  it('every state the chain stores has a label and a filter', () => {
    for (const state of PROPOSAL_STATES) {
      const p = proposal({ state });
      expect(PHASE_LABELS[proposalPhase(p, NOW)]).toMatch(/^[A-Z]/);
      expect(PROPOSAL_FILTERS.map((f) => f.id)).toContain(filterOf(p, NOW));
    }
    expect(PROPOSAL_FILTERS.map((f) => f.label)).toEqual(['All', 'Voting', 'Succeeded', 'Queued', 'Executed', 'Defeated', 'Cancelled / Vetoed / Expired', 'Draft']);
    expect(isProposalFilter('voting')).toBe(true);
    expect(isProposalFilter('nope')).toBe(false);
  });

  it('a vote that ended counts as what finalizing will make it', () => {
    const ended = proposal({ ...passing });
    const after = ended.endTs + 1n;
    expect(proposalPhase(ended, after)).toBe('counting');
    expect(PHASE_LABELS.counting).toBe('Vote ended');
    expect(filterOf(ended, after)).toBe('succeeded');
    expect(filterOf(proposal(), after)).toBe('defeated');
  });

  it('queued, executable and expired on the chain clock', () => {
    const eta = NOW + DAY;
    const queued = proposal({ state: 'queued', etaTs: eta, eta: new Date(Number(eta) * 1000) });
    expect(proposalPhase(queued, NOW)).toBe('queued');
    expect(proposalPhase(queued, eta)).toBe('executable');
    expect(filterOf(queued, eta)).toBe('queued');
    expect(proposalPhase(queued, eta + 14n * DAY + 1n)).toBe('expired');
    expect(filterOf(queued, eta + 14n * DAY + 1n)).toBe('closed');
    for (const state of ['cancelled', 'vetoed', 'expired'] as const) expect(filterOf(proposal({ state }), NOW)).toBe('closed');
  });

  it('counts by filter and orders open business first, newest first', () => {
    const items = [
      proposal({ id: 0n, state: 'executed' }),
      proposal({ id: 1n, state: 'voting' }),
      proposal({ id: 2n, state: 'draft' }),
      proposal({ id: 3n, state: 'voting' }),
      proposal({ id: 4n, state: 'cancelled' }),
    ];
    expect(countByFilter(items, NOW)).toEqual({ all: 5, voting: 2, succeeded: 0, queued: 0, executed: 1, defeated: 0, closed: 1, draft: 1 });
    expect(sortProposals(items.map((p) => ({ proposal: p })), NOW).map((i) => i.proposal.id)).toEqual([3n, 1n, 2n, 0n, 4n]);
  });
});

describe('deadlines and who may act', () => {
  it('the next deadline and the step anyone may take', () => {
    const p = proposal({ ...passing });
    expect(nextDeadline(p, NOW)).toEqual({ label: 'Voting ends', at: p.endTs, kind: 'voting-ends' });
    expect(publicStep(p, NOW)).toBeNull();
    expect(publicStep(p, p.endTs)).toBe('finalize');
    const succeeded = proposal({ ...passing, state: 'succeeded' });
    expect(publicStep(succeeded, p.endTs + DAY)).toBe('queue');
    expect(nextDeadline(succeeded, p.endTs + DAY)).toEqual({ label: 'Queue before', at: p.endTs + 14n * DAY, kind: 'queue-by' });
    // Missed the queue window: only finalizing (to Expired) is left.
    expect(publicStep(succeeded, p.endTs + 15n * DAY)).toBe('finalize');
    const eta = p.endTs + 3n * DAY;
    const queued = proposal({ ...passing, state: 'queued', etaTs: eta });
    expect(publicStep(queued, eta - 1n)).toBeNull();
    expect(nextDeadline(queued, eta - 1n)).toMatchObject({ label: 'Executable in', at: eta });
    expect(publicStep(queued, eta)).toBe('execute');
    expect(publicStep(proposal({ ...passing, state: 'queued', etaTs: eta, executedIndices: [0] }), eta)).toBeNull();
    expect(nextDeadline(proposal({ state: 'executed' }), NOW)).toBeNull();
  });

  it('time left on the chain clock', () => {
    expect(formatTimeLeft(NOW + 7n * DAY, NOW)).toBe('7 d 0 h');
    expect(formatTimeLeft(NOW + 7n * DAY - 1n, NOW)).toBe('6 d 23 h');
    expect(formatTimeLeft(NOW + 3_700n, NOW)).toBe('1 h 1 m');
    expect(formatTimeLeft(NOW + 61n, NOW)).toBe('1 m 1 s');
    expect(formatTimeLeft(NOW, NOW)).toBeNull();
  });
});
