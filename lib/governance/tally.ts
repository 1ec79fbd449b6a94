/**
 * A proposal's tallies as the page shows them: vote shares, progress toward
 * quorum and toward the approval threshold, and what is still missing. The
 * pass/fail answers are the program's exact integer rules (`proposalOutcome`,
 * lib/programs/governance/math.ts); the percentages are for bars and labels
 * only (ratios, never amounts).
 */
import { type Proposal, proposalOutcome, voteShare } from '@/lib/programs/governance';

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;
const pct = (a: bigint, b: bigint) => Math.min(100, voteShare(a, b) * 100);

export interface Tally {
  for: bigint;
  against: bigint;
  abstain: bigint;
  /** Σ weights of every side. */
  cast: bigint;
  /** Shares of all cast weight, 0..100. */
  forPct: number;
  againstPct: number;
  abstainPct: number;
  /** for / (for + against), 0..100: what the approval threshold is measured on. */
  approvalPct: number;
  /** The threshold, 0..100 (66 for 6,600 bps). */
  approvalThresholdPct: number;
  approved: boolean;
  /** For + abstain power counted toward quorum, and what quorum takes. */
  quorumPower: bigint;
  quorumRequired: bigint;
  /** quorumPower / quorumRequired, capped at 100. */
  quorumPct: number;
  quorumReached: boolean;
  /** Power still needed for quorum (0 once reached). */
  quorumMissing: bigint;
  /** The quorum as a share of the snapshot of total voting power, 0..100 (10 for 1,000 bps). */
  quorumThresholdPct: number;
  /** Would succeed if voting ended now. */
  passing: boolean;
  /** For-weight still needed to meet the approval threshold against the current against-weight (0 when met; null: out of reach, a 100 % threshold with votes against). */
  forMissing: bigint | null;
}

export function tallyOf(p: Proposal): Tally {
  const { for: yes, against: no, abstain } = p.tallies;
  const cast = yes + no + abstain;
  const outcome = proposalOutcome(p);
  // for ≥ ⌈(for + against) × a / 10_000⌉ ⇔ (for + against) × a ≤ for × 10_000 ⇔ for ≥ against × a / (10_000 − a).
  const a = BigInt(p.approvalBps);
  let forNeeded: bigint | null;
  if (a >= 10_000n) forNeeded = no === 0n ? 1n : null;
  else forNeeded = ceilDiv(no * a, 10_000n - a) > 1n ? ceilDiv(no * a, 10_000n - a) : 1n;
  const forMissing = forNeeded === null ? null : forNeeded > yes ? forNeeded - yes : 0n;
  return {
    for: yes,
    against: no,
    abstain,
    cast,
    forPct: pct(yes, cast),
    againstPct: pct(no, cast),
    abstainPct: pct(abstain, cast),
    approvalPct: pct(yes, yes + no),
    approvalThresholdPct: p.approvalBps / 100,
    approved: outcome.approved,
    quorumPower: p.quorumPower,
    quorumRequired: p.quorumRequired,
    quorumPct: p.quorumRequired === 0n ? 100 : pct(p.quorumPower, p.quorumRequired),
    quorumReached: outcome.quorumReached,
    quorumMissing: p.quorumPower >= p.quorumRequired ? 0n : p.quorumRequired - p.quorumPower,
    quorumThresholdPct: p.quorumBps / 100,
    passing: outcome.passing,
    forMissing,
  };
}

/** 66.666… → "66.7 %", 100 → "100 %", 0 → "0 %". */
export function formatShare(pctValue: number): string {
  if (!Number.isFinite(pctValue)) return '—';
  const rounded = Math.round(pctValue * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} %`;
}
