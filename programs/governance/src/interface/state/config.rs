//! GovernanceConfig: one per staking config, PDA `["governance", staking_config]`.
//! Holds the rules proposals are created, voted and executed under (changed only
//! by `update_config`, signed by the authority PDA, i.e. by an executed proposal)
//! and the addresses governance acts through.
//!
//! Layout (`GovernanceConfig::LEN` = 328 bytes; integers little-endian; i64 = seconds):
//!
//! ```text
//! off size field
//!   0   1  discriminator = 1 (AccountKind::Config)
//!   1   1  version = 1
//!   2   1  bump                 of ["governance", staking_config]
//!   3   1  authority_bump       of ["authority", governance]
//!   4   1  treasury_bump        of ["treasury", governance]
//!   5   1  vote_weighting       0 linear, 1 quadratic (integer square root of power)
//!   6   1  max_actions          per proposal, 0..=MAX_ACTIONS
//!   7   1  reserved
//!   8  32  staking_program      owner of the staking config (and of positions)
//!  40  32  staking_config
//!  72  32  mint                 the staked (and treasury) mint
//! 104  32  token_program        SPL Token or Token-2022, the mint's owner
//! 136  32  authority            PDA ["authority", governance]: staking authority and
//!                               vote authority, owner of the treasury, signer of actions
//! 168  32  treasury             token account PDA ["treasury", governance], owner = authority
//! 200  32  guardian             may cancel, veto and pause staking; all zero = none
//! 232   2  quorum_bps           of the total voting power, for + abstain
//! 234   2  approval_bps         of for / (for + against)
//! 236   4  reserved
//! 240   8  voting_period_secs
//! 248   8  timelock_secs        after queue, before execution
//! 256   8  grace_period_secs    to queue after the vote, and to execute after the eta
//! 264   8  late_quorum_extension_secs
//! 272   8  min_proposal_power   voting power (base units) to create a proposal
//! 280   8  min_vote_power       voting power the positions of one vote must have
//! 288   8  proposal_count       id of the next proposal
//! 296  32  pending_guardian     proposed by update_config Guardian, becomes the guardian when it
//!                               signs accept_guardian; all zero = none
//! ```
//!
//! `pending_guardian` took the former reserved bytes 296..328 (zero in a config
//! from before it, i.e. nothing pending), so every offset and the length are
//! unchanged.

use super::AccountKind;
use keel_sdk::layout::Layout;
use keel_sdk::{aligned_offsets, le_fields};

#[repr(C, align(8))]
pub struct GovernanceConfig {
    pub discriminator: u8,
    pub version: u8,
    pub bump: u8,
    pub authority_bump: u8,
    pub treasury_bump: u8,
    pub vote_weighting: u8,
    pub max_actions: u8,
    pub reserved0: u8,
    pub staking_program: [u8; 32],
    pub staking_config: [u8; 32],
    pub mint: [u8; 32],
    pub token_program: [u8; 32],
    pub authority: [u8; 32],
    pub treasury: [u8; 32],
    pub guardian: [u8; 32],
    quorum_bps: [u8; 2],
    approval_bps: [u8; 2],
    pub reserved1: [u8; 4],
    voting_period_secs: [u8; 8],
    timelock_secs: [u8; 8],
    grace_period_secs: [u8; 8],
    late_quorum_extension_secs: [u8; 8],
    min_proposal_power: [u8; 8],
    min_vote_power: [u8; 8],
    proposal_count: [u8; 8],
    pub pending_guardian: [u8; 32],
}

impl GovernanceConfig {
    pub const LEN: usize = 328;

    le_fields! {
        quorum_bps, set_quorum_bps: u16;
        approval_bps, set_approval_bps: u16;
        voting_period_secs, set_voting_period_secs: i64;
        timelock_secs, set_timelock_secs: i64;
        grace_period_secs, set_grace_period_secs: i64;
        late_quorum_extension_secs, set_late_quorum_extension_secs: i64;
        min_proposal_power, set_min_proposal_power: u64;
        min_vote_power, set_min_vote_power: u64;
        proposal_count, set_proposal_count: u64;
    }

    /// Whether a guardian is appointed (a non-zero key).
    #[inline(always)]
    pub fn has_guardian(&self) -> bool {
        self.guardian != [0; 32]
    }

    /// Whether a guardian hand-over is pending (a non-zero `pending_guardian`).
    #[inline(always)]
    pub fn has_pending_guardian(&self) -> bool {
        self.pending_guardian != [0; 32]
    }
}

// SAFETY: `#[repr(C, align(8))]`, byte arrays and `u8`s only, so every bit
// pattern is valid; size and alignment are checked by `Layout`.
unsafe impl Layout for GovernanceConfig {
    const LEN: usize = GovernanceConfig::LEN;
    const DISCRIMINATOR: u8 = AccountKind::Config as u8;
}
aligned_offsets!(GovernanceConfig, 8: staking_program, staking_config, mint, token_program, authority, treasury, guardian,
    pending_guardian, voting_period_secs, timelock_secs, grace_period_secs, late_quorum_extension_secs, min_proposal_power, min_vote_power,
    proposal_count);
aligned_offsets!(GovernanceConfig, 2: quorum_bps, approval_bps);

/// How a position's voting power counts in the tallies.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoteWeighting {
    /// weight = voting power.
    Linear = 0,
    /// weight = ⌊√(voting power)⌋ (power in base units), per position.
    Quadratic = 1,
}

impl VoteWeighting {
    pub fn from_u8(value: u8) -> Option<Self> {
        match value {
            0 => Some(Self::Linear),
            1 => Some(Self::Quadratic),
            _ => None,
        }
    }
}

/// Seconds in an hour and a day.
pub const HOUR: i64 = 3_600;
pub const DAY: i64 = 86_400;
/// Base units per whole token (9 decimals).
pub const TOKEN: u64 = 1_000_000_000;

/// Most actions one proposal can hold (`max_actions` ≤ this); action indices
/// are below `ACTION_INDEX_LIMIT` (bits of the proposal's u32 masks), so a
/// draft can add at most 32 actions over its life, removals included.
pub const MAX_ACTIONS: u8 = 16;
pub const ACTION_INDEX_LIMIT: u8 = 32;

/// Defaults (docs/product.md; the issue stands where they differ). The client
/// passes them to `initialize` unless told otherwise.
pub mod defaults {
    use super::{DAY, HOUR, TOKEN};

    pub const QUORUM_BPS: u16 = 1_000;
    pub const APPROVAL_BPS: u16 = 6_600;
    pub const VOTING_PERIOD_SECS: i64 = 7 * DAY;
    pub const TIMELOCK_SECS: i64 = 3 * DAY;
    pub const GRACE_PERIOD_SECS: i64 = 14 * DAY;
    pub const LATE_QUORUM_EXTENSION_SECS: i64 = 24 * HOUR;
    pub const MIN_PROPOSAL_POWER: u64 = 10_000 * TOKEN;
    pub const MIN_VOTE_POWER: u64 = 1_000 * TOKEN;
    pub const MAX_ACTIONS: u8 = 10;
}

/// Bounds `initialize` and `update_config` enforce.
pub mod bounds {
    use super::{DAY, HOUR};

    /// Quorum in (0, 100 %].
    pub const MIN_QUORUM_BPS: u16 = 1;
    pub const MAX_QUORUM_BPS: u16 = 10_000;
    /// Approval is a strict majority at least: (50 %, 100 %].
    pub const MIN_APPROVAL_BPS: u16 = 5_001;
    pub const MAX_APPROVAL_BPS: u16 = 10_000;
    /// Voting lasts 1 hour to 30 days.
    pub const MIN_VOTING_PERIOD_SECS: i64 = HOUR;
    pub const MAX_VOTING_PERIOD_SECS: i64 = 30 * DAY;
    /// Timelock 0 to 30 days.
    pub const MAX_TIMELOCK_SECS: i64 = 30 * DAY;
    /// Grace period 1 to 90 days.
    pub const MIN_GRACE_PERIOD_SECS: i64 = DAY;
    pub const MAX_GRACE_PERIOD_SECS: i64 = 90 * DAY;
    /// Late-quorum extension 0 (off) to 7 days. Voting period + extension stays
    /// well inside the staking program's 90-day vote-lock limit.
    pub const MAX_LATE_QUORUM_EXTENSION_SECS: i64 = 7 * DAY;
}

#[cfg(test)]
mod tests {
    use super::*;
    use core::mem::offset_of;

    #[test]
    fn offsets() {
        assert_eq!(offset_of!(GovernanceConfig, staking_program), 8);
        assert_eq!(offset_of!(GovernanceConfig, staking_config), 40);
        assert_eq!(offset_of!(GovernanceConfig, mint), 72);
        assert_eq!(offset_of!(GovernanceConfig, token_program), 104);
        assert_eq!(offset_of!(GovernanceConfig, authority), 136);
        assert_eq!(offset_of!(GovernanceConfig, treasury), 168);
        assert_eq!(offset_of!(GovernanceConfig, guardian), 200);
        assert_eq!(offset_of!(GovernanceConfig, quorum_bps), 232);
        assert_eq!(offset_of!(GovernanceConfig, approval_bps), 234);
        assert_eq!(offset_of!(GovernanceConfig, voting_period_secs), 240);
        assert_eq!(offset_of!(GovernanceConfig, late_quorum_extension_secs), 264);
        assert_eq!(offset_of!(GovernanceConfig, min_vote_power), 280);
        assert_eq!(offset_of!(GovernanceConfig, proposal_count), 288);
        assert_eq!(offset_of!(GovernanceConfig, pending_guardian), 296);
    }
}
