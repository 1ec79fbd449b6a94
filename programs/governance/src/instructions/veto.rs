//! `veto`: the guardian stops a proposal that is Voting, Succeeded or Queued
//! (see `GovernanceInstruction::Veto`).

use super::shared::accounts::{self, signer, writable};
use crate::interface::error::GovernanceError;
use crate::interface::event::{Event, EventKind};
use crate::interface::state::ProposalState;
use keel_sdk::clock;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [guardian, config_account, proposal_account, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if !data.is_empty() {
        return Err(GovernanceError::InvalidInstructionData.into());
    }
    signer(guardian)?;
    writable(proposal_account)?;
    let config = accounts::config(program_id, config_account)?;
    let mut proposal_ref = accounts::proposal_mut(program_id, proposal_account, config_account.key())?;
    let proposal = &mut *proposal_ref;
    if !config.has_guardian() || !pubkey::eq(&config.guardian, guardian.key()) {
        return Err(GovernanceError::NotGuardian.into());
    }
    if !proposal.is(ProposalState::Voting) && !proposal.is(ProposalState::Succeeded) && !proposal.is(ProposalState::Queued) {
        return Err(GovernanceError::InvalidProposalState.into());
    }
    if proposal.guardian_actions != 0 {
        return Err(GovernanceError::GuardianConflict.into());
    }
    proposal.set_state(ProposalState::Vetoed);
    proposal.set_closed_at(clock::unix_timestamp()?);

    Event::new(EventKind::ProposalVetoed).key(proposal_account.key()).key(guardian.key()).emit();
    Ok(())
}
