//! `view_position`: read-only; the position's pending rewards and weights at now
//! as return data (see `StakingInstruction::ViewPosition`).
//!
//! What `claim` would settle now, without writing: the config is settled on a
//! copy across the boundaries the schedule has not crossed yet (at most
//! `MAX_SETTLE_DAYS`, as a write; beyond, `SyncRequired`: simulate `sync`
//! first), each boundary's accumulator kept on the side for the position's
//! steps, and the position's rewards summed along its curve.

use super::shared::accounts;
use super::shared::rewards::{ok, settle_global};
use super::shared::schedule::day_of;
use crate::interface::error::StakingError;
use crate::interface::instruction::VIEW_POSITION_LEN;
use crate::interface::state::Config;
use crate::interface::state::schedule::{MAX_SETTLE_DAYS, Schedule};
use crate::math::{self, DAY_SECS};
use keel_sdk::clock;
use keel_sdk::layout::Layout;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, return_data};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [config_account, schedule_account, position_account, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if !data.is_empty() {
        return Err(StakingError::InvalidInstructionData.into());
    }
    drop(accounts::config(program_id, config_account)?);
    let position = accounts::position(config_account, position_account)?;
    let schedule_data = accounts::schedule_data(program_id, schedule_account, config_account.key())?;
    let (schedule, history) = Schedule::load(&schedule_data).map_err(|_| StakingError::InvalidSchedule)?;
    let now = clock::unix_timestamp()?;

    // The config copied (8-aligned) and settled there, boundary by boundary.
    let mut words = [0u64; Config::LEN / 8];
    // SAFETY: `words` is Config::LEN bytes, 8-aligned.
    let bytes = unsafe { core::slice::from_raw_parts_mut(words.as_mut_ptr() as *mut u8, Config::LEN) };
    bytes.copy_from_slice(&config_account.try_borrow_data()?[..Config::LEN]);
    let config = Config::load_mut(bytes).ok_or(StakingError::InvalidConfig)?;
    let mut crossed = [0u128; MAX_SETTLE_DAYS as usize];
    let first = schedule.last_day();
    let now_day = ok(day_of(now))?;
    let mut day = first;
    while day < now_day {
        if day - first == MAX_SETTLE_DAYS {
            return Err(StakingError::SyncRequired.into());
        }
        day += 1;
        settle_global(config, day as i64 * DAY_SECS)?;
        crossed[(day - first - 1) as usize] = config.acc_reward_per_weight();
        let slot = schedule.slot(day);
        config.set_total_reward_weight(ok(config.total_reward_weight().checked_sub(slot.reward_weight_drop()))?);
    }
    settle_global(config, now)?;

    let curve = position.curve();
    let acc_at = |at: i64| {
        let d = day_of(at)?;
        if d > first { crossed.get((d - first - 1) as usize).copied() } else { schedule.acc_at(history, d) }
    };
    let settled = (position.settled_at(), position.reward_debt());
    let earned = math::earned_over_segments(&curve, settled, now, config.acc_reward_per_weight(), acc_at);
    let pending = ok(position.unclaimed().checked_add(earned.ok_or(StakingError::MathOverflow)?))?;
    let power = ok(curve.voting_power_at(now))?;
    let boost = curve.boost_bps_at(now);
    let weight_now = ok(curve.reward_weight_at(now))?;

    let mut out = [0u8; VIEW_POSITION_LEN];
    out[0..8].copy_from_slice(&pending.to_le_bytes());
    out[8..16].copy_from_slice(&power.to_le_bytes());
    out[16..24].copy_from_slice(&position.reward_weight().to_le_bytes());
    out[24..32].copy_from_slice(&weight_now.to_le_bytes());
    out[32..34].copy_from_slice(&boost.to_le_bytes());
    out[40..48].copy_from_slice(&position.lock_end().to_le_bytes());
    return_data::set(&out);
    Ok(())
}
