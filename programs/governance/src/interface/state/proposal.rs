//! Proposal: PDA `["proposal", governance, id as u64 LE]`, ids counted by the
//! config from 0.
//!
//! State machine (`state`):
//!
//! ```text
//! Draft ──activate──▶ Voting ──finalize (after end)──▶ Succeeded ──queue──▶ Queued ──execute (every action)──▶ Executed
//!   │                   │                          └─▶ Defeated         │                    │
//!   └──cancel──▶ Cancelled ◀──cancel (proposer: no votes yet; guardian)  │                    │
//!                       └──veto (guardian)──▶ Vetoed ◀──veto─────────────┴──────veto──────────┘
//!                                   Succeeded not queued by end + grace  ─finalize─▶ Expired
//!                                   Queued not executed by eta + grace   ─finalize─▶ Expired
//! ```
//!
//! Expired: a proposal that passed but was not queued within `grace_period_secs`
//! after voting ended, or was queued but not fully executed within
//! `grace_period_secs` after its eta. Its remaining actions can never run.
//! `finalize` writes the state; until someone does, `queue`/`execute` already
//! refuse with `ProposalExpired` and the client shows it as expired.
//! A proposal without actions (text-only) goes from Succeeded to Executed
//! when queued: there is nothing to wait for.
//!
//! Layout (`Proposal::LEN` = 584 bytes; integers little-endian; i64 = unix seconds):
//!
//! ```text
//! off size field
//!   0   1  discriminator = 2 (AccountKind::Proposal)
//!   1   1  version = 1
//!   2   1  bump
//!   3   1  state                ProposalState
//!   4   1  proposal_type        ProposalType
//!   5   1  vote_weighting       taken from the config at activation
//!   6   1  extended             1 once the late-quorum extension applied
//!   7   1  action_count         actions present
//!   8  32  governance           config this proposal belongs to
//!  40  32  proposer
//!  72   8  id                   u64
//!  80   8  proposer_power       u64 Σ voting power of the positions shown at creation
//!  88   8  created_at
//!  96   8  start                voting start (activation), 0 before
//! 104   8  end                  voting end (after any extension), 0 before
//! 112   8  eta                  executable from (queue + timelock), 0 before
//! 120   8  closed_at            when it reached its current final state (or 0)
//! 128   8  total_power          staking total voting power at activation
//! 136   8  quorum_required      ⌈total_power × quorum_bps / 10_000⌉
//! 144   8  for_weight           tallies (weighted: linear or quadratic)
//! 152   8  against_weight
//! 160   8  abstain_weight
//! 168   8  quorum_power         linear voting power of for + abstain votes
//! 176   4  votes                vote records counted now (relinquish removes)
//! 180   4  votes_cast           vote records ever cast (never decreases)
//! 184   4  action_mask          bit i: action i exists
//! 188   4  executed_mask        bit i: action i executed
//! 192   1  next_action_index    index of the next added action (< 32)
//! 193   1  title_len
//! 194   1  uri_len
//! 195   1  guardian_actions     actions that call governance `update_config` Guardian:
//!                               while any, the guardian cannot veto or cancel it
//! 196   2  quorum_bps           snapshot at activation
//! 198   2  approval_bps         snapshot at activation
//! 200   8  timelock_secs        snapshot at activation
//! 208   8  grace_period_secs    snapshot at activation
//! 216   8  extension_secs       late-quorum extension, snapshot at activation
//! 224   8  quorum_reached_at    first time quorum was met while voting, 0 before
//! 232  32  description_hash     sha256 of the document at the URI (client-computed)
//! 264  96  title                UTF-8, title_len bytes used
//! 360 192  uri                  UTF-8, uri_len bytes used
//! 552  32  reserved (zero)
//! ```

use super::AccountKind;
use keel_sdk::layout::Layout;
use keel_sdk::{aligned_offsets, le_fields};

/// Longest title and description URI, in bytes.
pub const MAX_TITLE_LEN: usize = 96;
pub const MAX_URI_LEN: usize = 192;

#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProposalState {
    Draft = 0,
    Voting = 1,
    Succeeded = 2,
    Defeated = 3,
    Queued = 4,
    Executed = 5,
    Cancelled = 6,
    Vetoed = 7,
    Expired = 8,
}

#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProposalType {
    ParameterChange = 0,
    TreasurySpending = 1,
    ProgramUpgradeNote = 2,
    FeatureToggle = 3,
    /// No actions can be added.
    TextOnly = 4,
}

impl ProposalType {
    pub const COUNT: u8 = 5;
}

/// A vote's side (instruction data and vote records).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoteSide {
    For = 0,
    Against = 1,
    Abstain = 2,
}

impl VoteSide {
    pub fn from_u8(value: u8) -> Option<Self> {
        match value {
            0 => Some(Self::For),
            1 => Some(Self::Against),
            2 => Some(Self::Abstain),
            _ => None,
        }
    }

    /// Whether the side counts toward quorum (for and abstain do).
    #[inline(always)]
    pub fn counts_for_quorum(self) -> bool {
        !matches!(self, Self::Against)
    }
}

#[repr(C, align(8))]
pub struct Proposal {
    pub discriminator: u8,
    pub version: u8,
    pub bump: u8,
    pub state: u8,
    pub proposal_type: u8,
    pub vote_weighting: u8,
    pub extended: u8,
    pub action_count: u8,
    pub governance: [u8; 32],
    pub proposer: [u8; 32],
    id: [u8; 8],
    proposer_power: [u8; 8],
    created_at: [u8; 8],
    start: [u8; 8],
    end: [u8; 8],
    eta: [u8; 8],
    closed_at: [u8; 8],
    total_power: [u8; 8],
    quorum_required: [u8; 8],
    for_weight: [u8; 8],
    against_weight: [u8; 8],
    abstain_weight: [u8; 8],
    quorum_power: [u8; 8],
    votes: [u8; 4],
    votes_cast: [u8; 4],
    action_mask: [u8; 4],
    executed_mask: [u8; 4],
    pub next_action_index: u8,
    pub title_len: u8,
    pub uri_len: u8,
    pub guardian_actions: u8,
    quorum_bps: [u8; 2],
    approval_bps: [u8; 2],
    timelock_secs: [u8; 8],
    grace_period_secs: [u8; 8],
    extension_secs: [u8; 8],
    quorum_reached_at: [u8; 8],
    pub description_hash: [u8; 32],
    pub title: [u8; MAX_TITLE_LEN],
    pub uri: [u8; MAX_URI_LEN],
    pub reserved: [u8; 32],
}

impl Proposal {
    pub const LEN: usize = 584;

    le_fields! {
        id, set_id: u64;
        proposer_power, set_proposer_power: u64;
        created_at, set_created_at: i64;
        start, set_start: i64;
        end, set_end: i64;
        eta, set_eta: i64;
        closed_at, set_closed_at: i64;
        total_power, set_total_power: u64;
        quorum_required, set_quorum_required: u64;
        for_weight, set_for_weight: u64;
        against_weight, set_against_weight: u64;
        abstain_weight, set_abstain_weight: u64;
        quorum_power, set_quorum_power: u64;
        votes, set_votes: u32;
        votes_cast, set_votes_cast: u32;
        action_mask, set_action_mask: u32;
        executed_mask, set_executed_mask: u32;
        quorum_bps, set_quorum_bps: u16;
        approval_bps, set_approval_bps: u16;
        timelock_secs, set_timelock_secs: i64;
        grace_period_secs, set_grace_period_secs: i64;
        extension_secs, set_extension_secs: i64;
        quorum_reached_at, set_quorum_reached_at: i64;
    }

    #[inline(always)]
    pub fn is(&self, state: ProposalState) -> bool {
        self.state == state as u8
    }

    #[inline(always)]
    pub fn set_state(&mut self, state: ProposalState) {
        self.state = state as u8;
    }
}

// SAFETY: `#[repr(C, align(8))]`, byte arrays and `u8`s only, so every bit
// pattern is valid; size and alignment are checked by `Layout`.
unsafe impl Layout for Proposal {
    const LEN: usize = Proposal::LEN;
    const DISCRIMINATOR: u8 = AccountKind::Proposal as u8;
}
aligned_offsets!(Proposal, 8: governance, proposer, id, proposer_power, created_at, start, end, eta, closed_at, total_power,
    quorum_required, for_weight, against_weight, abstain_weight, quorum_power, timelock_secs, grace_period_secs,
    extension_secs, quorum_reached_at, description_hash);
aligned_offsets!(Proposal, 4: votes, votes_cast, action_mask, executed_mask);
aligned_offsets!(Proposal, 2: quorum_bps, approval_bps);

#[cfg(test)]
mod tests {
    use super::*;
    use core::mem::offset_of;

    #[test]
    fn offsets() {
        assert_eq!(offset_of!(Proposal, governance), 8);
        assert_eq!(offset_of!(Proposal, proposer), 40);
        assert_eq!(offset_of!(Proposal, id), 72);
        assert_eq!(offset_of!(Proposal, proposer_power), 80);
        assert_eq!(offset_of!(Proposal, start), 96);
        assert_eq!(offset_of!(Proposal, end), 104);
        assert_eq!(offset_of!(Proposal, eta), 112);
        assert_eq!(offset_of!(Proposal, total_power), 128);
        assert_eq!(offset_of!(Proposal, for_weight), 144);
        assert_eq!(offset_of!(Proposal, quorum_power), 168);
        assert_eq!(offset_of!(Proposal, votes), 176);
        assert_eq!(offset_of!(Proposal, action_mask), 184);
        assert_eq!(offset_of!(Proposal, next_action_index), 192);
        assert_eq!(offset_of!(Proposal, quorum_bps), 196);
        assert_eq!(offset_of!(Proposal, timelock_secs), 200);
        assert_eq!(offset_of!(Proposal, quorum_reached_at), 224);
        assert_eq!(offset_of!(Proposal, description_hash), 232);
        assert_eq!(offset_of!(Proposal, title), 264);
        assert_eq!(offset_of!(Proposal, uri), 360);
        assert_eq!(offset_of!(Proposal, reserved), 552);
    }
}
