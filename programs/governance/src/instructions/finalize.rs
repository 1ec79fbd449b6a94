//! `finalize`: anyone settles a proposal whose clock ran out: the vote's result,
//! or expiry of a passed proposal nobody queued or executed in time
//! (see `GovernanceInstruction::Finalize`).

use super::shared::accounts::{self, ok, writable};
use crate::interface::error::GovernanceError;
use crate::interface::event::{Event, EventKind};
use crate::interface::state::ProposalState;
use crate::math;
use keel_sdk::clock;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [proposal_account, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if !data.is_empty() {
        return Err(GovernanceError::InvalidInstructionData.into());
    }
    writable(proposal_account)?;
    let mut proposal_ref = accounts::any_proposal_mut(program_id, proposal_account)?;
    let proposal = &mut *proposal_ref;
    let now = clock::unix_timestamp()?;

    if proposal.is(ProposalState::Voting) {
        if now < proposal.end() {
            return Err(GovernanceError::VotingStillOpen.into());
        }
        let quorum = proposal.quorum_power() >= proposal.quorum_required();
        let approved = ok(math::approved(proposal.for_weight(), proposal.against_weight(), proposal.approval_bps()))?;
        let state = if quorum && approved { ProposalState::Succeeded } else { ProposalState::Defeated };
        proposal.set_state(state);
        proposal.set_closed_at(now);
        Event::new(EventKind::ProposalFinalized)
            .key(proposal_account.key())
            .u8(state as u8)
            .u64(proposal.for_weight())
            .u64(proposal.against_weight())
            .u64(proposal.abstain_weight())
            .u64(proposal.quorum_power())
            .emit();
        return Ok(());
    }
    let deadline = if proposal.is(ProposalState::Succeeded) {
        proposal.end()
    } else if proposal.is(ProposalState::Queued) {
        proposal.eta()
    } else {
        return Err(GovernanceError::InvalidProposalState.into());
    };
    if now <= ok(deadline.checked_add(proposal.grace_period_secs()))? {
        return Err(GovernanceError::ProposalNotExpired.into());
    }
    proposal.set_state(ProposalState::Expired);
    proposal.set_closed_at(now);
    Event::new(EventKind::ProposalExpired).key(proposal_account.key()).emit();
    Ok(())
}
