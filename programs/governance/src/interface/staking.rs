//! The parts of the staking program governance reads and calls, by byte offset
//! (`programs/staking/src/interface/state/{config,position}.rs`, pinned there
//! by tests). Governance does not link the staking crate: a program crate depends
//! on `keel-sdk` only, and these few offsets are the whole contract.
//!
//! A position's current voting power is the staking program's rule
//! (`state::position`): `amount × tiers[0].multiplier / 10_000` once a lock of
//! tier 1..=4 has ended (`now >= lock_end`), else the stored `voting_power` —
//! the stored value lags until staking recomputes the position.
//!
//! Every read checks the account's owner (the staking program recorded in the
//! governance config), its length and its discriminator first.

/// Staking `Config` (layout v2: 640 bytes, discriminator 1).
pub mod config {
    pub const LEN: usize = 640;
    pub const DISCRIMINATOR: u8 = 1;
    /// `[u8; 32]` authority (update_config signer).
    pub const AUTHORITY: usize = 8;
    /// `[u8; 32]` vote authority (lock_for_vote signer).
    pub const VOTE_AUTHORITY: usize = 40;
    /// `[u8; 32]` mint.
    pub const MINT: usize = 72;
    /// `[u8; 32]` token program.
    pub const TOKEN_PROGRAM: usize = 104;
    /// `u16` `tiers[0].multiplier_bps`: what an ended lock counts at (tiers at
    /// 232, 16 bytes each, multiplier at +8).
    pub const TIER0_MULTIPLIER_BPS: usize = 240;
    /// `u64` Σ stored voting power of all positions (ended locks count at their
    /// old multiplier until recomputed).
    pub const TOTAL_VOTING_POWER: usize = 368;
}

/// Staking `Position` (216 bytes, discriminator 2).
pub mod position {
    pub const LEN: usize = 216;
    pub const DISCRIMINATOR: u8 = 2;
    /// `[u8; 32]` owner.
    pub const OWNER: usize = 8;
    /// `u8` tier (0 = no lock).
    pub const TIER: usize = 3;
    /// `[u8; 32]` config.
    pub const CONFIG: usize = 40;
    /// `u64` staked amount.
    pub const AMOUNT: usize = 80;
    /// `i64` end of the lock.
    pub const LOCK_END: usize = 96;
    /// `u64` stored voting power = amount × multiplier at the last recompute.
    pub const VOTING_POWER: usize = 104;
}

/// Staking instructions governance invokes (first data byte).
pub mod instruction {
    /// `update_config`: accounts `[s] authority, [w] config`; data `1, field, value`.
    pub const UPDATE_CONFIG: u8 = 1;
    /// `update_config` field `SetPaused`: value `paused u8`.
    pub const SET_PAUSED: u8 = 0;
    /// `lock_for_vote`: accounts `[s] vote authority, [w] config, [w] position`;
    /// data `13, until i64`.
    pub const LOCK_FOR_VOTE: u8 = 13;
    /// `accept_authority`: accounts `[s] pending key, [w] config`; data `17, which u8`
    /// (0 authority, 1 vote authority).
    pub const ACCEPT_AUTHORITY: u8 = 17;
}
