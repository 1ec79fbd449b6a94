//! Staker: one per wallet and config, PDA `["staker", config, owner]`. Created by
//! the wallet's first `stake`; never closed (it numbers the wallet's positions).
//!
//! Layout (`Staker::LEN` = 128 bytes, 8-aligned; integers little-endian):
//!
//! ```text
//! off size field
//!   0   1  discriminator = 3 (AccountKind::Staker)
//!   1   1  version = 1
//!   2   1  bump
//!   3   5  reserved (zero)
//!   8  32  owner
//!  40  32  config
//!  72   8  total_amount         u64 Σ amount of the wallet's positions (per-wallet maximum)
//!  80   8  voting_power         u64 Σ stored voting_power of the wallet's positions
//!  88   4  next_position_id     u32 id of the next position (seed of its address)
//!  92   4  open_positions       u32
//!  96  32  reserved (zero)
//! ```

//! `voting_power` sums the positions' stored values (their values at their last
//! writes; informational, nothing decides on it): the wallet's current voting
//! power is Σ of its positions' `effective_voting_power` (the rule in
//! `position.rs`).

use super::AccountKind;
use keel_sdk::layout::Layout;
use keel_sdk::{aligned_offsets, le_fields};

#[repr(C, align(8))]
pub struct Staker {
    pub discriminator: u8,
    pub version: u8,
    pub bump: u8,
    pub reserved0: [u8; 5],
    pub owner: [u8; 32],
    pub config: [u8; 32],
    total_amount: [u8; 8],
    voting_power: [u8; 8],
    next_position_id: [u8; 4],
    open_positions: [u8; 4],
    pub reserved: [u8; 32],
}

impl Staker {
    pub const LEN: usize = 128;

    le_fields! {
        total_amount, set_total_amount: u64;
        voting_power, set_voting_power: u64;
        next_position_id, set_next_position_id: u32;
        open_positions, set_open_positions: u32;
    }
}

// SAFETY: `#[repr(C, align(8))]`, byte arrays and `u8`s only, so every bit
// pattern is valid; size and alignment are checked by `Layout`.
unsafe impl Layout for Staker {
    const LEN: usize = Staker::LEN;
    const DISCRIMINATOR: u8 = AccountKind::Staker as u8;
}
aligned_offsets!(Staker, 8: owner, config, total_amount, voting_power, next_position_id);
aligned_offsets!(Staker, 4: open_positions);
