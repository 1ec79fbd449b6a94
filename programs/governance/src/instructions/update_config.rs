//! `update_config`: the authority PDA, i.e. an executed proposal, changes one
//! governance parameter (see `GovernanceInstruction::UpdateConfig`).

use super::shared::accounts::{self, address, signer, writable};
use super::shared::params;
use crate::interface::error::GovernanceError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::{ConfigField, data as d};
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [authority, config_account, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    let (&field, value) = data.split_first().ok_or(GovernanceError::InvalidInstructionData)?;
    signer(authority)?;
    writable(config_account)?;
    let mut config_ref = accounts::config_mut(program_id, config_account)?;
    let config = &mut *config_ref;
    address(authority, &config.authority, GovernanceError::NotAuthority)?;

    match field {
        f if f == ConfigField::QuorumBps as u8 => {
            d::expect_len(value, 2)?;
            config.set_quorum_bps(params::quorum_bps(d::u16_at(value, 0))?);
        }
        f if f == ConfigField::ApprovalBps as u8 => {
            d::expect_len(value, 2)?;
            config.set_approval_bps(params::approval_bps(d::u16_at(value, 0))?);
        }
        f if f == ConfigField::VotingPeriod as u8 => {
            d::expect_len(value, 8)?;
            config.set_voting_period_secs(params::voting_period(d::i64_at(value, 0))?);
        }
        f if f == ConfigField::Timelock as u8 => {
            d::expect_len(value, 8)?;
            config.set_timelock_secs(params::timelock(d::i64_at(value, 0))?);
        }
        f if f == ConfigField::GracePeriod as u8 => {
            d::expect_len(value, 8)?;
            config.set_grace_period_secs(params::grace_period(d::i64_at(value, 0))?);
        }
        f if f == ConfigField::LateQuorumExtension as u8 => {
            d::expect_len(value, 8)?;
            config.set_late_quorum_extension_secs(params::late_quorum_extension(d::i64_at(value, 0))?);
        }
        f if f == ConfigField::MinProposalPower as u8 => {
            d::expect_len(value, 8)?;
            config.set_min_proposal_power(d::u64_at(value, 0));
        }
        f if f == ConfigField::MinVotePower as u8 => {
            d::expect_len(value, 8)?;
            config.set_min_vote_power(d::u64_at(value, 0));
        }
        f if f == ConfigField::MaxActions as u8 => {
            d::expect_len(value, 1)?;
            config.max_actions = params::max_actions(value[0])?;
        }
        f if f == ConfigField::VoteWeighting as u8 => {
            d::expect_len(value, 1)?;
            config.vote_weighting = params::vote_weighting(value[0])?;
        }
        f if f == ConfigField::Guardian as u8 => {
            // Proposes only: the key takes the role when it signs accept_guardian.
            d::expect_len(value, 32)?;
            let proposed = d::key_at(value, 0);
            if proposed == [0; 32] {
                let dropped = config.pending_guardian;
                config.pending_guardian = [0; 32];
                Event::new(EventKind::GuardianProposalCancelled).key(&dropped).emit();
            } else {
                config.pending_guardian = proposed;
                Event::new(EventKind::GuardianProposed).key(&proposed).emit();
            }
            return Ok(());
        }
        f if f == ConfigField::RemoveGuardian as u8 => {
            d::expect_len(value, 0)?;
            config.guardian = [0; 32];
            config.pending_guardian = [0; 32];
        }
        _ => return Err(GovernanceError::InvalidInstructionData.into()),
    }

    Event::new(EventKind::ConfigUpdated).u8(field).emit_with(value);
    Ok(())
}
