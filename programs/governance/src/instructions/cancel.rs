//! `cancel`: the proposer (before any vote) or the guardian cancels a Draft or
//! Voting proposal (see `GovernanceInstruction::Cancel`).

use super::shared::accounts::{self, signer, writable};
use crate::interface::error::GovernanceError;
use crate::interface::event::{Event, EventKind};
use crate::interface::state::ProposalState;
use keel_sdk::clock;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [authority, config_account, proposal_account, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if !data.is_empty() {
        return Err(GovernanceError::InvalidInstructionData.into());
    }
    signer(authority)?;
    writable(proposal_account)?;
    let config = accounts::config(program_id, config_account)?;
    let mut proposal_ref = accounts::proposal_mut(program_id, proposal_account, config_account.key())?;
    let proposal = &mut *proposal_ref;
    let is_guardian = config.has_guardian() && pubkey::eq(&config.guardian, authority.key());
    let is_proposer = pubkey::eq(&proposal.proposer, authority.key());
    if !is_guardian && !is_proposer {
        return Err(GovernanceError::NotProposer.into());
    }
    if !proposal.is(ProposalState::Draft) && !proposal.is(ProposalState::Voting) {
        return Err(GovernanceError::InvalidProposalState.into());
    }
    if is_proposer {
        if proposal.votes_cast() != 0 && !(is_guardian && proposal.guardian_actions == 0) {
            return Err(GovernanceError::ProposalHasVotes.into());
        }
    } else if proposal.guardian_actions != 0 {
        return Err(GovernanceError::GuardianConflict.into());
    }
    proposal.set_state(ProposalState::Cancelled);
    proposal.set_closed_at(clock::unix_timestamp()?);

    Event::new(EventKind::ProposalCancelled).key(proposal_account.key()).key(authority.key()).emit();
    Ok(())
}
