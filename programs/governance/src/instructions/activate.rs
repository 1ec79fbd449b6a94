//! `activate`: the proposer opens voting on a Draft proposal and the rules it
//! is voted under are fixed (see `GovernanceInstruction::Activate`).

use super::shared::accounts::{self, ok, signer, writable};
use crate::interface::error::GovernanceError;
use crate::interface::event::{Event, EventKind};
use crate::interface::staking;
use crate::interface::state::ProposalState;
use crate::math;
use keel_sdk::clock;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [proposer, config_account, proposal_account, staking_config, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if !data.is_empty() {
        return Err(GovernanceError::InvalidInstructionData.into());
    }
    signer(proposer)?;
    writable(proposal_account)?;
    let config = accounts::config(program_id, config_account)?;
    let mut proposal_ref = accounts::proposal_mut(program_id, proposal_account, config_account.key())?;
    let proposal = &mut *proposal_ref;
    if !pubkey::eq(&proposal.proposer, proposer.key()) {
        return Err(GovernanceError::NotProposer.into());
    }
    if !proposal.is(ProposalState::Draft) {
        return Err(GovernanceError::InvalidProposalState.into());
    }
    let now = clock::unix_timestamp()?;
    let total_power = {
        let sc = accounts::staking_config(&config, staking_config)?;
        // The quorum basis is exact only once staking's schedule has applied
        // every lock end up to today (the client prepends staking `sync`).
        let at = staking::config::SYNCED_DAY;
        let synced_day = u32::from_le_bytes([sc[at], sc[at + 1], sc[at + 2], sc[at + 3]]);
        if synced_day as u64 != now.max(0) as u64 / 86_400 {
            return Err(GovernanceError::StakingNotSynced.into());
        }
        accounts::u64_at(&sc, staking::config::TOTAL_VOTING_POWER)
    };
    let end = ok(now.checked_add(config.voting_period_secs()))?;
    let quorum_required = ok(math::quorum_required(total_power, config.quorum_bps()))?;

    proposal.set_state(ProposalState::Voting);
    proposal.set_start(now);
    proposal.set_end(end);
    proposal.set_total_power(total_power);
    proposal.set_quorum_required(quorum_required);
    proposal.set_quorum_bps(config.quorum_bps());
    proposal.set_approval_bps(config.approval_bps());
    proposal.set_timelock_secs(config.timelock_secs());
    proposal.set_grace_period_secs(config.grace_period_secs());
    proposal.set_extension_secs(config.late_quorum_extension_secs());
    proposal.vote_weighting = config.vote_weighting;

    Event::new(EventKind::ProposalActivated)
        .key(proposal_account.key())
        .i64(now)
        .i64(end)
        .u64(total_power)
        .u64(quorum_required)
        .emit();
    Ok(())
}
