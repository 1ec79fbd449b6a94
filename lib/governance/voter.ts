/**
 * A wallet's standing on one proposal: each staking position's voting power
 * now (an ended lock at the no-lock multiplier, `effectiveVotingPower`), its
 * weight under the proposal's weighting, whether it already voted and how,
 * and what the wallet may do (cast with the positions that have not voted,
 * change or withdraw the votes it cast). Also which positions back a new
 * proposal. Pure functions over decoded accounts.
 */
import { type Proposal, type VoteRecord, type VoteSide, voteWeight, MAX_VOTE_POSITIONS } from '@/lib/programs/governance';
import { effectiveVotingPower, type StakingConfig } from '@/lib/programs/staking';
import { formatTokenAmount } from '@/lib/staking/format';
import type { Position } from '@/lib/staking/types';

export interface VoterPosition {
  position: Position;
  /** Current voting power. */
  power: bigint;
  /** Its weight alone under the proposal's weighting (quadratic: a wallet weighs ⌊√ of its total power on a side⌋, less than the sum of these). */
  weight: bigint;
  /** Its vote on this proposal, when it voted. */
  vote: VoteRecord | null;
}

export interface VoterState {
  positions: VoterPosition[];
  /** Positions that have not voted and have power: what "vote" sends (the strongest 16). */
  votable: VoterPosition[];
  votablePower: bigint;
  /** Positions that voted, and the power they voted with. */
  voted: VoterPosition[];
  votedPower: bigint;
  /** Σ current power of every position. */
  totalPower: bigint;
  /** The side the wallet's votes are on; 'mixed' when they differ; null before voting. */
  side: VoteSide | 'mixed' | null;
  /** Why "vote" is not possible now (a sentence), or null when it is. */
  castProblem: string | null;
}

const power = (v: bigint) => `${formatTokenAmount(v, { maxFractionDigits: 2 })} voting power`;

export function voterState(input: {
  config: Pick<StakingConfig, 'tiers'>;
  proposal: Pick<Proposal, 'voteWeighting'>;
  positions: readonly Position[];
  /** Vote records on this proposal by position address (base58). */
  records: ReadonlyMap<string, VoteRecord>;
  now: bigint;
  minVotePower: bigint;
  votingOpen: boolean;
}): VoterState {
  const rows: VoterPosition[] = input.positions.map((position) => {
    const p = effectiveVotingPower(position, input.now);
    return { position, power: p, weight: voteWeight(p, input.proposal.voteWeighting), vote: input.records.get(position.address.toBase58()) ?? null };
  });
  const votable = rows
    .filter((r) => r.vote === null && r.power > 0n)
    .sort((a, b) => (b.power > a.power ? 1 : b.power < a.power ? -1 : a.position.id - b.position.id))
    .slice(0, MAX_VOTE_POSITIONS);
  const voted = rows.filter((r) => r.vote !== null);
  const sum = (list: VoterPosition[], pick: (r: VoterPosition) => bigint) => list.reduce((n, r) => n + pick(r), 0n);
  const votablePower = sum(votable, (r) => r.power);
  const sides = new Set(voted.map((r) => r.vote!.side));
  const side = sides.size === 0 ? null : sides.size === 1 ? [...sides][0]! : 'mixed';
  let castProblem: string | null = null;
  if (!input.votingOpen) castProblem = 'Voting is not open.';
  else if (rows.length === 0) castProblem = 'Stake KEEL to get voting power.';
  else if (votable.length === 0) castProblem = voted.length > 0 ? 'Every position of this wallet has voted.' : 'These positions have no voting power.';
  else if (votablePower < input.minVotePower) {
    castProblem = `A vote takes at least ${power(input.minVotePower)}; the positions that have not voted hold ${power(votablePower)}.`;
  }
  return {
    positions: rows,
    votable,
    votablePower,
    voted,
    votedPower: sum(voted, (r) => r.vote!.power),
    totalPower: sum(rows, (r) => r.power),
    side,
    castProblem,
  };
}

export interface ProposerBacking {
  /** The fewest positions (strongest first) whose power reaches the minimum, or every position when it is not reached. */
  positions: Position[];
  power: bigint;
  /** Σ power of every position. */
  totalPower: bigint;
  enough: boolean;
}

/** Which positions back a new proposal (`create_proposal` checks Σ power ≥ `min_proposal_power`). */
export function proposerBacking(config: Pick<StakingConfig, 'tiers'>, positions: readonly Position[], now: bigint, minProposalPower: bigint): ProposerBacking {
  const ranked = positions
    .map((position) => ({ position, power: effectiveVotingPower(position, now) }))
    .filter((r) => r.power > 0n)
    .sort((a, b) => (b.power > a.power ? 1 : b.power < a.power ? -1 : a.position.id - b.position.id));
  const totalPower = ranked.reduce((n, r) => n + r.power, 0n);
  const chosen: Position[] = [];
  let sum = 0n;
  for (const r of ranked) {
    if (sum >= minProposalPower && chosen.length > 0) break;
    chosen.push(r.position);
    sum += r.power;
  }
  return { positions: chosen, power: sum, totalPower, enough: sum >= minProposalPower && chosen.length > 0 };
}
