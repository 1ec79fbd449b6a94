//! `refresh`: anyone recomputes positions' boosters so expired ones stop
//! earning (see `StakingInstruction::Refresh`).

use super::shared::accounts::{self, writable};
use super::shared::rewards;
use crate::interface::error::StakingError;
use crate::interface::event::{Event, EventKind};
use keel_sdk::clock::Clock;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [config_account, positions @ ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if positions.is_empty() {
        return Err(ProgramError::NotEnoughAccountKeys);
    }
    if !data.is_empty() {
        return Err(StakingError::InvalidInstructionData.into());
    }
    writable(config_account)?;
    let mut config_ref = accounts::config_mut(program_id, config_account)?;
    let config = &mut *config_ref;
    let now = Clock::get()?.unix_timestamp;
    rewards::settle_global(config, now)?;
    for position_account in positions {
        writable(position_account)?;
        let mut position_ref = accounts::position_mut(program_id, position_account, config_account.key())?;
        let position = &mut *position_ref;
        rewards::settle_position(config, position)?;
        rewards::update_weight(config, position, now)?;
    }

    Event::new(EventKind::Refreshed).u64(config.total_reward_weight()).u32(positions.len() as u32).emit();
    Ok(())
}
