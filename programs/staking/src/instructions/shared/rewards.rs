//! Reward settlement and weight bookkeeping on the config and positions.
//!
//! Rewards reach the accumulator only through time: the season stream and the
//! drip (deposits and recycled penalties, `drip`) release linearly, and
//! `settle_global` distributes what they released since the last settlement at
//! the weights of that interval. So a position earns only for time it was
//! staked: a stake placed just before a deposit and withdrawn right after gets
//! its share of the few seconds in between, not of the deposit.
//!
//! Order inside every instruction that changes a weight:
//! 1. `settle_global(now)`: release the stream and the drip up to now and put
//!    them (plus anything waiting) into the accumulator at the *old* weights;
//! 2. `settle_position`: move the position's accrued rewards into `unclaimed`;
//! 3. change amount / lock / activity, then `apply_stake` (or `recompute` when
//!    amount and lock are unchanged), which recomputes
//!    the voting power at the multiplier in force now (an ended lock falls to the
//!    no-lock tier's: `Position::effective_multiplier_bps`) and the boosters, and
//!    keeps `Σ position weights == config.total_reward_weight` (and the same for
//!    voting power, globally and per staker). Every instruction that writes a
//!    position ends with it, so a touch demotes an ended lock; the rewards up to
//!    the touch were settled in steps 1–2 at the old weight.

use crate::interface::error::StakingError;
use crate::interface::state::{Config, Position, Staker};
use crate::math::{self, BoostInputs, BoostParams};
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

/// Moves the position's accrued rewards into `unclaimed` and resets its debt.
#[inline]
pub fn settle_position(config: &Config, position: &mut Position) -> Result<(), ProgramError> {
    let acc = config.acc_reward_per_weight();
    let earned = ok(math::accrued(position.reward_weight(), acc, position.reward_debt()))?;
    if earned != 0 {
        position.set_unclaimed(ok(position.unclaimed().checked_add(earned))?);
    }
    position.set_reward_debt(acc);
    Ok(())
}

/// The config's booster parameters.
#[inline(always)]
pub fn boost_params(config: &Config) -> BoostParams {
    BoostParams {
        long_lock_bps: config.long_lock_bps(),
        voter_bps: config.voter_bps(),
        participation_bps: config.participation_bps(),
        long_lock_min_secs: config.long_lock_min_secs(),
        participation_window_secs: config.participation_window_secs(),
    }
}

/// The boosters active on `position` at `now`.
#[inline(always)]
pub fn active_boost(config: &Config, position: &Position, now: i64) -> u16 {
    let inputs = BoostInputs {
        lock_start: position.lock_start(),
        lock_end: position.lock_end(),
        voter_boost_until: position.voter_boost_until(),
        last_activity: position.last_activity(),
        now,
    };
    math::boost_bps(&boost_params(config), &inputs)
}

/// Recomputes the position's boosters and reward weight from its stored voting
/// power; keeps `total_reward_weight` in step. Settle first. Skips a due
/// demotion: only for `lock_for_vote` called without the staker record (its
/// optional account); every other caller goes through `apply_stake`/`recompute`.
pub fn update_weight(config: &mut Config, position: &mut Position, now: i64) -> Result<(), ProgramError> {
    let boost = active_boost(config, position, now);
    let weight = ok(math::reward_weight(position.voting_power(), boost))?;
    let old = position.reward_weight();
    let total = config.total_reward_weight();
    let total = ok(total.checked_sub(old).and_then(|t| t.checked_add(weight)))?;
    config.set_total_reward_weight(total);
    position.set_boost_bps(boost);
    position.set_reward_weight(weight);
    Ok(())
}

/// The no-lock tier's multiplier: what an ended lock falls to.
#[inline(always)]
pub fn tier0_multiplier_bps(config: &Config) -> u16 {
    config.tiers[0].multiplier_bps()
}

/// Whether the position's lock has ended and its stored multiplier is not yet the
/// no-lock tier's.
#[inline(always)]
pub fn demotion_due(config: &Config, position: &Position, now: i64) -> bool {
    position.effective_multiplier_bps(now, tier0_multiplier_bps(config)) != position.multiplier_bps()
}

/// Recomputes voting power from the position's amount and the multiplier in
/// force at `now` (stored: an ended lock's becomes the no-lock tier's), keeping
/// the config's and the staker's sums in step, then the reward weight. Settle
/// first. Amount totals (`total_staked`, `total_amount`) are the caller's.
pub fn apply_stake(
    config: &mut Config,
    staker: &mut Staker,
    position: &mut Position,
    now: i64,
) -> Result<(), ProgramError> {
    let multiplier = position.effective_multiplier_bps(now, tier0_multiplier_bps(config));
    position.set_multiplier_bps(multiplier);
    let power = ok(math::voting_power(position.amount(), multiplier))?;
    let old = position.voting_power();
    let total = ok(config.total_voting_power().checked_sub(old).and_then(|t| t.checked_add(power)))?;
    config.set_total_voting_power(total);
    let own = ok(staker.voting_power().checked_sub(old).and_then(|t| t.checked_add(power)))?;
    staker.set_voting_power(own);
    position.set_voting_power(power);
    update_weight(config, position, now)
}

/// `apply_stake` for an instruction that leaves amount and lock as they are
/// (claim, lock_for_vote, refresh, the crank's settlement): the voting power can
/// only change by a demotion, so without one only the boosters and the weight are
/// recomputed.
#[inline(always)]
pub fn recompute(
    config: &mut Config,
    staker: &mut Staker,
    position: &mut Position,
    now: i64,
) -> Result<(), ProgramError> {
    if demotion_due(config, position, now) {
        apply_stake(config, staker, position, now)
    } else {
        update_weight(config, position, now)
    }
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
