//! Tallies of a proposal: adding and removing votes, quorum and the late-quorum
//! extension, and how long voting positions stay locked.

use super::accounts::ok;
use crate::interface::state::Proposal;
use crate::interface::state::proposal::VoteSide;
use keel_sdk::ProgramError;

/// Adds a vote of `power` (linear, for quorum) and `weight` (tallied) on `side`.
#[inline(always)]
pub fn add(proposal: &mut Proposal, side: VoteSide, power: u64, weight: u64) -> Result<(), ProgramError> {
    match side {
        VoteSide::For => proposal.set_for_weight(ok(proposal.for_weight().checked_add(weight))?),
        VoteSide::Against => proposal.set_against_weight(ok(proposal.against_weight().checked_add(weight))?),
        VoteSide::Abstain => proposal.set_abstain_weight(ok(proposal.abstain_weight().checked_add(weight))?),
    }
    if side.counts_for_quorum() {
        proposal.set_quorum_power(ok(proposal.quorum_power().checked_add(power))?);
    }
    Ok(())
}

/// Removes a vote `add` counted.
#[inline(always)]
pub fn remove(proposal: &mut Proposal, side: VoteSide, power: u64, weight: u64) -> Result<(), ProgramError> {
    match side {
        VoteSide::For => proposal.set_for_weight(ok(proposal.for_weight().checked_sub(weight))?),
        VoteSide::Against => proposal.set_against_weight(ok(proposal.against_weight().checked_sub(weight))?),
        VoteSide::Abstain => proposal.set_abstain_weight(ok(proposal.abstain_weight().checked_sub(weight))?),
    }
    if side.counts_for_quorum() {
        proposal.set_quorum_power(ok(proposal.quorum_power().checked_sub(power))?);
    }
    Ok(())
}

/// After the tallies changed at `now` (voting open): records when quorum is
/// first met and, if that happens within the last `extension_secs` of voting,
/// extends the end by `extension_secs` (once). Returns whether it extended.
/// Quorum met later again (after a relinquish dropped below it) is not "first".
#[inline(always)]
pub fn update_quorum(proposal: &mut Proposal, now: i64) -> Result<bool, ProgramError> {
    if proposal.quorum_reached_at() != 0 || proposal.quorum_power() < proposal.quorum_required() {
        return Ok(false);
    }
    proposal.set_quorum_reached_at(now);
    let extension = proposal.extension_secs();
    let end = proposal.end();
    if extension == 0 || proposal.extended != 0 || now < ok(end.checked_sub(extension))? {
        return Ok(false);
    }
    proposal.set_end(ok(end.checked_add(extension))?);
    proposal.extended = 1;
    Ok(true)
}

/// Until when a voting position stays locked in staking: the latest the vote
/// can end (end, plus the extension while it may still apply), so a position's
/// tokens cannot leave, be restaked and vote again while votes still count.
#[inline(always)]
pub fn lock_until(proposal: &Proposal) -> Result<i64, ProgramError> {
    let pending = if proposal.extended != 0 { 0 } else { proposal.extension_secs() };
    ok(proposal.end().checked_add(pending))
}

/// Whether voting is open at `now`.
#[inline(always)]
pub fn voting_open(proposal: &Proposal, now: i64) -> bool {
    proposal.is(crate::interface::state::ProposalState::Voting) && now < proposal.end()
}
