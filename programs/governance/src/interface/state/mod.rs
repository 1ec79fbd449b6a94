//! Account layouts, read and written in place.
//!
//! Every account is a `#[repr(C, align(8))]` struct of byte arrays with
//! little-endian getters/setters (`keel_sdk::le_fields!`), a `LEN`, and
//! `keel_sdk::layout::Layout`, whose `load`/`load_mut` check the length, the
//! 8-byte alignment and the discriminator (the owner is the caller's check:
//! `instructions::shared::accounts`); `Action` is variable-length and has its
//! own. Every integer sits at an offset that is a multiple of its size
//! (`keel_sdk::aligned_offsets!`), so a getter is one load (see
//! `keel_sdk::layout`), and keys at 8-aligned offsets compare as four u64
//! words. Byte offsets are listed in each file and pinned by `tests` at the
//! bottom, since the TypeScript decoders (`lib/programs/governance/accounts.ts`)
//! read them.
//!
//! The staking program's accounts governance reads are described in
//! `interface::staking` (governance does not link the staking crate).

pub mod action;
pub mod config;
pub mod proposal;
pub mod vote_record;
pub mod voter_record;

pub use action::Action;
pub use config::GovernanceConfig;
pub use proposal::{Proposal, ProposalState};
pub use vote_record::VoteRecord;
pub use voter_record::VoterRecord;

/// First byte of every account of this program (`Uninitialized` is
/// `keel_sdk::layout::UNINITIALIZED`).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountKind {
    /// Never written: a fresh account is all zeroes.
    Uninitialized = 0,
    Config = 1,
    Proposal = 2,
    Action = 3,
    VoteRecord = 4,
    VoterRecord = 5,
}

/// Layout version written at byte 1 of every account.
pub const LAYOUT_VERSION: u8 = 1;

/// Copies a 32-byte key. Keys in the input buffer (account keys, keys at this
/// program's 8-aligned offsets) are 8-aligned: four u64 moves. Anything else
/// goes through `sol_memcpy_` (a different path LLVM cannot merge into a
/// byte-by-byte copy of both cases).
#[inline(always)]
pub fn copy_key(dst: &mut [u8; 32], src: &[u8; 32]) {
    let (d, s) = (dst.as_mut_ptr(), src.as_ptr());
    if (d as usize | s as usize) & 7 == 0 {
        // SAFETY: both 8-aligned (checked) and 32 bytes long; `&mut` and `&`
        // do not overlap.
        unsafe {
            let (d, s) = (d as *mut u64, s as *const u64);
            *d = *s;
            *d.add(1) = *s.add(1);
            *d.add(2) = *s.add(2);
            *d.add(3) = *s.add(3);
        }
    } else {
        // SAFETY: 32 bytes each, not overlapping (`&mut` and `&`).
        unsafe { keel_sdk::mem::copy_unchecked(d, s, 32) }
    }
}
