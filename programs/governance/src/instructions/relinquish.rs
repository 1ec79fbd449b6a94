//! `relinquish`: a voter withdraws votes (while voting is open) or just
//! reclaims the vote records' rent (afterwards)
//! (see `GovernanceInstruction::Relinquish`).

use super::shared::accounts::{self, ok, signer, writable};
use super::shared::tally;
use crate::interface::error::GovernanceError;
use crate::interface::event::{Event, EventKind};
use crate::interface::state::proposal::VoteSide;
use keel_sdk::clock;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [voter, proposal_account, records @ ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if records.is_empty() {
        return Err(ProgramError::NotEnoughAccountKeys);
    }
    if !data.is_empty() {
        return Err(GovernanceError::InvalidInstructionData.into());
    }
    signer(voter)?;
    writable(voter)?;
    writable(proposal_account)?;
    let mut proposal_ref = accounts::any_proposal_mut(program_id, proposal_account)?;
    let proposal = &mut *proposal_ref;
    for record in records {
        writable(record)?;
        accounts::vote_record_mut(program_id, record, proposal_account.key(), voter.key())?;
    }

    let open = tally::voting_open(proposal, clock::unix_timestamp()?);
    let mut removed = 0u64;
    for record in records {
        if open {
            // Loaded again: a record passed twice is closed (zeroed) by now and fails here.
            let r = accounts::vote_record_mut(program_id, record, proposal_account.key(), voter.key())?;
            let side = VoteSide::from_u8(r.side).ok_or(GovernanceError::InvalidVoteRecord)?;
            tally::remove(proposal, side, r.power(), r.weight())?;
            proposal.set_votes(ok(proposal.votes().checked_sub(1))?);
            removed = ok(removed.checked_add(r.weight()))?;
        } else {
            accounts::vote_record_mut(program_id, record, proposal_account.key(), voter.key())?;
        }
        keel_sdk::account::close(record, voter)?;
    }

    Event::new(EventKind::VoteRelinquished)
        .key(proposal_account.key())
        .key(voter.key())
        .u8(records.len() as u8)
        .u64(removed)
        .emit();
    Ok(())
}
