//! `queue`: anyone starts the timelock of a Succeeded proposal
//! (see `GovernanceInstruction::Queue`).

use super::shared::accounts::{self, ok, writable};
use crate::interface::error::GovernanceError;
use crate::interface::event::{Event, EventKind};
use crate::interface::state::ProposalState;
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
    if !proposal.is(ProposalState::Succeeded) {
        return Err(GovernanceError::InvalidProposalState.into());
    }
    let now = clock::unix_timestamp()?;
    if now > ok(proposal.end().checked_add(proposal.grace_period_secs()))? {
        return Err(GovernanceError::ProposalExpired.into());
    }
    if proposal.action_count == 0 {
        // Nothing to run (text-only): done.
        proposal.set_eta(now);
        proposal.set_state(ProposalState::Executed);
        proposal.set_closed_at(now);
        Event::new(EventKind::ProposalQueued).key(proposal_account.key()).i64(now).emit();
        Event::new(EventKind::ProposalExecuted).key(proposal_account.key()).emit();
        return Ok(());
    }
    let eta = ok(now.checked_add(proposal.timelock_secs()))?;
    proposal.set_eta(eta);
    proposal.set_state(ProposalState::Queued);
    Event::new(EventKind::ProposalQueued).key(proposal_account.key()).i64(eta).emit();
    Ok(())
}
