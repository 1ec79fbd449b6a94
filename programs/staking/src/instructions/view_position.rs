//! `view_position`: read-only; the position's pending rewards and weights at now
//! as return data (see `StakingInstruction::ViewPosition`).

use super::shared::accounts;
use super::shared::rewards::{active_boost, ok, tier0_multiplier_bps};
use crate::interface::error::StakingError;
use crate::interface::instruction::VIEW_POSITION_LEN;
use crate::math;
use keel_sdk::clock;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, return_data};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [config_account, position_account, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if !data.is_empty() {
        return Err(StakingError::InvalidInstructionData.into());
    }
    let config = accounts::config(program_id, config_account)?;
    let position = accounts::position(program_id, position_account, config_account.key())?;
    let now = clock::unix_timestamp()?;

    // What settle_global would do now, without writing it: both channels.
    let last = config.stream_last_update();
    let released = if now > last {
        let streamed = ok(math::stream_release(config.stream_remaining(), last, config.stream_end(), now))?;
        let dripped = ok(math::stream_release(config.drip_remaining(), last, config.drip_end(), now))?;
        ok(streamed.checked_add(dripped))?
    } else {
        0
    };
    let weight = config.total_reward_weight();
    let mut acc = config.acc_reward_per_weight();
    if weight != 0 {
        let (increment, _) = ok(math::distribute(config.undistributed_scaled(), released, weight))?;
        acc = ok(acc.checked_add(increment))?;
    }
    let accrued = ok(math::accrued(position.reward_weight(), acc, position.reward_debt()))?;
    let pending = ok(position.unclaimed().checked_add(accrued))?;
    // Voting power and weight as a recompute now would store them (an ended lock
    // at the no-lock multiplier); pending is at the stored weight, as claim pays.
    let power = position.effective_voting_power(now, tier0_multiplier_bps(&config));
    let boost = active_boost(&config, &position, now);
    let refreshed = ok(math::reward_weight(power, boost))?;

    let mut out = [0u8; VIEW_POSITION_LEN];
    out[0..8].copy_from_slice(&pending.to_le_bytes());
    out[8..16].copy_from_slice(&power.to_le_bytes());
    out[16..24].copy_from_slice(&position.reward_weight().to_le_bytes());
    out[24..32].copy_from_slice(&refreshed.to_le_bytes());
    out[32..34].copy_from_slice(&boost.to_le_bytes());
    out[40..48].copy_from_slice(&position.lock_end().to_le_bytes());
    return_data::set(&out);
    Ok(())
}
