//! Config: one per KEEL mint, PDA `["config", mint]`. Parameters (changed by
//! `update_config` within `bounds`), the current season, the reporter's last
//! sequence and lifetime totals.
//!
//! Layout (`Config::LEN` = 512 bytes, 8-aligned; integers little-endian at
//! offsets that are multiples of their size (u128: of 8); i64 = unix seconds;
//! amounts in base units of the mint):
//!
//! ```text
//! off size field
//!   0    1 discriminator                  = 1
//!   1    1 version                        = 1
//!   2    1 bump                           of ["config", mint]
//!   3    1 reward_vault_bump              of ["reward_vault", config]
//!   4    1 bond_vault_bump                of ["bond_vault", config]
//!   5    1 paused                         0 / 1
//!   6    1 rollover_policy                0 carry unspent budget over, 1 return it to the treasury
//!   7    1 decimals                       of the mint (transfer_checked)
//!   8   32 authority                      update_config (later: the governance PDA)
//!  40   32 reporter                       signs record_fills and update_performance
//!  72   32 mint
//! 104   32 token_program                  SPL Token or Token-2022
//! 136   32 reward_vault                   token account, token owner = config
//! 168   32 bond_vault                     token account, token owner = config
//! 200   32 treasury                       token account unspent budgets return to (policy 1), else zero
//! 232    4 season_index                   u32, the first season is 1
//! 236    4 makers                         u32 makers registered
//! 240    8 season_start                   i64
//! 248    8 season_end                     i64 fills are refused from here until rollover
//! 256    8 season_budget                  u64 what this season may pay
//! 264    8 season_emitted                 u64 what this season's fills earned (≤ budget)
//! 272    8 next_budget                    u64 funded for the next season
//! 280    8 season_secs                    i64 length of the seasons rollover starts
//! 288    8 reporter_sequence              u64 last accepted record_fills sequence (0: none yet)
//! 296    8 max_reward_per_fill            u64 per-fill cap
//! 304    8 min_bond                       u64 smallest non-zero bond
//! 312    8 inactivity_window_secs         i64 without fills before a bonded maker can be slashed
//! 320    8 unbond_cooldown_secs           i64 between request_unbond and withdraw_bond
//! 328    2 min_improvement_bps            u16 fills below earn nothing
//! 330    2 early_multiplier_bps           u16 early makers' multiplier
//! 332    2 volatility_threshold_bps       u16 volatility above scales rewards
//! 334    2 max_volatility_multiplier_bps  u16 bound of the volatility multiplier
//! 336    2 slash_bps                      u16 share of bond + unbonding a slash takes
//! 338    2 reserved0                      zero
//! 340    4 early_until_season             u32 makers registering up to this season are early
//! 344    4 early_max_makers               u32 the first N makers are early (0: off)
//! 348    4 reserved1                      zero
//! 352   16 total_earned                   u128 Σ rewards credited to makers
//! 368   16 total_claimed                  u128 Σ rewards paid by claim
//! 384    8 total_bonded                   u64 Σ maker bond
//! 392    8 total_unbonding                u64 Σ maker unbonding
//! 400   16 total_slashed                  u128 Σ taken from bonds by slash
//! 416   16 total_funded                   u128 Σ received by fund and slash (budgets)
//! 432   16 total_returned                 u128 Σ unspent budget sent to the treasury
//! 448    8 total_fills                    u64 fills recorded
//! 456   56 reserved                       zero
//! ```
//!
//! Σ pending rewards of all makers = total_earned − total_claimed.

use super::AccountKind;
use keel_sdk::layout::Layout;
use keel_sdk::{aligned_offsets, le_fields};

/// What `rollover` does with the unspent budget.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RolloverPolicy {
    /// Into the next season's budget (default).
    CarryOver = 0,
    /// To the config's treasury token account.
    Return = 1,
}

#[repr(C, align(8))]
pub struct Config {
    pub discriminator: u8,
    pub version: u8,
    pub bump: u8,
    pub reward_vault_bump: u8,
    pub bond_vault_bump: u8,
    pub paused: u8,
    pub rollover_policy: u8,
    pub decimals: u8,
    pub authority: [u8; 32],
    pub reporter: [u8; 32],
    pub mint: [u8; 32],
    pub token_program: [u8; 32],
    pub reward_vault: [u8; 32],
    pub bond_vault: [u8; 32],
    pub treasury: [u8; 32],
    season_index: [u8; 4],
    makers: [u8; 4],
    season_start: [u8; 8],
    season_end: [u8; 8],
    season_budget: [u8; 8],
    season_emitted: [u8; 8],
    next_budget: [u8; 8],
    season_secs: [u8; 8],
    reporter_sequence: [u8; 8],
    max_reward_per_fill: [u8; 8],
    min_bond: [u8; 8],
    inactivity_window_secs: [u8; 8],
    unbond_cooldown_secs: [u8; 8],
    min_improvement_bps: [u8; 2],
    early_multiplier_bps: [u8; 2],
    volatility_threshold_bps: [u8; 2],
    max_volatility_multiplier_bps: [u8; 2],
    slash_bps: [u8; 2],
    pub reserved0: [u8; 2],
    early_until_season: [u8; 4],
    early_max_makers: [u8; 4],
    pub reserved1: [u8; 4],
    total_earned: [u8; 16],
    total_claimed: [u8; 16],
    total_bonded: [u8; 8],
    total_unbonding: [u8; 8],
    total_slashed: [u8; 16],
    total_funded: [u8; 16],
    total_returned: [u8; 16],
    total_fills: [u8; 8],
    pub reserved: [u8; 56],
}

impl Config {
    pub const LEN: usize = 512;

    le_fields! {
        season_index, set_season_index: u32;
        makers, set_makers: u32;
        season_start, set_season_start: i64;
        season_end, set_season_end: i64;
        season_budget, set_season_budget: u64;
        season_emitted, set_season_emitted: u64;
        next_budget, set_next_budget: u64;
        season_secs, set_season_secs: i64;
        reporter_sequence, set_reporter_sequence: u64;
        max_reward_per_fill, set_max_reward_per_fill: u64;
        min_bond, set_min_bond: u64;
        inactivity_window_secs, set_inactivity_window_secs: i64;
        unbond_cooldown_secs, set_unbond_cooldown_secs: i64;
        min_improvement_bps, set_min_improvement_bps: u16;
        early_multiplier_bps, set_early_multiplier_bps: u16;
        volatility_threshold_bps, set_volatility_threshold_bps: u16;
        max_volatility_multiplier_bps, set_max_volatility_multiplier_bps: u16;
        slash_bps, set_slash_bps: u16;
        early_until_season, set_early_until_season: u32;
        early_max_makers, set_early_max_makers: u32;
        total_earned, set_total_earned: u128;
        total_claimed, set_total_claimed: u128;
        total_bonded, set_total_bonded: u64;
        total_unbonding, set_total_unbonding: u64;
        total_slashed, set_total_slashed: u128;
        total_funded, set_total_funded: u128;
        total_returned, set_total_returned: u128;
        total_fills, set_total_fills: u64;
    }

    #[inline(always)]
    pub fn is_paused(&self) -> bool {
        self.paused != 0
    }

    /// What the current season may still pay.
    #[inline(always)]
    pub fn budget_left(&self) -> u64 {
        self.season_budget().saturating_sub(self.season_emitted())
    }
}

// SAFETY: `#[repr(C, align(8))]`, byte arrays and `u8`s only, so every bit
// pattern is valid; size and alignment are checked by `Layout`.
unsafe impl Layout for Config {
    const LEN: usize = Config::LEN;
    const DISCRIMINATOR: u8 = AccountKind::Config as u8;
}
aligned_offsets!(Config, 8: authority, reporter, mint, token_program, reward_vault, bond_vault, treasury,
    season_start, season_end, season_budget, season_emitted, next_budget, season_secs, reporter_sequence,
    max_reward_per_fill, min_bond, inactivity_window_secs, unbond_cooldown_secs, total_earned, total_claimed,
    total_bonded, total_unbonding, total_slashed, total_funded, total_returned, total_fills);
aligned_offsets!(Config, 4: season_index, makers, early_until_season, early_max_makers);
aligned_offsets!(Config, 2: min_improvement_bps, early_multiplier_bps, volatility_threshold_bps,
    max_volatility_multiplier_bps, slash_bps);
const _: () = assert!(core::mem::offset_of!(Config, season_index) == 232);
const _: () = assert!(core::mem::offset_of!(Config, min_improvement_bps) == 328);
const _: () = assert!(core::mem::offset_of!(Config, total_earned) == 352);
const _: () = assert!(core::mem::offset_of!(Config, reserved) == 456);

/// Seconds in a day.
pub const DAY: i64 = 86_400;
/// Base units per whole token for the defaults (KEEL has 9 decimals; a mint
/// with other decimals sets its amounts with `update_config`).
pub const TOKEN: u64 = 1_000_000_000;
/// Basis points in 1.0×.
pub const BPS: u16 = 10_000;

/// Defaults written by `initialize` (product.md "Maker rewards").
pub mod defaults {
    use super::{DAY, TOKEN};

    pub const SEASON_SECS: i64 = 30 * DAY;
    pub const MIN_IMPROVEMENT_BPS: u16 = 1;
    pub const EARLY_MULTIPLIER_BPS: u16 = 20_000;
    /// Makers registering in season 1 are early.
    pub const EARLY_UNTIL_SEASON: u32 = 1;
    pub const EARLY_MAX_MAKERS: u32 = 0;
    pub const MAX_REWARD_PER_FILL: u64 = 10_000 * TOKEN;
    /// 2 % volatility; above it rewards scale with it, up to 1.5×.
    pub const VOLATILITY_THRESHOLD_BPS: u16 = 200;
    pub const MAX_VOLATILITY_MULTIPLIER_BPS: u16 = 15_000;
    pub const MIN_BOND: u64 = 1_000 * TOKEN;
    pub const INACTIVITY_WINDOW_SECS: i64 = 7 * DAY;
    pub const SLASH_BPS: u16 = 1_000;
    pub const UNBOND_COOLDOWN_SECS: i64 = 7 * DAY;
}

/// Bounds `update_config` enforces (each inclusive).
pub mod bounds {
    use super::DAY;

    pub const MIN_IMPROVEMENT_BPS: (u16, u16) = (1, 1_000);
    pub const EARLY_MULTIPLIER_BPS: (u16, u16) = (10_000, 30_000);
    pub const MAX_VOLATILITY_MULTIPLIER_BPS: (u16, u16) = (10_000, 30_000);
    pub const VOLATILITY_THRESHOLD_BPS: (u16, u16) = (1, 10_000);
    /// Most of a bond one slash takes.
    pub const MAX_SLASH_BPS: u16 = 5_000;
    /// The per-fill cap is at least 1 base unit.
    pub const MIN_REWARD_PER_FILL: u64 = 1;
    pub const EARLY_MAX_MAKERS: u32 = 10_000;
    pub const SEASON_SECS: (i64, i64) = (DAY, 365 * DAY);
    pub const INACTIVITY_WINDOW_SECS: (i64, i64) = (DAY, 365 * DAY);
    pub const UNBOND_COOLDOWN_SECS: (i64, i64) = (DAY, 90 * DAY);
}
