//! `change_vote`: a voter moves their votes to another side while voting is
//! open (see `GovernanceInstruction::ChangeVote`). On a quadratic proposal the
//! moved power leaves the wallet's sums on the old sides and joins its sum on
//! the new one (voter record), each tally following by ⌊√new⌋ − ⌊√old⌋.

use super::shared::accounts::{self, ok, signer, writable};
use super::shared::voter::{self as voter_record, SIDES, SidePowers};
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
    d::expect_len(data, 1)?;
    let side = VoteSide::from_u8(data[0]).ok_or(GovernanceError::InvalidVoteSide)?;

    signer(voter)?;
    writable(proposal_account)?;
    let mut proposal_ref = accounts::any_proposal_mut(program_id, proposal_account)?;
    let proposal = &mut *proposal_ref;
    // Quadratic: the last account is the wallet's voter record.
    let (records, voter_account) = voter_record::split_records(proposal, records)?;
    let quadratic = voter_account.is_some();
    let now = clock::unix_timestamp()?;
    if !tally::voting_open(proposal, now) {
        return Err(GovernanceError::VotingClosed.into());
    }
    for record in records {
        writable(record)?;
        accounts::vote_record_mut(program_id, record, proposal_account.key(), voter.key())?;
    }
    let mut voter_ref = match voter_account {
        Some(account) => {
            writable(account)?;
            Some(voter_record::record_mut(program_id, account, proposal_account.key(), voter.key())?)
        }
        None => None,
    };

    // Linear: each record's weight moves. Quadratic: the power leaving each
    // side is summed, then applied once per side (below).
    let mut weight_total = 0u64;
    let mut leaving: SidePowers = [0; 3];
    for record in records {
        let mut r = accounts::vote_record_mut(program_id, record, proposal_account.key(), voter.key())?;
        let old = VoteSide::from_u8(r.side).ok_or(GovernanceError::InvalidVoteRecord)?;
        if old != side {
            if quadratic {
                voter_record::accumulate(&mut leaving, old, r.power())?;
            } else {
                tally::remove(proposal, old, r.power(), r.weight())?;
                tally::add(proposal, side, r.power(), r.weight())?;
                weight_total = ok(weight_total.checked_add(r.weight()))?;
            }
            r.side = side as u8;
        }
        r.set_voted_at(now);
    }
    if let Some(record) = voter_ref.as_deref_mut() {
        let mut arriving = 0u64;
        for old in SIDES {
            let power = leaving[old as usize];
            if power != 0 {
                voter_record::remove(Some(&mut *proposal), record, old, power)?;
                arriving = ok(arriving.checked_add(power))?;
            }
        }
        weight_total = voter_record::add(proposal, record, side, arriving)?;
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
