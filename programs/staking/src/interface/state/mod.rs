//! Account layouts, read and written in place.
//!
//! Every account is a `#[repr(C, align(8))]` struct of byte arrays with
//! little-endian getters/setters (`keel_sdk::le_fields!`), a `LEN`, and
//! `keel_sdk::layout::Layout`, whose `load`/`load_mut` check the length, the
//! 8-byte alignment and the discriminator (the owner is the caller's check:
//! `instructions::shared::accounts`). Every integer sits at an offset that is a
//! multiple of its size (`keel_sdk::aligned_offsets!`), so a getter is one load
//! (see `keel_sdk::layout` for why this departs from p-token's alignment-1
//! structs). Byte offsets are listed in
//! each file; `lib/programs/staking/client.test.ts` checks the TypeScript
//! decoders against those tables, since the governance program and the web app
//! read the accounts directly.

pub mod config;
pub mod position;
pub mod schedule;
pub mod staker;

pub use config::{Config, Tier};
pub use position::Position;
pub use staker::Staker;

/// First byte of every account of this program (`Uninitialized` is
/// `keel_sdk::layout::UNINITIALIZED`).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountKind {
    /// Never written: a fresh account is all zeroes.
    Uninitialized = 0,
    Config = 1,
    Position = 2,
    Staker = 3,
    /// Scheduled weight drops and the accumulator history (`schedule.rs`; not yet created).
    Schedule = 4,
}

/// Layout version written at byte 1 of every account.
pub const LAYOUT_VERSION: u8 = 1;
