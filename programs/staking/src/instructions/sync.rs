//! `sync`: anyone walks the schedule across the day boundaries crossed since
//! the last settlement, at most `MAX_SYNC_DAYS` per call (see
//! `StakingInstruction::Sync`).

use super::shared::accounts::{self, writable};
use super::shared::schedule;
use crate::interface::error::StakingError;
use crate::interface::event::{Event, EventKind};
use crate::interface::state::schedule::MAX_SYNC_DAYS;
use keel_sdk::clock;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [config_account, schedule_account, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if !data.is_empty() {
        return Err(StakingError::InvalidInstructionData.into());
    }
    writable(config_account)?;
    writable(schedule_account)?;
    accounts::distinct(config_account, schedule_account)?;
    let mut config_ref = accounts::config_mut(program_id, config_account)?;
    let config = &mut *config_ref;
    let mut data = accounts::schedule_data_mut(program_id, schedule_account, config_account.key())?;
    let mut parts = accounts::schedule_parts(&mut data)?;

    let now = clock::unix_timestamp()?;
    let reached = schedule::settle_global_scheduled::<MAX_SYNC_DAYS>(config, &mut parts, now)?;
    let synced_day = parts.schedule.last_day();
    config.set_synced_day(synced_day);

    Event::new(EventKind::Synced)
        .u64(config.total_voting_power())
        .u64(config.total_reward_weight())
        .u32(synced_day)
        .u8(reached as u8)
        .emit();
    Ok(())
}
