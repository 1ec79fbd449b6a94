//! Config: one per staked mint, PDA `["config", mint]`. Holds the parameters
//! (changed by `update_config` within the bounds below), the totals and the
//! reward accumulator with its two linear release channels: the season stream
//! (`fund_stream`) and the drip (`deposit_rewards` and recycled penalties).
//!
//! Layout v2 (`Config::LEN` = 640 bytes, 8-aligned; integers little-endian at
//! offsets that are multiples of their size (u128: of 8); i64 = unix seconds):
//!
//! ```text
//! off size field
//!   0   1  discriminator = 1 (AccountKind::Config)
//!   1   1  version = 1
//!   2   1  bump                 of ["config", mint]
//!   3   1  stake_vault_bump     of ["stake_vault", config]
//!   4   1  reward_vault_bump    of ["reward_vault", config]
//!   5   1  paused               0 / 1
//!   6   1  penalty_destination  0 recycle to stakers, 1 treasury, 2 burn
//!   7   1  decimals             of the mint (for transfer_checked)
//!   8  32  authority            update_config, fund_stream (the governance PDA once it accepts)
//!  40  32  vote_authority       lock_for_vote signer (the governance PDA once it accepts)
//!  72  32  mint
//! 104  32  token_program        SPL Token or Token-2022
//! 136  32  stake_vault          token account, owner = config
//! 168  32  reward_vault         token account, owner = config
//! 200  32  treasury             token account (penalty_destination 1), else zero
//! 232  80  tiers[5]             { lock_secs i64, multiplier_bps u16, reserved [u8; 6] } (16 bytes each)
//!                               (tiers[0].multiplier_bps at 240: what an ended lock falls to)
//! 312   2  penalty_bps          early-unstake penalty
//! 314   2  long_lock_bps        booster: lock of at least long_lock_min_secs, still running
//! 316   2  voter_bps            booster: voted within voter_boost_secs
//! 318   2  participation_bps    booster: owner active within participation_window_secs
//! 320   8  long_lock_min_secs   i64
//! 328   8  voter_boost_secs     i64
//! 336   8  participation_window_secs i64
//! 344   8  min_stake            u64 (base units)
//! 352   8  max_stake_per_wallet u64 (base units)
//! 360   8  total_staked         u64 Σ position.amount
//! 368   8  total_voting_power   u64 Σ every position's voting power at the last settled time
//!                               (its curve; exact now once synced_day is today: state::schedule)
//! 376   8  total_reward_weight  u64 Σ every position's reward weight at the last settled time
//! 384  16  acc_reward_per_weight u128, rewards per unit of weight × 1e18
//! 400  16  undistributed_scaled u128, rewards not yet in the accumulator × 1e18
//!                               (arrived while total weight was 0, plus rounding)
//! 416   8  stream_remaining     u64
//! 424   8  stream_end           i64
//! 432   8  stream_last_update   i64 both channels (stream and drip) are released up to here
//! 440  16  total_funded         u128 lifetime rewards credited (deposits, streams, recycled penalties)
//! 456  16  total_claimed        u128 lifetime rewards paid out by claim (and unstake-all)
//! 472  16  total_compounded     u128 lifetime rewards moved into stakes
//! 488  16  total_penalties      u128 lifetime early-unstake penalties
//! 504   4  open_positions       u32
//! 508   4  stakers              u32 staker records created
//! 512   8  drip_remaining       u64 deposits and recycled penalties not yet released
//! 520   8  drip_end             i64 the drip releases linearly until here
//! 528   8  drip_period_secs     i64 each inflow re-spreads the drip over now + this (0: a config
//!                               from before the field, read as defaults::DRIP_PERIOD_SECS)
//! 536   4  synced_day           u32 day (unix_ts / 86_400) of the last 00:00 UTC boundary the
//!                               schedule has crossed (`state::schedule`; governance reads it)
//! 540   4  reserved (zero)
//! 544  32  pending_authority    proposed by update_config SetAuthority; becomes `authority` when it
//!                               signs accept_authority 0; all zero = none
//! 576  32  pending_vote_authority proposed by update_config SetVoteAuthority; becomes
//!                               `vote_authority` when it signs accept_authority 1; all zero = none
//! 608  32  reserved (zero)
//! ```
//!
//! Fields 512.. were appended in the former reserved bytes, so every earlier
//! offset is unchanged (governance reads 240, 368 and 536). Layout v2 grew the
//! account from 560 to 640 bytes for the pending authorities (the `version`
//! byte stays 1: it is shared by every account of the program and nothing
//! reads it; the length tells the layouts apart). A 560-byte config from
//! before fails every load with `InvalidConfig`: there is no migration, a
//! localnet chain starts over with a fresh config (`npm run dev -- --reset`).

use super::AccountKind;
use keel_sdk::layout::Layout;
use keel_sdk::{aligned_offsets, le_fields};

/// Number of lock tiers.
pub const TIER_COUNT: usize = 5;

/// One lock tier as stored (16 bytes; `update_config` takes 10 per tier, without the padding).
#[repr(C, align(8))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tier {
    lock_secs: [u8; 8],
    multiplier_bps: [u8; 2],
    reserved: [u8; 6],
}

const _: () = assert!(core::mem::size_of::<Tier>() == 16);

impl Tier {
    pub const fn new(lock_secs: i64, multiplier_bps: u16) -> Self {
        Self { lock_secs: lock_secs.to_le_bytes(), multiplier_bps: multiplier_bps.to_le_bytes(), reserved: [0; 6] }
    }
    le_fields! {
        lock_secs, set_lock_secs: i64;
        multiplier_bps, set_multiplier_bps: u16;
    }
}

/// Which of the config's two authorities a hand-over concerns (`accept_authority`'s
/// `which`, and the events' `which`).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthorityKind {
    /// `authority`: update_config, fund_stream.
    Authority = 0,
    /// `vote_authority`: lock_for_vote.
    VoteAuthority = 1,
}

impl AuthorityKind {
    pub fn from_u8(value: u8) -> Option<Self> {
        match value {
            0 => Some(Self::Authority),
            1 => Some(Self::VoteAuthority),
            _ => None,
        }
    }
}

/// Where early-unstake penalties go.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PenaltyDestination {
    /// Into the reward accumulator, shared by the remaining stakers (default).
    Recycle = 0,
    /// To the treasury token account stored in the config.
    Treasury = 1,
    /// Burned.
    Burn = 2,
}

impl PenaltyDestination {
    pub fn from_u8(value: u8) -> Option<Self> {
        match value {
            0 => Some(Self::Recycle),
            1 => Some(Self::Treasury),
            2 => Some(Self::Burn),
            _ => None,
        }
    }
}

#[repr(C, align(8))]
pub struct Config {
    pub discriminator: u8,
    pub version: u8,
    pub bump: u8,
    pub stake_vault_bump: u8,
    pub reward_vault_bump: u8,
    pub paused: u8,
    pub penalty_destination: u8,
    pub decimals: u8,
    pub authority: [u8; 32],
    pub vote_authority: [u8; 32],
    pub mint: [u8; 32],
    pub token_program: [u8; 32],
    pub stake_vault: [u8; 32],
    pub reward_vault: [u8; 32],
    pub treasury: [u8; 32],
    pub tiers: [Tier; TIER_COUNT],
    penalty_bps: [u8; 2],
    long_lock_bps: [u8; 2],
    voter_bps: [u8; 2],
    participation_bps: [u8; 2],
    long_lock_min_secs: [u8; 8],
    voter_boost_secs: [u8; 8],
    participation_window_secs: [u8; 8],
    min_stake: [u8; 8],
    max_stake_per_wallet: [u8; 8],
    total_staked: [u8; 8],
    total_voting_power: [u8; 8],
    total_reward_weight: [u8; 8],
    acc_reward_per_weight: [u8; 16],
    undistributed_scaled: [u8; 16],
    stream_remaining: [u8; 8],
    stream_end: [u8; 8],
    stream_last_update: [u8; 8],
    total_funded: [u8; 16],
    total_claimed: [u8; 16],
    total_compounded: [u8; 16],
    total_penalties: [u8; 16],
    open_positions: [u8; 4],
    stakers: [u8; 4],
    drip_remaining: [u8; 8],
    drip_end: [u8; 8],
    drip_period_secs: [u8; 8],
    synced_day: [u8; 4],
    pub reserved0: [u8; 4],
    pub pending_authority: [u8; 32],
    pub pending_vote_authority: [u8; 32],
    pub reserved: [u8; 32],
}

impl Config {
    pub const LEN: usize = 640;

    le_fields! {
        penalty_bps, set_penalty_bps: u16;
        long_lock_bps, set_long_lock_bps: u16;
        voter_bps, set_voter_bps: u16;
        participation_bps, set_participation_bps: u16;
        long_lock_min_secs, set_long_lock_min_secs: i64;
        voter_boost_secs, set_voter_boost_secs: i64;
        participation_window_secs, set_participation_window_secs: i64;
        min_stake, set_min_stake: u64;
        max_stake_per_wallet, set_max_stake_per_wallet: u64;
        total_staked, set_total_staked: u64;
        total_voting_power, set_total_voting_power: u64;
        total_reward_weight, set_total_reward_weight: u64;
        acc_reward_per_weight, set_acc_reward_per_weight: u128;
        undistributed_scaled, set_undistributed_scaled: u128;
        stream_remaining, set_stream_remaining: u64;
        stream_end, set_stream_end: i64;
        stream_last_update, set_stream_last_update: i64;
        total_funded, set_total_funded: u128;
        total_claimed, set_total_claimed: u128;
        total_compounded, set_total_compounded: u128;
        total_penalties, set_total_penalties: u128;
        open_positions, set_open_positions: u32;
        stakers, set_stakers: u32;
        drip_remaining, set_drip_remaining: u64;
        drip_end, set_drip_end: i64;
        drip_period_secs, set_drip_period_secs: i64;
        synced_day, set_synced_day: u32;
    }

    /// The drip period in force: the stored one, or the default for a config
    /// written before the field existed (zero).
    #[inline(always)]
    pub fn drip_period(&self) -> i64 {
        match self.drip_period_secs() {
            0 => defaults::DRIP_PERIOD_SECS,
            secs => secs,
        }
    }

    /// The authority (`AuthorityKind::Authority`) or vote authority and its
    /// pending successor, for `update_config`'s proposals and `accept_authority`.
    #[inline(always)]
    pub fn authority_slots(&mut self, kind: AuthorityKind) -> (&mut [u8; 32], &mut [u8; 32]) {
        match kind {
            AuthorityKind::Authority => (&mut self.authority, &mut self.pending_authority),
            AuthorityKind::VoteAuthority => (&mut self.vote_authority, &mut self.pending_vote_authority),
        }
    }

    #[inline(always)]
    pub fn is_paused(&self) -> bool {
        self.paused != 0
    }

    /// The tier at `index`, if it exists.
    #[inline(always)]
    pub fn tier(&self, index: u8) -> Option<&Tier> {
        self.tiers.get(index as usize)
    }
}

// SAFETY: `#[repr(C, align(8))]`, byte arrays and `u8`s only, so every bit
// pattern is valid; size and alignment are checked by `Layout`.
unsafe impl Layout for Config {
    const LEN: usize = Config::LEN;
    const DISCRIMINATOR: u8 = AccountKind::Config as u8;
}
aligned_offsets!(Config, 8: authority, pending_authority, pending_vote_authority, tiers, long_lock_min_secs, voter_boost_secs, participation_window_secs, min_stake,
    max_stake_per_wallet, total_staked, total_voting_power, total_reward_weight, acc_reward_per_weight,
    undistributed_scaled, stream_remaining, stream_end, stream_last_update, total_funded, total_claimed,
    total_compounded, total_penalties, drip_remaining, drip_end, drip_period_secs);
aligned_offsets!(Config, 4: open_positions, stakers, synced_day);
aligned_offsets!(Config, 2: penalty_bps, long_lock_bps, voter_bps, participation_bps);
const _: () = assert!(core::mem::offset_of!(Config, penalty_bps) == 312);
const _: () = assert!(core::mem::offset_of!(Config, acc_reward_per_weight) == 384);
const _: () = assert!(core::mem::offset_of!(Config, stakers) == 508);
const _: () = assert!(core::mem::offset_of!(Config, drip_remaining) == 512);
const _: () = assert!(core::mem::offset_of!(Config, pending_authority) == 544);
const _: () = assert!(core::mem::offset_of!(Config, pending_vote_authority) == 576);
const _: () = assert!(core::mem::offset_of!(Config, reserved) == 608);
/// Where governance finds `synced_day`.
pub const SYNCED_DAY_OFFSET: usize = 536;
const _: () = assert!(core::mem::offset_of!(Config, synced_day) == SYNCED_DAY_OFFSET);
/// Where readers find the no-lock multiplier (the voting-power rule in position.rs).
pub const TIER0_MULTIPLIER_OFFSET: usize = 240;
const _: () = assert!(
    core::mem::offset_of!(Config, tiers) + core::mem::offset_of!(Tier, multiplier_bps) == TIER0_MULTIPLIER_OFFSET
);

/// Seconds in a day.
pub const DAY: i64 = 86_400;
/// Base units per whole token (9 decimals).
pub const TOKEN: u64 = 1_000_000_000;

/// Defaults written by `initialize` (product.md).
pub mod defaults {
    use super::{DAY, TIER_COUNT, TOKEN, Tier};

    pub const TIERS: [Tier; TIER_COUNT] = [
        Tier::new(0, 10_000),
        Tier::new(7 * DAY, 12_000),
        Tier::new(30 * DAY, 15_000),
        Tier::new(90 * DAY, 20_000),
        Tier::new(180 * DAY, 30_000),
    ];
    pub const PENALTY_BPS: u16 = 1_000;
    pub const LONG_LOCK_BPS: u16 = 2_000;
    pub const VOTER_BPS: u16 = 1_500;
    pub const PARTICIPATION_BPS: u16 = 1_000;
    pub const LONG_LOCK_MIN_SECS: i64 = 90 * DAY;
    pub const VOTER_BOOST_SECS: i64 = 30 * DAY;
    pub const PARTICIPATION_WINDOW_SECS: i64 = 30 * DAY;
    pub const MIN_STAKE: u64 = 100 * TOKEN;
    /// 1% of the 100,000,000-token supply.
    pub const MAX_STAKE_PER_WALLET: u64 = 1_000_000 * TOKEN;
    /// Deposits and recycled penalties drip over 7 days.
    pub const DRIP_PERIOD_SECS: i64 = 7 * DAY;
}

/// Bounds `update_config` enforces.
pub mod bounds {
    use super::DAY;

    /// Each booster's bps.
    pub const MAX_BOOSTER_BPS: u16 = 5_000;
    /// Early-unstake penalty.
    pub const MAX_PENALTY_BPS: u16 = 5_000;
    /// Tier multipliers lie in [1.0×, 5.0×] and do not decrease with the tier.
    pub const MIN_MULTIPLIER_BPS: u16 = 10_000;
    pub const MAX_MULTIPLIER_BPS: u16 = 50_000;
    /// Longest lock of any tier (4 years); tier 0 is always 0 (no lock).
    pub const MAX_LOCK_SECS: i64 = 4 * 365 * DAY;
    /// Booster durations lie in [1 day, 365 days].
    pub const MIN_BOOSTER_SECS: i64 = DAY;
    pub const MAX_BOOSTER_SECS: i64 = 365 * DAY;
    /// Longest reward stream (2 years).
    pub const MAX_STREAM_SECS: i64 = 2 * 365 * DAY;
    /// Furthest a vote lock may reach past now (lock_for_vote).
    pub const MAX_VOTE_LOCK_SECS: i64 = 90 * DAY;
    /// The drip period lies in [1 day, 90 days]: long enough that a stake held
    /// for minutes earns minutes' worth, short enough that rebates arrive.
    pub const MIN_DRIP_SECS: i64 = DAY;
    pub const MAX_DRIP_SECS: i64 = 90 * DAY;
}
