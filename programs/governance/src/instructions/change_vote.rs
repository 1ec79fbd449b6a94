//! `change_vote`: a voter moves their votes to another side while voting is
//! open (see `GovernanceInstruction::ChangeVote`).

use super::shared::accounts::{self, ok, signer, writable};
use super::shared::tally;
use crate::interface::error::GovernanceError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::data as d;
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
    d::expect_len(data, 1)?;
    let side = VoteSide::from_u8(data[0]).ok_or(GovernanceError::InvalidVoteSide)?;

    signer(voter)?;
    writable(proposal_account)?;
    let mut proposal_ref = accounts::any_proposal_mut(program_id, proposal_account)?;
    let proposal = &mut *proposal_ref;
    let now = clock::unix_timestamp()?;
    if !tally::voting_open(proposal, now) {
        return Err(GovernanceError::VotingClosed.into());
    }
    for record in records {
        writable(record)?;
        accounts::vote_record_mut(program_id, record, proposal_account.key(), voter.key())?;
    }

    let mut weight_total = 0u64;
    for record in records {
        let mut r = accounts::vote_record_mut(program_id, record, proposal_account.key(), voter.key())?;
        let old = VoteSide::from_u8(r.side).ok_or(GovernanceError::InvalidVoteRecord)?;
        if old != side {
            tally::remove(proposal, old, r.power(), r.weight())?;
            tally::add(proposal, side, r.power(), r.weight())?;
            r.side = side as u8;
            weight_total = ok(weight_total.checked_add(r.weight()))?;
        }
        r.set_voted_at(now);
    }
    let extended = tally::update_quorum(proposal, now)?;

    Event::new(EventKind::VoteChanged)
        .key(proposal_account.key())
        .key(voter.key())
        .u8(side as u8)
        .u8(records.len() as u8)
        .u64(weight_total)
        .emit();
    if extended {
        Event::new(EventKind::VotingExtended).key(proposal_account.key()).i64(proposal.end()).emit();
    }
    Ok(())
}
