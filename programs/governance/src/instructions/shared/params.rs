//! Governance parameters: the bounds `initialize` and `update_config` share.

use crate::interface::error::GovernanceError;
use crate::interface::instruction::data as d;
use crate::interface::state::GovernanceConfig;
use crate::interface::state::config::{MAX_ACTIONS, VoteWeighting, bounds};
use keel_sdk::ProgramError;

fn check(ok: bool) -> Result<(), ProgramError> {
    if ok { Ok(()) } else { Err(GovernanceError::InvalidParameter.into()) }
}

pub fn quorum_bps(value: u16) -> Result<u16, ProgramError> {
    check((bounds::MIN_QUORUM_BPS..=bounds::MAX_QUORUM_BPS).contains(&value)).map(|_| value)
}

pub fn approval_bps(value: u16) -> Result<u16, ProgramError> {
    check((bounds::MIN_APPROVAL_BPS..=bounds::MAX_APPROVAL_BPS).contains(&value)).map(|_| value)
}

pub fn voting_period(value: i64) -> Result<i64, ProgramError> {
    check((bounds::MIN_VOTING_PERIOD_SECS..=bounds::MAX_VOTING_PERIOD_SECS).contains(&value)).map(|_| value)
}

pub fn timelock(value: i64) -> Result<i64, ProgramError> {
    check((0..=bounds::MAX_TIMELOCK_SECS).contains(&value)).map(|_| value)
}

pub fn grace_period(value: i64) -> Result<i64, ProgramError> {
    check((bounds::MIN_GRACE_PERIOD_SECS..=bounds::MAX_GRACE_PERIOD_SECS).contains(&value)).map(|_| value)
}

pub fn late_quorum_extension(value: i64) -> Result<i64, ProgramError> {
    check((0..=bounds::MAX_LATE_QUORUM_EXTENSION_SECS).contains(&value)).map(|_| value)
}

pub fn max_actions(value: u8) -> Result<u8, ProgramError> {
    check(value <= MAX_ACTIONS).map(|_| value)
}

pub fn vote_weighting(value: u8) -> Result<u8, ProgramError> {
    check(VoteWeighting::from_u8(value).is_some()).map(|_| value)
}

/// `initialize`'s 86-byte parameters (layout in `GovernanceInstruction::Initialize`).
pub struct Params {
    quorum_bps: u16,
    approval_bps: u16,
    voting_period: i64,
    timelock: i64,
    grace_period: i64,
    extension: i64,
    min_proposal_power: u64,
    min_vote_power: u64,
    max_actions: u8,
    vote_weighting: u8,
    guardian: [u8; 32],
}

impl Params {
    /// Reads and checks the parameters (`InvalidParameter` out of bounds).
    pub fn read(data: &[u8]) -> Result<Self, ProgramError> {
        Ok(Self {
            quorum_bps: quorum_bps(d::u16_at(data, 0))?,
            approval_bps: approval_bps(d::u16_at(data, 2))?,
            voting_period: voting_period(d::i64_at(data, 4))?,
            timelock: timelock(d::i64_at(data, 12))?,
            grace_period: grace_period(d::i64_at(data, 20))?,
            extension: late_quorum_extension(d::i64_at(data, 28))?,
            min_proposal_power: d::u64_at(data, 36),
            min_vote_power: d::u64_at(data, 44),
            max_actions: max_actions(data[52])?,
            vote_weighting: vote_weighting(data[53])?,
            guardian: d::key_at(data, 54),
        })
    }

    /// Writes the parameters into `config`.
    pub fn write(&self, config: &mut GovernanceConfig) {
        config.set_quorum_bps(self.quorum_bps);
        config.set_approval_bps(self.approval_bps);
        config.set_voting_period_secs(self.voting_period);
        config.set_timelock_secs(self.timelock);
        config.set_grace_period_secs(self.grace_period);
        config.set_late_quorum_extension_secs(self.extension);
        config.set_min_proposal_power(self.min_proposal_power);
        config.set_min_vote_power(self.min_vote_power);
        config.max_actions = self.max_actions;
        config.vote_weighting = self.vote_weighting;
        config.guardian = self.guardian;
    }
}
