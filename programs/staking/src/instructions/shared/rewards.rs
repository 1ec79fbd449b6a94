//! Reward release and distribution on the config.
//!
//! Rewards reach the accumulator only through time: the season stream and the
//! drip (deposits and recycled penalties, `drip`) release linearly, and
//! `settle_global` distributes what they released since the last settlement at
//! the weights of that interval. So a position earns only for time it was
//! staked: a stake placed just before a deposit and withdrawn right after gets
//! its share of the few seconds in between, not of the deposit.
//!
//! A write of a position (its weight, the totals, the schedule's ring) is
//! `write.rs`; this module is the global release and its counters.

use crate::interface::error::StakingError;
use crate::interface::state::Config;
use crate::math;
use keel_sdk::ProgramError;

/// `Option` → `MathOverflow`.
#[inline(always)]
pub fn ok<T>(value: Option<T>) -> Result<T, ProgramError> {
    value.ok_or_else(|| StakingError::MathOverflow.into())
}

/// Releases the stream and the drip up to `now` (both from `stream_last_update`)
/// and distributes them with whatever waits in `undistributed_scaled`.
pub fn settle_global(config: &mut Config, now: i64) -> Result<(), ProgramError> {
    let last = config.stream_last_update();
    if now <= last {
        // Same second (or a clock that went back): nothing to release.
        return distribute(config, 0);
    }
    let remaining = config.stream_remaining();
    let released = ok(math::stream_release(remaining, last, config.stream_end(), now))?;
    config.set_stream_remaining(remaining - released);
    let dripping = config.drip_remaining();
    let dripped = ok(math::stream_release(dripping, last, config.drip_end(), now))?;
    config.set_drip_remaining(dripping - dripped);
    config.set_stream_last_update(now);
    distribute(config, ok(released.checked_add(dripped))?)
}

/// Adds `amount` to the drip: what is left of it and `amount` are spread evenly
/// from now over a fresh `drip_period` (Synthetix's notifyRewardAmount). Call
/// right after `settle_global(now)`, so the drip is released up to now.
pub fn drip(config: &mut Config, amount: u64, now: i64) -> Result<(), ProgramError> {
    config.set_drip_remaining(ok(config.drip_remaining().checked_add(amount))?);
    config.set_drip_end(ok(now.checked_add(config.drip_period()))?);
    Ok(())
}

/// Adds `amount` to the accumulator (or to `undistributed_scaled` while nobody
/// has weight). Also flushes what waits when there is weight again.
pub fn distribute(config: &mut Config, amount: u64) -> Result<(), ProgramError> {
    let waiting = config.undistributed_scaled();
    let weight = config.total_reward_weight();
    if amount == 0 && (waiting == 0 || weight == 0) {
        return Ok(());
    }
    let (increment, rest) = ok(math::distribute(waiting, amount, weight))?;
    if increment != 0 {
        config.set_acc_reward_per_weight(ok(config.acc_reward_per_weight().checked_add(increment))?);
    }
    config.set_undistributed_scaled(rest);
    Ok(())
}

/// `config.total_staked += delta` (checked).
#[inline(always)]
pub fn add_total_staked(config: &mut Config, delta: u64) -> Result<(), ProgramError> {
    config.set_total_staked(ok(config.total_staked().checked_add(delta))?);
    Ok(())
}

/// `config.total_staked -= delta` (checked).
#[inline(always)]
pub fn sub_total_staked(config: &mut Config, delta: u64) -> Result<(), ProgramError> {
    config.set_total_staked(ok(config.total_staked().checked_sub(delta))?);
    Ok(())
}

/// Lifetime counters: `total += delta` (u128, saturating: statistics never block
/// an instruction).
#[inline(always)]
pub fn bump_u128(total: u128, delta: u64) -> u128 {
    total.saturating_add(delta as u128)
}
