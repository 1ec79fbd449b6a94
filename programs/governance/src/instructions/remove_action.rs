//! `remove_action`: the proposer removes an action from a Draft proposal
//! (see `GovernanceInstruction::RemoveAction`).

use super::shared::accounts::{self, signer, writable};
use crate::interface::error::GovernanceError;
use crate::interface::event::{Event, EventKind};
use super::add_action::changes_guardian;
use crate::interface::state::{Action, ProposalState};
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [proposer, proposal_account, action_account, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if !data.is_empty() {
        return Err(GovernanceError::InvalidInstructionData.into());
    }
    signer(proposer)?;
    writable(proposer)?;
    writable(proposal_account)?;
    writable(action_account)?;
    let mut proposal_ref = accounts::any_proposal_mut(program_id, proposal_account)?;
    let proposal = &mut *proposal_ref;
    if !pubkey::eq(&proposal.proposer, proposer.key()) {
        return Err(GovernanceError::NotProposer.into());
    }
    if !proposal.is(ProposalState::Draft) {
        return Err(GovernanceError::InvalidProposalState.into());
    }
    let (index, guardian) = {
        let action_data = accounts::action_mut(program_id, action_account, proposal_account.key())?;
        let action = Action::load(&action_data).ok_or(GovernanceError::InvalidAction)?;
        (action.index, changes_guardian(program_id, &action.program_id, action.instruction_data(&action_data)))
    };
    if guardian {
        proposal.guardian_actions = proposal.guardian_actions.saturating_sub(1);
    }
    proposal.set_action_mask(proposal.action_mask() & !(1 << index));
    proposal.action_count = proposal.action_count.saturating_sub(1);
    keel_sdk::account::close(action_account, proposer)?;

    Event::new(EventKind::ActionRemoved).key(proposal_account.key()).u8(index).emit();
    Ok(())
}
