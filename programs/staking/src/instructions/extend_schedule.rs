//! `extend_schedule`: anyone grows the schedule by up to 10,240 bytes, paying
//! its rent (see `StakingInstruction::ExtendSchedule`).

use super::shared::accounts::{self, signer, writable};
use crate::interface::error::StakingError;
use crate::interface::event::{Event, EventKind};
use crate::interface::state::schedule::{HISTORY_ENTRY_LEN, HISTORY_OFFSET, MAX_GROWTH, ScheduleHeader};
use keel_sdk::cpi::system::Transfer;
use keel_sdk::layout::Layout;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, rent};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [payer, config_account, schedule_account, _system_program, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if !data.is_empty() {
        return Err(StakingError::InvalidInstructionData.into());
    }
    signer(payer)?;
    writable(payer)?;
    writable(schedule_account)?;
    accounts::distinct(config_account, schedule_account)?;
    // A config of this program (the schedule names it).
    drop(accounts::config(program_id, config_account)?);
    let (new_len, cap) = {
        let data = accounts::schedule_data_mut(program_id, schedule_account, config_account.key())?;
        grown(data.len())
    };

    // Rent for the new length first (the transfer is a CPI: no borrow held).
    let required = rent::minimum_balance(new_len)?;
    let lamports = schedule_account.lamports();
    if lamports < required {
        Transfer { from: payer, to: schedule_account, lamports: required - lamports }.invoke()?;
    }
    schedule_account.resize(new_len)?;
    if let Some(cap) = cap {
        let mut data = schedule_account.try_borrow_mut_data()?;
        let header = ScheduleHeader::load_mut(&mut data[..ScheduleHeader::LEN]).ok_or(StakingError::InvalidSchedule)?;
        header.set_history_cap(cap);
    }

    Event::new(EventKind::ScheduleExtended)
        .key(schedule_account.key())
        .u64(new_len as u64)
        .u32(cap.unwrap_or(0))
        .emit();
    Ok(())
}

/// The length after one call from `len`, and the history capacity once the
/// ring is complete: 10,240 bytes more, cut to whole history days past the
/// ring (so the length always matches `HISTORY_OFFSET + 16 × history_cap`,
/// which `Schedule::load` checks).
fn grown(len: usize) -> (usize, Option<u32>) {
    let target = len + MAX_GROWTH;
    if target < HISTORY_OFFSET {
        return (target, None);
    }
    let cap = (target - HISTORY_OFFSET) / HISTORY_ENTRY_LEN;
    (HISTORY_OFFSET + cap * HISTORY_ENTRY_LEN, Some(cap as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_calls_complete_the_ring_then_whole_days() {
        assert_eq!(grown(MAX_GROWTH), (20_480, None));
        // 30,720 − 23,480 = 7,240 bytes: 452 whole days.
        assert_eq!(grown(20_480), (23_480 + 452 * 16, Some(452)));
        assert_eq!(grown(23_480 + 452 * 16), (23_480 + 1_092 * 16, Some(1_092)));
    }
}
