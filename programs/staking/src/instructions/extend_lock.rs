//! `extend_lock`: moves a position to the same or a longer tier
//! (see `StakingInstruction::ExtendLock`).

use super::shared::accounts::{self, signer, writable};
use super::shared::write;
use crate::interface::error::StakingError;
use core::mem::MaybeUninit;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::data as d;
use keel_sdk::clock;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [owner, config_account, schedule_account, staker_account, position_account, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    // Data: tier u8.
    d::expect_len(data, 1)?;
    let tier_index = data[0];

    signer(owner)?;
    writable(config_account)?;
    writable(staker_account)?;
    writable(position_account)?;
    accounts::distinct4(config_account, staker_account, position_account, schedule_account)?;
    let mut config_ref = accounts::config_mut(program_id, config_account)?;
    let config = &mut *config_ref;
    if config.is_paused() {
        return Err(StakingError::Paused.into());
    }
    let tier = *config.tier(tier_index).ok_or(StakingError::InvalidTier)?;
    let mut position_ref =
        accounts::owned_position_mut(config_account, position_account, owner.key())?;
    let position = &mut *position_ref;
    let mut staker_ref = accounts::staker_mut(config_account, staker_account, owner.key())?;
    let staker = &mut *staker_ref;
    if tier_index < position.tier {
        return Err(StakingError::TierDowngrade.into());
    }

    let now = clock::unix_timestamp()?;
    let mut schedule_data = write::schedule_mut(schedule_account, config_account)?;
    let mut parts = accounts::schedule_parts(&mut schedule_data)?;
    write::settle(config, &mut parts, now)?;
    let mut old = MaybeUninit::uninit();
    let old = write::settle_position(config, &parts, position, now, &mut old)?;
    let relock = write::lock_end(now, tier.lock_secs())?;
    position.tier = tier_index;
    position.set_lock_start(now);
    position.set_lock_end(position.lock_end().max(relock));
    position.set_multiplier_bps(tier.multiplier_bps());
    position.set_last_activity(now);
    write::write(config, &mut parts, Some(staker), position, Some(old), now)?;

    Event::new(EventKind::LockExtended)
        .key(position_account.key())
        .key(owner.key())
        .i64(position.lock_end())
        .u64(position.voting_power())
        .u8(tier_index)
        .emit();
    Ok(())
}
