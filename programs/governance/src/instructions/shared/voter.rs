//! The voter record of a quadratic proposal: loading it with its checks, and
//! moving a wallet's power on a side with the tallies following.
//!
//! The tallies hold, per wallet and side, ⌊√(the wallet's Σ power there)⌋.
//! Every change to a sum applies the weight delta ⌊√new⌋ − ⌊√old⌋ to that
//! side's tally, so after any sequence of casts, changes and relinquishes (in
//! any grouping into transactions) each tally is Σ over wallets of ⌊√sum⌋:
//! the deltas telescope. Quorum still counts linear power.

use super::accounts::ok;
use super::tally;
use crate::interface::error::GovernanceError;
use crate::interface::state::config::VoteWeighting;
use crate::interface::state::proposal::VoteSide;
use crate::interface::state::{Proposal, VoterRecord};
use crate::math::isqrt;
use keel_sdk::account::RefMut;
use keel_sdk::layout::Layout;
use keel_sdk::{AccountView, ProgramError, Pubkey, pubkey};

/// Splits a quadratic proposal's trailing voter record off the vote records
/// (`change_vote`, `relinquish`: the voter record is their last account);
/// `NotEnoughAccountKeys` when no vote record is left.
#[inline(always)]
pub fn split_records<'a>(
    proposal: &Proposal,
    records: &'a [AccountView],
) -> Result<(&'a [AccountView], Option<&'a AccountView>), ProgramError> {
    let quadratic = proposal.vote_weighting == VoteWeighting::Quadratic as u8;
    let (records, voter_account) = match (quadratic, records) {
        (true, [records @ .., last]) => (records, Some(last)),
        _ => (records, None),
    };
    if records.is_empty() {
        return Err(ProgramError::NotEnoughAccountKeys);
    }
    Ok((records, voter_account))
}

/// The voter record of `voter` on `proposal`, mutable (`InvalidVoterRecord`):
/// owned by this program, its length and discriminator, its stored proposal
/// and voter. Only `cast_vote` creates one, at the canonical bump of
/// `["voter", proposal, voter]`, so these fields single out that address.
#[inline(always)]
pub fn record_mut<'a>(
    program_id: &Pubkey,
    account: &'a AccountView,
    proposal: &Pubkey,
    voter: &Pubkey,
) -> Result<RefMut<'a, VoterRecord>, ProgramError> {
    if !account.is_owned_by(program_id) {
        return Err(GovernanceError::InvalidVoterRecord.into());
    }
    let data = account.try_borrow_mut_data().map_err(|_| GovernanceError::InvalidVoterRecord)?;
    match VoterRecord::load_ref_mut(data) {
        Some(r) if pubkey::eq(&r.proposal, proposal) && pubkey::eq(&r.voter, voter) => Ok(r),
        _ => Err(GovernanceError::InvalidVoterRecord.into()),
    }
}

/// Adds `power` to the wallet's sum on `side` (the arriving side of a
/// change): quorum gets the power, the tally the weight delta. Returns the
/// weight added.
#[inline(never)]
pub fn add(proposal: &mut Proposal, record: &mut VoterRecord, side: VoteSide, power: u64) -> Result<u64, ProgramError> {
    tally::add(proposal, side, power, 0)?;
    add_weight(proposal, record, side, power)
}

/// `add` for a caller that counted the power toward quorum already
/// (`cast_vote`, per position): only the sum and the tally's weight delta.
#[inline(never)]
pub fn add_weight(proposal: &mut Proposal, record: &mut VoterRecord, side: VoteSide, power: u64) -> Result<u64, ProgramError> {
    let old = record.power(side);
    let new = ok(old.checked_add(power))?;
    let (w_old, w_new) = (isqrt(old), isqrt(new));
    tally::remove(proposal, side, 0, w_old)?;
    tally::add(proposal, side, 0, w_new)?;
    record.set_power(side, new);
    Ok(w_new - w_old)
}

/// Removes `power` from the wallet's sum on `side` (a relinquish, or the side
/// a change leaves): quorum loses the power, the tally the weight delta. With
/// `proposal` `None` (voting has ended: the tallies are final) only the sum
/// follows. Returns the weight removed from the tally.
#[inline(never)]
pub fn remove(proposal: Option<&mut Proposal>, record: &mut VoterRecord, side: VoteSide, power: u64) -> Result<u64, ProgramError> {
    let old = record.power(side);
    let new = ok(old.checked_sub(power))?;
    record.set_power(side, new);
    let Some(proposal) = proposal else { return Ok(0) };
    let (w_old, w_new) = (isqrt(old), isqrt(new));
    tally::remove(proposal, side, power, w_old)?;
    tally::add(proposal, side, 0, w_new)?;
    Ok(w_old - w_new)
}

/// Power per side (for, against, abstain) being moved by a change or a
/// relinquish of several records, applied once per side.
pub type SidePowers = [u64; 3];

/// `powers[side] += power`.
#[inline(always)]
pub fn accumulate(powers: &mut SidePowers, side: VoteSide, power: u64) -> Result<(), ProgramError> {
    let slot = &mut powers[side as usize];
    *slot = ok(slot.checked_add(power))?;
    Ok(())
}

/// The sides in index order (for, against, abstain).
pub const SIDES: [VoteSide; 3] = [VoteSide::For, VoteSide::Against, VoteSide::Abstain];
