/**
 * Proposal states in words: the label and tone of each phase (the chain's
 * state read at the chain's now, `proposalPhase`), the list page's filters,
 * the order proposals are listed in, and the next deadline with its time left.
 * Pure functions of decoded proposals and chain seconds.
 */
import { type Proposal, proposalOutcome, proposalPhase, type ProposalPhase } from '@/lib/programs/governance';

export type { ProposalPhase };

export const PHASE_LABELS: Record<ProposalPhase, string> = {
  draft: 'Draft',
  voting: 'Voting',
  counting: 'Vote ended',
  succeeded: 'Succeeded',
  defeated: 'Defeated',
  queued: 'Queued',
  executable: 'Ready to execute',
  executed: 'Executed',
  cancelled: 'Cancelled',
  vetoed: 'Vetoed',
  expired: 'Expired',
};

export type PhaseTone = 'active' | 'positive' | 'negative' | 'pending' | 'neutral';

export const PHASE_TONES: Record<ProposalPhase, PhaseTone> = {
  draft: 'neutral',
  voting: 'active',
  counting: 'pending',
  succeeded: 'positive',
  defeated: 'negative',
  queued: 'pending',
  executable: 'pending',
  executed: 'positive',
  cancelled: 'neutral',
  vetoed: 'negative',
  expired: 'neutral',
};

/** The list page's filters, in the order shown. */
export type ProposalFilter = 'all' | 'voting' | 'succeeded' | 'queued' | 'executed' | 'defeated' | 'closed' | 'draft';

export const PROPOSAL_FILTERS: readonly { id: ProposalFilter; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'voting', label: 'Voting' },
  { id: 'succeeded', label: 'Succeeded' },
  { id: 'queued', label: 'Queued' },
  { id: 'executed', label: 'Executed' },
  { id: 'defeated', label: 'Defeated' },
  { id: 'closed', label: 'Cancelled / Vetoed / Expired' },
  { id: 'draft', label: 'Draft' },
];

export function isProposalFilter(value: string | null | undefined): value is ProposalFilter {
  return PROPOSAL_FILTERS.some((f) => f.id === value);
}

/**
 * The filter a proposal falls under at `now`. A vote that ended but was not
 * finalized yet counts as what finalizing will make it (its tallies are
 * final); a queued proposal whose eta passed is still Queued.
 */
export function filterOf(p: Proposal, now: bigint): Exclude<ProposalFilter, 'all'> {
  const phase = proposalPhase(p, now);
  switch (phase) {
    case 'counting':
      return proposalOutcome(p).passing ? 'succeeded' : 'defeated';
    case 'executable':
      return 'queued';
    case 'cancelled':
    case 'vetoed':
    case 'expired':
      return 'closed';
    default:
      return phase;
  }
}

/** Open business first (voting, then what anyone can move on), then drafts, then settled ones; newest first within a group. */
const ORDER: readonly ProposalPhase[] = ['voting', 'counting', 'executable', 'succeeded', 'queued', 'draft', 'executed', 'defeated', 'expired', 'vetoed', 'cancelled'];

export function sortProposals<T extends { proposal: Proposal }>(items: readonly T[], now: bigint): T[] {
  const rank = (p: Proposal) => ORDER.indexOf(proposalPhase(p, now));
  return [...items].sort((a, b) => rank(a.proposal) - rank(b.proposal) || (a.proposal.id < b.proposal.id ? 1 : a.proposal.id > b.proposal.id ? -1 : 0));
}

export function countByFilter(proposals: readonly Proposal[], now: bigint): Record<ProposalFilter, number> {
  const counts: Record<ProposalFilter, number> = { all: 0, voting: 0, succeeded: 0, queued: 0, executed: 0, defeated: 0, closed: 0, draft: 0 };
  for (const p of proposals) {
    counts.all += 1;
    counts[filterOf(p, now)] += 1;
  }
  return counts;
}

/** "6 d 23 h", "5 h 12 m", "4 m 10 s"; null once `until` is reached. */
export function formatTimeLeft(until: bigint, now: bigint): string | null {
  const left = until - now;
  if (left <= 0n) return null;
  const d = left / 86_400n;
  const h = (left % 86_400n) / 3_600n;
  const m = (left % 3_600n) / 60n;
  const s = left % 60n;
  if (d > 0n) return `${d} d ${h} h`;
  if (h > 0n) return `${h} h ${m} m`;
  return `${m} m ${s} s`;
}

export interface Deadline {
  /** "Voting ends", "Executable in"… */
  label: string;
  /** Unix seconds. */
  at: bigint;
  /** What happens at `at`, for the sentence after the countdown. */
  kind: 'voting-ends' | 'queue-by' | 'executable-at' | 'execute-by';
}

/** The next moment that matters for a proposal at `now`, or null when nothing is pending. */
export function nextDeadline(p: Proposal, now: bigint): Deadline | null {
  switch (proposalPhase(p, now)) {
    case 'voting':
      return { label: 'Voting ends', at: p.endTs, kind: 'voting-ends' };
    case 'succeeded':
      return { label: 'Queue before', at: p.endTs + p.gracePeriodSecs, kind: 'queue-by' };
    case 'queued':
      return { label: 'Executable in', at: p.etaTs, kind: 'executable-at' };
    case 'executable':
      return { label: 'Execute before', at: p.etaTs + p.gracePeriodSecs, kind: 'execute-by' };
    default:
      return null;
  }
}

/** Which lifecycle step anyone may take now (the proposer's own steps are separate). */
export type PublicStep = 'finalize' | 'queue' | 'execute' | null;

export function publicStep(p: Proposal, now: bigint): PublicStep {
  switch (proposalPhase(p, now)) {
    case 'counting':
      return 'finalize';
    case 'succeeded':
      return 'queue';
    case 'executable':
      return p.actionIndices.some((i) => !p.executedIndices.includes(i)) ? 'execute' : null;
    case 'expired':
      // The chain still says Succeeded or Queued: finalizing writes Expired.
      return p.state === 'succeeded' || p.state === 'queued' ? 'finalize' : null;
    default:
      return null;
  }
}
