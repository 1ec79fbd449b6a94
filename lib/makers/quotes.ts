/**
 * What the maker's own panel shows before signing, from the config and the
 * maker account: the bond rules each action must keep (the program's own
 * checks, in sentences), when an unbond unlocks, and when an idle bonded
 * maker becomes slashable and for how much. Mirrors
 * programs/makers/src/instructions/{register,add_bond,request_unbond,
 * withdraw_bond,slash,claim}.rs.
 */
import { slashSplit } from '@/lib/programs/makers';
import { formatTokenAmount } from '@/lib/staking/format';
import type { Maker, MakersConfig } from './types';

type BondRules = Pick<MakersConfig, 'minBond' | 'decimals'>;

const keel = (amount: bigint, decimals: number) => `${formatTokenAmount(amount, { decimals, maxFractionDigits: decimals })} KEEL`;

/** Why `bond` cannot be bonded at registration (0 = no bond), or null. */
export function registerBondProblem(bond: bigint, config: BondRules, balance: bigint): string | null {
  if (bond === 0n) return null;
  if (bond < config.minBond) return `A bond is at least ${keel(config.minBond, config.decimals)} (or register without one).`;
  if (bond > balance) return `You hold ${keel(balance, config.decimals)}.`;
  return null;
}

/** Why `amount` cannot be added to the bond, or null. */
export function addBondProblem(amount: bigint, maker: Pick<Maker, 'bond'>, config: BondRules, balance: bigint): string | null {
  if (amount === 0n) return 'Enter an amount above zero.';
  if (amount > balance) return `You hold ${keel(balance, config.decimals)}.`;
  if (maker.bond + amount < config.minBond) {
    return `The bond must reach ${keel(config.minBond, config.decimals)}: add at least ${keel(config.minBond - maker.bond, config.decimals)}.`;
  }
  return null;
}

/** Why `amount` cannot start unbonding, or null. */
export function unbondProblem(amount: bigint, maker: Pick<Maker, 'bond'>, config: BondRules): string | null {
  if (amount === 0n) return 'Enter an amount above zero.';
  if (amount > maker.bond) return `Your bond is ${keel(maker.bond, config.decimals)}.`;
  const left = maker.bond - amount;
  if (left !== 0n && left < config.minBond) {
    const most = maker.bond - config.minBond;
    const choice = most > 0n ? `unbond at most ${keel(most, config.decimals)}, or all of it` : 'unbond all of it';
    return `A bond left in place is at least ${keel(config.minBond, config.decimals)}: ${choice}.`;
  }
  return null;
}

export interface UnbondQuote {
  /** When the whole unbonding amount can be withdrawn if this request lands now. */
  unlockAt: bigint;
  /** Unbonding after the request. */
  unbonding: bigint;
  /** A request restarts the cooldown of what is already unbonding. */
  restartsCooldown: boolean;
}

export function quoteUnbond(amount: bigint, maker: Pick<Maker, 'unbonding'>, config: Pick<MakersConfig, 'unbondCooldownSecs'>, now: bigint): UnbondQuote {
  return { unlockAt: now + config.unbondCooldownSecs, unbonding: maker.unbonding + amount, restartsCooldown: maker.unbonding > 0n };
}

export type WithdrawState = { state: 'nothing' } | { state: 'cooling'; unlockAt: bigint } | { state: 'ready'; amount: bigint };

export function withdrawState(maker: Pick<Maker, 'unbonding' | 'unlockAt'>, now: bigint): WithdrawState {
  if (maker.unbonding === 0n) return { state: 'nothing' };
  return now < maker.unlockAt ? { state: 'cooling', unlockAt: maker.unlockAt } : { state: 'ready', amount: maker.unbonding };
}

export interface Inactivity {
  /** The latest of registration, last fill and last slash: the window runs from here. */
  lastActive: bigint;
  /** From this moment anyone may slash (the program: now ≥ last active + window). */
  slashableAt: bigint;
  slashable: boolean;
  /** What one slash would take from bond + unbonding (the bond first). */
  slashAmount: bigint;
  /** Nothing bonded or unbonding: nothing to slash. */
  exposed: boolean;
}

export function inactivity(
  maker: Pick<Maker, 'registeredAt' | 'lastFillAt' | 'lastSlashAt' | 'bond' | 'unbonding'>,
  config: Pick<MakersConfig, 'inactivityWindowSecs' | 'slashBps'>,
  now: bigint,
): Inactivity {
  const lastActive = [maker.registeredAt, maker.lastFillAt, maker.lastSlashAt].reduce((a, b) => (a > b ? a : b));
  const slashableAt = lastActive + config.inactivityWindowSecs;
  const [fromBond, fromUnbonding] = slashSplit(maker.bond, maker.unbonding, config.slashBps);
  const exposed = maker.bond + maker.unbonding > 0n;
  return { lastActive, slashableAt, slashable: exposed && now >= slashableAt, slashAmount: fromBond + fromUnbonding, exposed };
}

/** What the maker can claim now (earned − claimed, as `claim` pays it). */
export const claimable = (maker: Pick<Maker, 'rewardsEarned' | 'rewardsClaimed'>): bigint => maker.rewardsEarned - maker.rewardsClaimed;
