//! `clock_event`: reads the Clock, logs through every log syscall, emits an
//! event and sets return data (layouts in `interface::instruction::CLOCK_EVENT`).

use keel_sdk::clock::Clock;
use keel_sdk::{AccountView, ProgramResult, Pubkey, data, log, return_data};

pub fn process(program_id: &Pubkey, _accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    data::expect_len(data, 9)?;
    let tag = data::u64_at(data, 1)?;
    let clock = Clock::get()?;

    log::log("probe: clock_event");
    log::log_pubkey(program_id);
    log::log_64(clock.slot, clock.epoch, clock.unix_timestamp as u64, tag, 0);
    let (slot, time, tag_bytes) = (clock.slot.to_le_bytes(), clock.unix_timestamp.to_le_bytes(), tag.to_le_bytes());
    log::log_data(&[b"clock", &slot, &time, &tag_bytes]);
    log::log_compute_units();

    let mut out = [0u8; 32];
    out[0..8].copy_from_slice(&slot);
    out[8..16].copy_from_slice(&time);
    out[16..24].copy_from_slice(&clock.epoch.to_le_bytes());
    out[24..32].copy_from_slice(&tag_bytes);
    return_data::set(&out);
    Ok(())
}
