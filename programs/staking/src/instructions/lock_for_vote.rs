//! `lock_for_vote`: the vote authority (governance, by CPI) locks a position
//! against unstaking and starts its voter booster
//! (see `StakingInstruction::LockForVote`).

use super::shared::accounts::{self, signer, writable};
use super::shared::rewards::ok;
use super::shared::write;
use crate::interface::error::StakingError;
use core::mem::MaybeUninit;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::data as d;
use crate::interface::state::config::bounds;
use keel_sdk::clock;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [vote_authority, config_account, schedule_account, position_account, rest @ .., clock_account] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    // Data: until i64.
    d::expect_len(data, 8)?;
    let until = d::i64_after_tag(data, 0);

    signer(vote_authority)?;
    writable(config_account)?;
    writable(position_account)?;
    accounts::distinct3(config_account, position_account, schedule_account)?;
    // Last, the Clock sysvar: the time read from it rather than by syscall.
    if !clock::is_clock(clock_account) {
        return Err(StakingError::InvalidSysvar.into());
    }
    // Optional, before it: the owner's staker record, so its voting-power sum
    // follows too.
    let staker_account = rest.first();
    if let Some(staker_account) = staker_account {
        writable(staker_account)?;
        accounts::distinct4(config_account, position_account, schedule_account, staker_account)?;
    }
    let mut config_ref = accounts::config_mut(program_id, config_account)?;
    let config = &mut *config_ref;
    if !vote_authority.key_eq(&config.vote_authority) {
        return Err(StakingError::NotVoteAuthority.into());
    }
    // Owned by this program (as the config just checked), the Position
    // discriminator and `position.config == config`: an account staking
    // created at the position PDA of this config, so no address derivation.
    let mut position_ref = accounts::position_of_mut(config_account, position_account)?;
    let position = &mut *position_ref;
    let mut staker_ref = staker_account
        .map(|account| accounts::staker_mut(config_account, account, &position.owner))
        .transpose()?;
    let now = clock::unix_timestamp_from(clock_account)?;
    if until <= now || until > ok(now.checked_add(bounds::MAX_VOTE_LOCK_SECS))? {
        return Err(StakingError::InvalidVoteLock.into());
    }

    let mut schedule_data = write::schedule_mut(schedule_account, config_account)?;
    let mut parts = accounts::schedule_parts(&mut schedule_data)?;
    write::settle(config, &mut parts, now)?;
    let mut old = MaybeUninit::uninit();
    let old = write::settle_position(config, &parts, position, now, &mut old)?;
    position.set_vote_locked_until(position.vote_locked_until().max(until));
    // On a boundary, like every step of the curve.
    let boost_until = ok(crate::math::day_ceil(ok(now.checked_add(config.voter_boost_secs()))?))?;
    position.set_voter_boost_until(position.voter_boost_until().max(boost_until));
    position.set_last_activity(now);
    // Without the staker record (as governance calls it) the stored voting
    // power stays as it was; the totals and the ring follow the curve anyway.
    write::write(config, &mut parts, staker_ref.as_deref_mut(), position, Some(old), now)?;

    Event::new(EventKind::VoteLocked)
        .key(position_account.key())
        .i64(position.vote_locked_until())
        .i64(position.voter_boost_until())
        .emit();
    Ok(())
}
