//! VoteRecord: one per proposal and staking position, PDA
//! `["vote", proposal, position]` with the canonical bump (checked on creation,
//! so a position has exactly one possible record per proposal). Its existence
//! is what stops a position from voting twice; `relinquish` closes it. On a
//! quadratic proposal the wallet's voter record holds its sums per side
//! (`voter_record`).
//!
//! Layout (`VoteRecord::LEN` = 128 bytes):
//!
//! ```text
//! off size field
//!   0   1  discriminator = 4 (AccountKind::VoteRecord)
//!   1   1  version = 1
//!   2   1  bump
//!   3   1  side                 VoteSide: 0 for, 1 against, 2 abstain
//!   4   4  reserved
//!   8  32  proposal
//!  40  32  position
//!  72  32  voter                the position's owner (signed the vote)
//! 104   8  power                u64 linear voting power counted (quorum)
//! 112   8  weight               u64 weight in the tallies: linear its power; quadratic 0
//!                               (the wallet's weight is per side, its voter record's)
//! 120   8  voted_at             i64, last cast or change
//! ```

use super::AccountKind;
use keel_sdk::layout::Layout;
use keel_sdk::{aligned_offsets, le_fields};

#[repr(C, align(8))]
pub struct VoteRecord {
    pub discriminator: u8,
    pub version: u8,
    pub bump: u8,
    pub side: u8,
    pub reserved0: [u8; 4],
    pub proposal: [u8; 32],
    pub position: [u8; 32],
    pub voter: [u8; 32],
    power: [u8; 8],
    weight: [u8; 8],
    voted_at: [u8; 8],
}

impl VoteRecord {
    pub const LEN: usize = 128;

    le_fields! {
        power, set_power: u64;
        weight, set_weight: u64;
        voted_at, set_voted_at: i64;
    }
}

// SAFETY: `#[repr(C, align(8))]`, byte arrays and `u8`s only, so every bit
// pattern is valid; size and alignment are checked by `Layout`.
unsafe impl Layout for VoteRecord {
    const LEN: usize = VoteRecord::LEN;
    const DISCRIMINATOR: u8 = AccountKind::VoteRecord as u8;
}
aligned_offsets!(VoteRecord, 8: proposal, position, voter, power, weight, voted_at);

#[cfg(test)]
mod tests {
    use super::*;
    use core::mem::offset_of;

    #[test]
    fn offsets() {
        assert_eq!(offset_of!(VoteRecord, proposal), 8);
        assert_eq!(offset_of!(VoteRecord, position), 40);
        assert_eq!(offset_of!(VoteRecord, voter), 72);
        assert_eq!(offset_of!(VoteRecord, power), 104);
        assert_eq!(offset_of!(VoteRecord, weight), 112);
        assert_eq!(offset_of!(VoteRecord, voted_at), 120);
    }
}
