//! VoterRecord: one per quadratic proposal and voting wallet, PDA
//! `["voter", proposal, voter]` with the canonical bump (checked on creation,
//! so a wallet has exactly one possible voter record per proposal). It holds
//! the wallet's Σ power per side over its vote records on the proposal; the
//! wallet's weight on a side is ⌊√(that sum)⌋, however its stake is split into
//! positions and however many transactions it votes them in. `cast_vote`
//! creates it on the wallet's first vote on a quadratic proposal; `relinquish`
//! closes it (rent back to the voter) with the wallet's last vote record.
//! Linear proposals have none.
//!
//! Layout (`VoterRecord::LEN` = 96 bytes):
//!
//! ```text
//! off size field
//!   0   1  discriminator = 5 (AccountKind::VoterRecord)
//!   1   1  version = 1
//!   2   1  bump
//!   3   1  reserved0
//!   4   4  records              u32 the wallet's vote records on the proposal
//!   8  32  proposal
//!  40  32  voter                the wallet
//!  72   8  for_power            u64 Σ power of its vote records for
//!  80   8  against_power        u64 Σ power of its vote records against
//!  88   8  abstain_power        u64 Σ power of its vote records abstaining
//! ```

use super::AccountKind;
use super::proposal::VoteSide;
use keel_sdk::layout::Layout;
use keel_sdk::{aligned_offsets, le_fields};

#[repr(C, align(8))]
pub struct VoterRecord {
    pub discriminator: u8,
    pub version: u8,
    pub bump: u8,
    pub reserved0: u8,
    records: [u8; 4],
    pub proposal: [u8; 32],
    pub voter: [u8; 32],
    for_power: [u8; 8],
    against_power: [u8; 8],
    abstain_power: [u8; 8],
}

impl VoterRecord {
    pub const LEN: usize = 96;

    le_fields! {
        records, set_records: u32;
        for_power, set_for_power: u64;
        against_power, set_against_power: u64;
        abstain_power, set_abstain_power: u64;
    }

    /// The wallet's Σ power on `side`.
    #[inline(always)]
    pub fn power(&self, side: VoteSide) -> u64 {
        match side {
            VoteSide::For => self.for_power(),
            VoteSide::Against => self.against_power(),
            VoteSide::Abstain => self.abstain_power(),
        }
    }

    #[inline(always)]
    pub fn set_power(&mut self, side: VoteSide, power: u64) {
        match side {
            VoteSide::For => self.set_for_power(power),
            VoteSide::Against => self.set_against_power(power),
            VoteSide::Abstain => self.set_abstain_power(power),
        }
    }
}

// SAFETY: `#[repr(C, align(8))]`, byte arrays and `u8`s only, so every bit
// pattern is valid; size and alignment are checked by `Layout`.
unsafe impl Layout for VoterRecord {
    const LEN: usize = VoterRecord::LEN;
    const DISCRIMINATOR: u8 = AccountKind::VoterRecord as u8;
}
aligned_offsets!(VoterRecord, 8: proposal, voter, for_power, against_power, abstain_power);
aligned_offsets!(VoterRecord, 4: records);

#[cfg(test)]
mod tests {
    use super::*;
    use core::mem::offset_of;

    #[test]
    fn offsets() {
        assert_eq!(core::mem::size_of::<VoterRecord>(), VoterRecord::LEN);
        assert_eq!(offset_of!(VoterRecord, records), 4);
        assert_eq!(offset_of!(VoterRecord, proposal), 8);
        assert_eq!(offset_of!(VoterRecord, voter), 40);
        assert_eq!(offset_of!(VoterRecord, for_power), 72);
        assert_eq!(offset_of!(VoterRecord, against_power), 80);
        assert_eq!(offset_of!(VoterRecord, abstain_power), 88);
    }
}
