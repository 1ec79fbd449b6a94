/**
 * What the pages show before anyone signs: a stake's voting power, unlock date
 * and APR per tier; what adding, extending or unstaking would do; pending
 * rewards at the chain's now; the protocol's numbers. Pure functions over
 * decoded accounts (the projections in lib/programs/staking mirror the
 * program's math), so they are tested without a chain.
 */
import {
  currentRewardWeight,
  effectiveMultiplierBps,
  effectiveVotingPower,
  exitQuote,
  lockEndAt,
  lockEnded,
  pendingRewards,
  poolApr,
  positionApr,
  projectStake,
  rewardWeight,
  settleGlobal,
  votingPower,
  walletVotingPower,
  type ScheduleView,
  type StakingConfig,
  type Tier,
} from '@/lib/programs/staking';
import { formatTokenAmount, type ParseAmountResult } from './format';
import type { Position, ProtocolStats } from './types';

const DAY = 86_400n;
const keel = (amount: bigint) => `${formatTokenAmount(amount)} KEEL`;
const max = (a: bigint, b: bigint) => (a > b ? a : b);
const min = (a: bigint, b: bigint) => (a < b ? a : b);

// ------------------------------------------------------------ new stake

export interface StakeQuote {
  tier: Tier;
  amount: bigint;
  votingPower: bigint;
  unlockAt: Date;
  /** Projected APR of this stake (its share of the stream once it joins), as a fraction. */
  apr: number;
}

/**
 * A stake of `amount` at `tier` taken at `now`. For an empty amount the APR is
 * quoted for the minimum stake, so the tier picker always shows one.
 */
export function quoteStake(config: StakingConfig, tier: number, amount: bigint, now: bigint): StakeQuote {
  const t = config.tiers[tier];
  if (!t) throw new RangeError(`no tier ${tier}`);
  const basis = amount > 0n ? amount : config.minStake;
  const projected = projectStake(config, tier, basis, now);
  return {
    tier: t,
    amount,
    votingPower: amount > 0n ? projected.votingPower : 0n,
    unlockAt: projected.unlockAt,
    apr: positionApr(config, projected.rewardWeight, basis, now, undefined, true),
  };
}

/** How much more the wallet may stake: its balance, within the per-wallet maximum. */
export function maxStakeable(config: StakingConfig, balance: bigint, walletStaked: bigint): bigint {
  return max(0n, min(balance, config.maxStakePerWallet - walletStaked));
}

/**
 * Why `parsed` cannot be staked (a sentence), or null when it can. `minimum`
 * false for adding to a position (no minimum applies there).
 */
export function stakeAmountProblem(
  parsed: ParseAmountResult,
  limits: { config: StakingConfig; balance: bigint; walletStaked: bigint; minimum?: boolean },
): string | null {
  if (!parsed.ok) return parsed.error;
  const { config, balance, walletStaked, minimum = true } = limits;
  const amount = parsed.value;
  if (amount === 0n) return 'Enter an amount greater than zero.';
  if (minimum && amount < config.minStake) return `The minimum stake is ${keel(config.minStake)}.`;
  const room = config.maxStakePerWallet - walletStaked;
  if (amount > room) {
    return room <= 0n
      ? `This wallet already stakes the maximum of ${keel(config.maxStakePerWallet)}.`
      : `A wallet may stake at most ${keel(config.maxStakePerWallet)}; this one can add ${keel(room)} more.`;
  }
  if (amount > balance) return `You hold ${keel(balance)}.`;
  return null;
}

// ------------------------------------------------------------ existing positions

/**
 * Rewards `claim` would pay at `now` (along the position's curve, with the
 * schedule's accumulators); never throws on a config read a moment before the
 * position.
 */
export function positionPending(config: StakingConfig, schedule: ScheduleView, position: Position, now: bigint): bigint {
  try {
    return pendingRewards(config, schedule, position, now);
  } catch {
    return position.unclaimed;
  }
}

export interface AddStakeQuote {
  total: bigint;
  votingPower: bigint;
  /** The lock restarts at the position's tier: max(current end, now + tier lock). */
  unlockAt: Date;
  unlockAtTs: bigint;
}

export function quoteAddStake(config: StakingConfig, position: Position, amount: bigint, now: bigint): AddStakeQuote {
  const tier = config.tiers[position.tier]!;
  const total = position.amount + amount;
  const unlockAtTs = max(position.lockEndTs, lockEndAt(now, tier.lockSecs));
  return { total, votingPower: votingPower(total, tier.multiplierBps), unlockAt: new Date(Number(unlockAtTs) * 1000), unlockAtTs };
}

/** The tiers a position may move to: strictly longer than its own. */
export function extensionTiers(config: StakingConfig, position: Position): Tier[] {
  return config.tiers.filter((t) => t.index > position.tier);
}

export interface ExtendQuote {
  tier: Tier;
  votingPower: bigint;
  unlockAt: Date;
}

export function quoteExtend(config: StakingConfig, position: Position, tier: number, now: bigint): ExtendQuote {
  const t = config.tiers[tier];
  if (!t) throw new RangeError(`no tier ${tier}`);
  const unlockAtTs = max(position.lockEndTs, lockEndAt(now, t.lockSecs));
  return { tier: t, votingPower: votingPower(position.amount, t.multiplierBps), unlockAt: new Date(Number(unlockAtTs) * 1000) };
}

export interface UnstakeQuote {
  amount: bigint;
  early: boolean;
  penalty: bigint;
  /** Tokens back to the wallet (before any Token-2022 transfer fee). */
  payout: bigint;
  /** Withdrawing everything closes the position and pays its rewards too. */
  closes: boolean;
  rewardsPaid: bigint;
  /** Why the program would refuse it (a sentence), or null. */
  problem: string | null;
  /**
   * The amount would leave less than the minimum stake (the program refuses
   * that: a position ends at the minimum or more, or closed): offer "unstake all".
   */
  leavesDust: boolean;
  /** The most a partial unstake may take (0 when the position holds no more than the minimum). */
  maxPartial: bigint;
}

export function quoteUnstake(
  config: StakingConfig,
  schedule: ScheduleView,
  position: Position,
  parsed: ParseAmountResult,
  now: bigint,
): UnstakeQuote {
  const amount = parsed.ok ? parsed.value : 0n;
  const within = amount > position.amount ? position.amount : amount;
  const q = exitQuote(config, position, within, now);
  const closes = amount === position.amount && amount > 0n;
  const maxPartial = max(position.amount - config.minStake, 0n);
  const leavesDust = amount > 0n && amount < position.amount && position.amount - amount < config.minStake;
  let problem: string | null = null;
  if (q.blockedUntil) {
    problem = `This position is locked by a governance vote until ${q.blockedUntil.toUTCString()}; it cannot be unstaked before then.`;
  } else if (!parsed.ok) problem = parsed.error;
  else if (amount === 0n) problem = 'Enter an amount greater than zero.';
  else if (amount > position.amount) problem = `The position holds ${keel(position.amount)}.`;
  else if (leavesDust) {
    problem =
      maxPartial > 0n
        ? `A position keeps at least ${keel(config.minStake)}: unstake at most ${keel(maxPartial)}, or all of it.`
        : `A position keeps at least ${keel(config.minStake)}: unstake all of it.`;
  }
  return {
    amount: within,
    early: q.early,
    penalty: q.penalty,
    payout: q.payout,
    closes,
    rewardsPaid: closes ? positionPending(config, schedule, position, now) : 0n,
    problem,
    leavesDust,
    maxPartial,
  };
}

/**
 * A position's voting power and multiplier now: an ended lock counts at the
 * no-lock multiplier (the program's and governance's rule), even before the
 * position is next written and its stored numbers catch up.
 */
export function positionPower(config: StakingConfig, position: Position, now: bigint | null) {
  if (now === null) return { votingPower: position.votingPower, multiplierBps: position.multiplierBps, lockEnded: false };
  return {
    votingPower: effectiveVotingPower(position, now),
    multiplierBps: effectiveMultiplierBps(position, now),
    lockEnded: lockEnded(position, now),
  };
}

/** The wallet's voting power now: Σ its positions' current voting power. */
export function walletPower(config: StakingConfig, positions: Position[], now: bigint | null): bigint {
  if (now === null) return positions.reduce((sum, p) => sum + p.votingPower, 0n);
  return walletVotingPower(positions, now);
}

/**
 * A position's APR from now on: its share of the stream's pace, per token it
 * holds, at the weight it earns at from its next write (lapsed boosters off,
 * an ended lock at the no-lock multiplier).
 */
export function currentPositionApr(config: StakingConfig, position: Position, now: bigint): number {
  return positionApr(config, currentRewardWeight(position, now), position.amount, now);
}

/** The reward weight a position would have at `multiplierBps` with `boostBps` of boosters. */
export function weightAt(amount: bigint, multiplierBps: number, boostBps: number): bigint {
  return rewardWeight(votingPower(amount, multiplierBps), boostBps);
}

// ------------------------------------------------------------ protocol

export function protocolStats(config: StakingConfig, supply: bigint, reserve: bigint | null, now: bigint): ProtocolStats {
  const base = reserve !== null && reserve < supply ? supply - reserve : supply;
  const { streamRemaining, dripRemaining } = settleGlobal(config, now);
  const left = config.stream.endTs - now;
  const running = left > 0n && streamRemaining > 0n;
  const dripLeft = config.drip.endTs - now;
  const dripping = dripLeft > 0n && dripRemaining > 0n;
  return {
    totalStaked: config.totalStaked,
    stakingRatio: base > 0n ? Number((config.totalStaked * 1_000_000n) / base) / 1_000_000 : 0,
    ratioOfCirculating: reserve !== null && reserve < supply,
    apr: poolApr(config, now),
    penaltyBps: config.penaltyBps,
    minStake: config.minStake,
    maxStakePerWallet: config.maxStakePerWallet,
    streamPerDay: running ? (streamRemaining * DAY) / left : 0n,
    streamEnd: running ? config.stream.end : null,
    dripPerDay: dripping ? (dripRemaining * DAY) / dripLeft : 0n,
    dripEnd: dripping ? config.drip.end : null,
    dripPeriodSecs: config.drip.periodSecs,
    paused: config.paused,
  };
}
