//! The parts of the staking program governance reads and calls, by byte offset
//! (`programs/staking/src/interface/state/{config,position}.rs`, pinned there
//! by tests). Governance does not link the staking crate: a program crate depends
//! on `keel-sdk` only, and these few offsets are the whole contract.
//!
//! A position's current voting power is the staking program's rule
//! (`state::position`, its curve): `amount × fall_multiplier_bps / 10_000` once
//! a lock of tier 1..=4 has ended (`now >= lock_end`, a 00:00 UTC boundary),
//! else the stored `voting_power`. The staking totals follow the same curves
//! exactly (its schedule), once synced to the current day (`SYNCED_DAY`).
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
    /// `u64` Σ every position's voting power at the last settled time: exact
    /// now when `SYNCED_DAY` is today (lock ends are scheduled on 00:00 UTC).
    pub const TOTAL_VOTING_POWER: usize = 368;
    /// `u32` the day (`unix_ts / 86_400`) of the last boundary the staking
    /// schedule has crossed: staking `sync` brings it to today.
    pub const SYNCED_DAY: usize = 536;
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
    /// `u16` what the multiplier falls to at `lock_end` (set at each write).
    pub const FALL_MULTIPLIER_BPS: usize = 78;
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
    /// `lock_for_vote`: accounts `[s] vote authority, [w] config, [w] schedule,
    /// [w] position, [] Clock sysvar`; data `13, until i64`.
    pub const LOCK_FOR_VOTE: u8 = 13;
    /// `accept_authority`: accounts `[s] pending key, [w] config`; data `17, which u8`
    /// (0 authority, 1 vote authority).
    pub const ACCEPT_AUTHORITY: u8 = 17;
}
