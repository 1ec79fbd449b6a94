//! Maker: one per config and wallet, PDA `["maker", config, wallet]`, created
//! by `register`; never closed (it holds the maker's history).
//!
//! Layout (`Maker::LEN` = 352 bytes, 8-aligned; integers little-endian):
//!
//! ```text
//! off size field
//!   0    1 discriminator           = 2
//!   1    1 version                 = 1
//!   2    1 bump                    of ["maker", config, wallet]
//!   3    1 early                   0 / 1: fills earn early_multiplier_bps
//!   4    4 number                  u32 registration order (0 = first maker)
//!   8   32 wallet                  signs register, bonds, claim
//!  40   32 config
//!  72    8 bond                    u64 bonded (slashable)
//!  80    8 unbonding               u64 requested out, still slashable
//!  88    8 unlock_at               i64 withdraw_bond from here
//!  96    8 registered_at           i64
//! 104    8 last_fill_at            i64 time of the last batch with a fill of this maker (0: none)
//! 112    8 last_slash_at           i64 (0: never)
//! 120    8 rewards_earned          u64 Σ fill rewards, lifetime
//! 128    8 rewards_claimed         u64 Σ claimed; pending = earned − claimed
//! 136   16 notional                u128 Σ fill notional, lifetime
//! 152   16 improvement_weighted    u128 Σ notional × improvement_bps (average = this / notional)
//! 168    8 fills                   u64 lifetime
//! 176    8 slashed                 u64 Σ slashed, lifetime
//! 184    8 execution_volume        u64 latest performance report
//! 192    2 spread_efficiency_bps   u16 latest performance report
//! 194    2 order_flow_bps          u16 latest performance report
//! 196    4 performance_period      u32 the report's period (increasing)
//! 200    8 performance_at          i64 when it was recorded
//! 208   56 current                 SeasonStats of season `current.index`
//! 264   56 previous                SeasonStats of the maker's season before that
//! 320   32 reserved                zero
//! ```
//!
//! `SeasonStats` (56 bytes):
//!
//! ```text
//! off size field
//!   0    4 index                   u32 season (0: none)
//!   4    4 fills                   u32
//!   8   16 notional                u128
//!  24   16 improvement_weighted    u128 Σ notional × improvement_bps
//!  40    8 rewards                 u64
//!  48    4 capped_fills            u32 fills cut by the per-fill cap or the budget
//!  52    4 below_minimum_fills     u32 fills under min_improvement_bps
//! ```

use super::AccountKind;
use keel_sdk::layout::Layout;
use keel_sdk::{aligned_offsets, le_fields};

/// One season of a maker (see the module table).
#[repr(C, align(8))]
pub struct SeasonStats {
    index: [u8; 4],
    fills: [u8; 4],
    notional: [u8; 16],
    improvement_weighted: [u8; 16],
    rewards: [u8; 8],
    capped_fills: [u8; 4],
    below_minimum_fills: [u8; 4],
}

impl SeasonStats {
    pub const LEN: usize = 56;

    le_fields! {
        index, set_index: u32;
        fills, set_fills: u32;
        notional, set_notional: u128;
        improvement_weighted, set_improvement_weighted: u128;
        rewards, set_rewards: u64;
        capped_fills, set_capped_fills: u32;
        below_minimum_fills, set_below_minimum_fills: u32;
    }
}
const _: () = assert!(core::mem::size_of::<SeasonStats>() == SeasonStats::LEN);
aligned_offsets!(SeasonStats, 8: notional, improvement_weighted, rewards);
aligned_offsets!(SeasonStats, 4: index, fills, capped_fills, below_minimum_fills);

#[repr(C, align(8))]
pub struct Maker {
    pub discriminator: u8,
    pub version: u8,
    pub bump: u8,
    pub early: u8,
    number: [u8; 4],
    pub wallet: [u8; 32],
    pub config: [u8; 32],
    bond: [u8; 8],
    unbonding: [u8; 8],
    unlock_at: [u8; 8],
    registered_at: [u8; 8],
    last_fill_at: [u8; 8],
    last_slash_at: [u8; 8],
    rewards_earned: [u8; 8],
    rewards_claimed: [u8; 8],
    notional: [u8; 16],
    improvement_weighted: [u8; 16],
    fills: [u8; 8],
    slashed: [u8; 8],
    execution_volume: [u8; 8],
    spread_efficiency_bps: [u8; 2],
    order_flow_bps: [u8; 2],
    performance_period: [u8; 4],
    performance_at: [u8; 8],
    pub current: SeasonStats,
    pub previous: SeasonStats,
    pub reserved: [u8; 32],
}

impl Maker {
    pub const LEN: usize = 352;

    le_fields! {
        number, set_number: u32;
        bond, set_bond: u64;
        unbonding, set_unbonding: u64;
        unlock_at, set_unlock_at: i64;
        registered_at, set_registered_at: i64;
        last_fill_at, set_last_fill_at: i64;
        last_slash_at, set_last_slash_at: i64;
        rewards_earned, set_rewards_earned: u64;
        rewards_claimed, set_rewards_claimed: u64;
        notional, set_notional: u128;
        improvement_weighted, set_improvement_weighted: u128;
        fills, set_fills: u64;
        slashed, set_slashed: u64;
        execution_volume, set_execution_volume: u64;
        spread_efficiency_bps, set_spread_efficiency_bps: u16;
        order_flow_bps, set_order_flow_bps: u16;
        performance_period, set_performance_period: u32;
        performance_at, set_performance_at: i64;
    }

    /// Rewards earned and not yet claimed.
    #[inline(always)]
    pub fn pending(&self) -> u64 {
        self.rewards_earned().saturating_sub(self.rewards_claimed())
    }

    /// The latest of registration, last fill and last slash: the inactivity
    /// window runs from here.
    #[inline(always)]
    pub fn last_active(&self) -> i64 {
        let a = self.registered_at().max(self.last_fill_at());
        a.max(self.last_slash_at())
    }
}

// SAFETY: `#[repr(C, align(8))]`, byte arrays, `u8`s and `SeasonStats` (itself
// byte arrays) only, so every bit pattern is valid; size and alignment are
// checked by `Layout`.
unsafe impl Layout for Maker {
    const LEN: usize = Maker::LEN;
    const DISCRIMINATOR: u8 = AccountKind::Maker as u8;
}
aligned_offsets!(Maker, 8: wallet, config, bond, unbonding, unlock_at, registered_at, last_fill_at, last_slash_at,
    rewards_earned, rewards_claimed, notional, improvement_weighted, fills, slashed, execution_volume,
    performance_at, current, previous);
aligned_offsets!(Maker, 4: number, performance_period);
aligned_offsets!(Maker, 2: spread_efficiency_bps, order_flow_bps);
const _: () = assert!(core::mem::offset_of!(Maker, current) == 208);
const _: () = assert!(core::mem::offset_of!(Maker, previous) == 264);
const _: () = assert!(core::mem::offset_of!(Maker, reserved) == 320);
