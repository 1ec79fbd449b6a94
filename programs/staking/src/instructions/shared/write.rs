//! A position write on the schedule (design: `interface::state::schedule`):
//! the three steps every instruction that changes a position takes.
//!
//! 1. `settle`: walk the config to now across at most `MAX_SETTLE_DAYS` day
//!    boundaries (`SyncRequired` beyond: the client prepends `sync`), recording
//!    the accumulator at each and applying its scheduled drops;
//! 2. `settle_position`: the position's rewards since its last settlement into
//!    `unclaimed`, each piece between its own steps at its weight then
//!    (`schedule::earned_since`); returns the curve it was written with;
//! 3. change amount / lock / activity, then `write`: the new curve from the
//!    position and the config in force now, the totals moved by the difference
//!    between the old and the new weight at now, and the ring updated
//!    (`schedule::reschedule`): the old curve's drops after now out, the new
//!    one's in. So `Config.total_reward_weight` and `total_voting_power` equal
//!    Σ every position's curve at every settled time, with no crank.

use super::accounts;
use super::rewards::ok;
use super::schedule::{self, ScheduleMut, settle_global_scheduled};
use crate::interface::error::StakingError;
use crate::interface::state::schedule::MAX_SETTLE_DAYS;
use crate::interface::state::{Config, Position, Staker};
use crate::math::{self, CurvePoints};
use crate::interface::state::schedule::ScheduleHeader;
use keel_sdk::layout::Layout;
use keel_sdk::{AccountView, ProgramError, pubkey};
use keel_sdk::account::RefMut;

/// The schedule of `config_account`, mutable: writable, owned by this program
/// (compared with the config's owner, which the caller has loaded with
/// `accounts::config*`, instead of the unaligned program id), naming the config
/// (`InvalidSchedule`). `accounts::schedule_parts` then views it (complete
/// ring: `ScheduleTooSmall`). The caller has checked it is none of its other
/// state accounts (`accounts::distinct*`).
#[inline(always)]
pub fn schedule_mut<'a>(account: &'a AccountView, config_account: &AccountView) -> Result<RefMut<'a, [u8]>, ProgramError> {
    accounts::writable(account)?;
    if !account.same_owner(config_account) {
        return Err(StakingError::InvalidSchedule.into());
    }
    let data = account.try_borrow_mut_data()?;
    match data.get(..ScheduleHeader::LEN).and_then(ScheduleHeader::load) {
        Some(header) if pubkey::eq_inline(&header.config, config_account.key()) => Ok(data),
        _ => Err(StakingError::InvalidSchedule.into()),
    }
}

/// Step 1: the config settled to `now` (see the module docs).
#[inline(always)]
pub fn settle(config: &mut Config, parts: &mut ScheduleMut<'_>, now: i64) -> Result<(), ProgramError> {
    if settle_global_scheduled::<MAX_SETTLE_DAYS>(config, parts, now)? {
        Ok(())
    } else {
        Err(StakingError::SyncRequired.into())
    }
}

/// Step 2: moves what the position earned since its last settlement into
/// `unclaimed` (along the curve it was written with) and sets its debt and
/// `settled_at` to now. Returns that curve evaluated at now
/// (`PositionCurve::points`) for `write`. Run `settle` first.
#[inline(always)]
pub fn settle_position(
    config: &Config,
    parts: &ScheduleMut<'_>,
    position: &mut Position,
    now: i64,
) -> Result<CurvePoints, ProgramError> {
    let curve = position.curve();
    let points = ok(curve.points(now))?;
    let acc = config.acc_reward_per_weight();
    let settled = (position.settled_at(), position.reward_debt());
    // The usual case, no step since the last settlement: one piece at the
    // weight now (already evaluated for the write).
    let earned = if curve.steps_within(settled.0, now) {
        schedule::earned_since(parts.schedule, parts.history, &curve, settled, now, acc)?
    } else {
        ok(crate::math::accrued(points.weight[0], acc, settled.1))?
    };
    if earned != 0 {
        position.set_unclaimed(ok(position.unclaimed().checked_add(earned))?);
    }
    position.set_reward_debt(acc);
    position.set_settled_at(now);
    Ok(points)
}

/// The curve fields of `position` as the config has them at `now` (after its
/// amount, lock and activity were changed): an ended lock takes the no-lock
/// tier's multiplier (and keeps it), the multiplier falls to the no-lock tier's
/// at `lock_end`, the boosters are the config's, the participation booster
/// runs until the boundary after `last_activity + window`.
fn set_curve(config: &Config, position: &mut Position, now: i64) -> Result<(), ProgramError> {
    let tier0 = config.tiers[0].multiplier_bps();
    let has_lock = position.tier != 0;
    if position.lock_ended(now) {
        position.set_multiplier_bps(tier0);
    }
    let multiplier = position.multiplier_bps();
    // A lock never gains weight by ending (a later SetTiers may raise tier 0).
    position.set_fall_multiplier_bps(if has_lock { tier0.min(multiplier) } else { multiplier });
    let span = position.lock_end().saturating_sub(position.lock_start());
    let long_lock = has_lock && span >= config.long_lock_min_secs();
    position.set_curve_long_lock_bps(if long_lock { config.long_lock_bps() } else { 0 });
    position.set_curve_voter_bps(config.voter_bps());
    position.set_curve_participation_bps(config.participation_bps());
    let window_end = ok(position.last_activity().checked_add(config.participation_window_secs()))?;
    position.set_participation_end(ok(math::day_ceil(window_end))?);
    Ok(())
}

/// Step 3: the position's new curve (`set_curve`) written with its values at
/// now (`voting_power`, `boost_bps`, `reward_weight`: what it counts until its
/// next step), the totals moved from the old curve's weight at now to the new
/// one, the ring rescheduled. `old` is the old curve evaluated at now (what
/// `settle_position` returns), `None` for a new position; a position whose
/// amount is 0 (closing) leaves the totals and the ring entirely.
///
/// `staker`: the owner's record keeps Σ its positions' stored voting power
/// (informational: at their last writes). Without it (`lock_for_vote` as
/// governance calls it) the stored `voting_power` is left as it was, so that
/// sum still holds; the totals and the ring follow the curve either way.
/// (Inlined: six arguments, SBF passes five.)
#[inline(always)]
pub fn write(
    config: &mut Config,
    parts: &mut ScheduleMut<'_>,
    staker: Option<&mut Staker>,
    position: &mut Position,
    old: Option<&CurvePoints>,
    now: i64,
) -> Result<(), ProgramError> {
    set_curve(config, position, now)?;
    let curve = position.curve();
    let closing = curve.amount == 0;
    // Each curve evaluated once: its weight now and its drops.
    let new_points = if closing { None } else { Some(ok(curve.points(now))?) };
    let (power, weight) = new_points.as_ref().map_or((0, 0), |p| (p.power[0], p.weight[0]));
    let (old_power, old_weight) = old.map_or((0, 0), |p| (p.power[0], p.weight[0]));
    let total_weight = config.total_reward_weight().checked_sub(old_weight).and_then(|t| t.checked_add(weight));
    config.set_total_reward_weight(ok(total_weight)?);
    let total_power = config.total_voting_power().checked_sub(old_power).and_then(|t| t.checked_add(power));
    config.set_total_voting_power(ok(total_power)?);
    schedule::reschedule(parts.schedule, old, new_points.as_ref())?;

    if let Some(staker) = staker {
        let own = staker.voting_power().checked_sub(position.voting_power()).and_then(|t| t.checked_add(power));
        staker.set_voting_power(ok(own)?);
        position.set_voting_power(power);
    }
    position.set_boost_bps(curve.boost_bps_at(now));
    position.set_reward_weight(weight);
    Ok(())
}

/// `lock_end` of a lock of `lock_secs` set at `now`: the first 00:00 UTC at or
/// after `now + lock_secs` (every weight change falls on a boundary); the
/// no-lock tier's is `now` (it never ends).
#[inline(always)]
pub fn lock_end(now: i64, lock_secs: i64) -> Result<i64, ProgramError> {
    if lock_secs == 0 { Ok(now) } else { ok(math::day_ceil(ok(now.checked_add(lock_secs))?)) }
}
