//! `relinquish`: a voter withdraws votes (while voting is open) or just
//! reclaims the vote records' rent (afterwards)
//! (see `GovernanceInstruction::Relinquish`). On a quadratic proposal the
//! power leaves the wallet's sums (voter record), each tally following by
//! ⌊√new⌋ − ⌊√old⌋ while voting is open, and the voter record closes with the
//! wallet's last vote record.

use super::shared::accounts::{self, ok, signer, writable};
use super::shared::voter::{self as voter_record, SIDES, SidePowers};
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
    if !data.is_empty() {
        return Err(GovernanceError::InvalidInstructionData.into());
    }
    signer(voter)?;
    writable(voter)?;
    writable(proposal_account)?;
    let mut proposal_ref = accounts::any_proposal_mut(program_id, proposal_account)?;
    let proposal = &mut *proposal_ref;
    // Quadratic: the last account is the wallet's voter record.
    let (records, voter_account) = voter_record::split_records(proposal, records)?;
    let quadratic = voter_account.is_some();
    for record in records {
        writable(record)?;
        accounts::vote_record_mut(program_id, record, proposal_account.key(), voter.key())?;
    }
    if let Some(account) = voter_account {
        writable(account)?;
        voter_record::record_mut(program_id, account, proposal_account.key(), voter.key())?;
    }

    let open = tally::voting_open(proposal, clock::unix_timestamp()?);
    let mut removed = 0u64;
    let mut leaving: SidePowers = [0; 3];
    for record in records {
        // Loaded again: a record passed twice is closed (zeroed) by now and fails here.
        let r = accounts::vote_record_mut(program_id, record, proposal_account.key(), voter.key())?;
        let side = VoteSide::from_u8(r.side).ok_or(GovernanceError::InvalidVoteRecord)?;
        if quadratic {
            voter_record::accumulate(&mut leaving, side, r.power())?;
        }
        if open {
            if !quadratic {
                tally::remove(proposal, side, r.power(), r.weight())?;
                removed = ok(removed.checked_add(r.weight()))?;
            }
            proposal.set_votes(ok(proposal.votes().checked_sub(1))?);
        }
        drop(r);
        keel_sdk::account::close(record, voter)?;
    }
    if let Some(account) = voter_account {
        let remaining = {
            let mut record = voter_record::record_mut(program_id, account, proposal_account.key(), voter.key())?;
            for side in SIDES {
                let power = leaving[side as usize];
                if power != 0 {
                    let tallies = if open { Some(&mut *proposal) } else { None };
                    let w = voter_record::remove(tallies, &mut record, side, power)?;
                    removed = ok(removed.checked_add(w))?;
                }
            }
            let remaining = ok(record.records().checked_sub(records.len() as u32))?;
            record.set_records(remaining);
            remaining
        };
        // The wallet's last vote record on the proposal: its voter record goes too.
        if remaining == 0 {
            keel_sdk::account::close(account, voter)?;
        }
    }

    Event::new(EventKind::VoteRelinquished)
        .key(proposal_account.key())
        .key(voter.key())
        .u8(records.len() as u8)
        .u64(removed)
        .emit();
    Ok(())
}
