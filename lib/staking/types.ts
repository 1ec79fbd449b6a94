/**
 * App types for staking: what pages get from `lib/staking` (decoded and
 * reshaped; components never see byte layouts).
 */
import type { PublicKey } from '@solana/web3.js';
import type { ScheduleView, StakePosition, Staker, StakingAddresses, StakingConfig } from '@/lib/programs/staking';

export type { StakingConfig, Staker, StakingAddresses };

/** The KEEL mint as read from the chain. */
export interface KeelMint {
  address: PublicKey;
  /** SPL Token or Token-2022: the mint account's owner. */
  tokenProgram: PublicKey;
  decimals: number;
  supply: bigint;
  /** Null once the one mint is done: the supply is capped. */
  mintAuthority: PublicKey | null;
}

/** A wallet's KEEL in its associated token account (where stakes come from and go back to). */
export interface TokenHolding {
  ata: PublicKey;
  exists: boolean;
  amount: bigint;
}

/** A staking position with its address. */
export interface Position extends StakePosition {
  address: PublicKey;
}

/** One wallet's staking state, read together so projections use one snapshot. */
export interface WalletStaking {
  config: StakingConfig;
  /** The config's schedule: the accumulators a position's rewards are settled with (`pendingRewards`). */
  schedule: ScheduleView;
  /** Null before the wallet's first stake. */
  staker: Staker | null;
  /** Open positions, oldest first. */
  positions: Position[];
}

/** A reward payout or compounding found in a wallet's transactions. */
export interface RewardActivity {
  signature: string;
  time: Date | null;
  kind: 'claim' | 'compound' | 'unstake';
  position: PublicKey;
  amount: bigint;
}

/** Protocol-wide numbers for the Stake page. */
export interface ProtocolStats {
  totalStaked: bigint;
  /** totalStaked / circulating supply (supply minus the locked reserve, when known). */
  stakingRatio: number;
  /** Whether the ratio's base excludes the locked reserve. */
  ratioOfCirculating: boolean;
  /** Pool APR at the stream's current pace, as a fraction. */
  apr: number;
  penaltyBps: number;
  minStake: bigint;
  maxStakePerWallet: bigint;
  /** Rewards the stream pays per day from now, and when it ends (null: no stream running). */
  streamPerDay: bigint;
  streamEnd: Date | null;
  /**
   * Deposits (fee rebates) and recycled penalties pay out through the drip:
   * per day from now, when it ends (null: nothing dripping), and the period
   * each new deposit is spread over.
   */
  dripPerDay: bigint;
  dripEnd: Date | null;
  dripPeriodSecs: bigint;
  paused: boolean;
}
