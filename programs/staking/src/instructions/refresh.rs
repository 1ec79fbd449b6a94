//! `refresh`: anyone recomputes positions so lapsed boosters stop earning and
//! ended locks fall to the no-lock multiplier (see `StakingInstruction::Refresh`).

use super::shared::accounts::{self, writable};
use super::shared::rewards;
use crate::interface::error::StakingError;
use crate::interface::event::{Event, EventKind};
use keel_sdk::clock;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [config_account, pairs @ ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if pairs.len() < 2 {
        return Err(ProgramError::NotEnoughAccountKeys);
    }
    if pairs.len() % 2 != 0 || !data.is_empty() {
        return Err(StakingError::InvalidInstructionData.into());
    }
    writable(config_account)?;
    let mut config_ref = accounts::config_mut(program_id, config_account)?;
    let config = &mut *config_ref;
    let now = clock::unix_timestamp()?;
    rewards::settle_global(config, now)?;
    for pair in pairs.chunks_exact(2) {
        let (position_account, staker_account) = (&pair[0], &pair[1]);
        writable(position_account)?;
        writable(staker_account)?;
        accounts::distinct3(config_account, position_account, staker_account)?;
        let mut position_ref = accounts::position_mut(program_id, position_account, config_account.key())?;
        let position = &mut *position_ref;
        // The staker record of the position's owner: a demotion lowers its voting power.
        let mut staker_ref = accounts::staker_mut(program_id, staker_account, config_account.key(), &position.owner)?;
        rewards::settle_position(config, position)?;
        rewards::recompute(config, &mut staker_ref, position, now)?;
    }

    Event::new(EventKind::Refreshed).u64(config.total_reward_weight()).u32((pairs.len() / 2) as u32).emit();
    Ok(())
}
