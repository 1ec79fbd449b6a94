//! `refresh`: anyone rewrites positions' curves with the config's current
//! settings (see `StakingInstruction::Refresh`); lock ends and lapsed boosters
//! need no refresh (the schedule).

use super::shared::accounts::{self, writable};
use super::shared::write;
use crate::interface::error::StakingError;
use core::mem::MaybeUninit;
use crate::interface::event::{Event, EventKind};
use keel_sdk::clock;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [config_account, schedule_account, pairs @ ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if pairs.len() < 2 {
        return Err(ProgramError::NotEnoughAccountKeys);
    }
    if pairs.len() % 2 != 0 || !data.is_empty() {
        return Err(StakingError::InvalidInstructionData.into());
    }
    writable(config_account)?;
    // Every pair apart from the config and the schedule before anything is
    // borrowed, so an alias is named rather than a failed borrow.
    for pair in pairs.chunks_exact(2) {
        accounts::distinct4(config_account, &pair[0], &pair[1], schedule_account)?;
    }
    let mut config_ref = accounts::config_mut(program_id, config_account)?;
    let config = &mut *config_ref;
    let now = clock::unix_timestamp()?;
    let mut schedule_data = write::schedule_mut(schedule_account, config_account)?;
    let mut parts = accounts::schedule_parts(&mut schedule_data)?;
    write::settle(config, &mut parts, now)?;
    for pair in pairs.chunks_exact(2) {
        let (position_account, staker_account) = (&pair[0], &pair[1]);
        writable(position_account)?;
        writable(staker_account)?;
        let mut position_ref = accounts::position_mut(config_account, position_account)?;
        let position = &mut *position_ref;
        // The staker record of the position's owner: a demotion lowers its voting power.
        let mut staker_ref = accounts::staker_mut(config_account, staker_account, &position.owner)?;
        let mut old = MaybeUninit::uninit();
        let old = write::settle_position(config, &parts, position, now, &mut old)?;
        write::write(config, &mut parts, Some(&mut staker_ref), position, Some(old), now)?;
    }

    Event::new(EventKind::Refreshed).u64(config.total_reward_weight()).u32((pairs.len() / 2) as u32).emit();
    Ok(())
}
