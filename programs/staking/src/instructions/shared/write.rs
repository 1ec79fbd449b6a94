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
use crate::math::{self, CurveNow};
use crate::interface::state::schedule::{Schedule, ScheduleHeader};
use keel_sdk::layout::Layout;
use keel_sdk::{AccountView, ProgramError, pubkey};
use keel_sdk::account::RefMut;
use core::mem::MaybeUninit;

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

/// A position's curve as it was written (before this write changes it) and
/// its value now: what `settle_position` leaves for `write`.
pub type OldCurve = CurveNow;

/// `position`'s curve at `now` and its drops after
/// (`PositionCurve::at_now`), written to `side`. `MathOverflow` past u64.
/// Out of line, reading the fields in place: every write takes two.
#[inline(never)]
fn prepare(position: &Position, now: i64, side: &mut MaybeUninit<CurveNow>) -> Result<(), ProgramError> {
    if position.curve().at_now(now, side) { Ok(()) } else { Err(StakingError::MathOverflow.into()) }
}

/// Step 2: moves what the position earned since its last settlement into
/// `unclaimed` (along the curve it was written with) and sets its debt and
/// `settled_at` to now. Returns that curve and its value now (kept in `old`)
/// for `write`. Run `settle` first.
#[inline(always)]
pub fn settle_position<'a>(
    config: &Config,
    parts: &ScheduleMut<'_>,
    position: &mut Position,
    now: i64,
    old: &'a mut MaybeUninit<OldCurve>,
) -> Result<&'a OldCurve, ProgramError> {
    settle_position_into(config, parts, position, now, old)?;
    // SAFETY: `settle_position_into` wrote it.
    Ok(unsafe { old.assume_init_ref() })
}

/// `settle_position`, out of line: the old curve written to `old`.
#[inline(never)]
fn settle_position_into(
    config: &Config,
    parts: &ScheduleMut<'_>,
    position: &mut Position,
    now: i64,
    old: &mut MaybeUninit<OldCurve>,
) -> Result<(), ProgramError> {
    prepare(position, now, old)?;
    // SAFETY: `prepare` wrote it.
    let old = unsafe { old.assume_init_ref() };
    let acc = config.acc_reward_per_weight();
    let settled = (position.settled_at(), position.reward_debt());
    // The usual case, no step since the last settlement: one piece at the
    // weight now.
    let earned = if position.curve().steps_within(settled.0, now) {
        schedule::earned_since(parts.schedule, parts.history, &position.curve(), settled, now, acc)?
    } else if acc == settled.1 {
        // Nothing distributed since: no accrual to compute.
        0
    } else {
        ok(crate::math::accrued(old.weight, acc, settled.1))?
    };
    if earned != 0 {
        position.set_unclaimed(ok(position.unclaimed().checked_add(earned))?);
    }
    position.set_reward_debt(acc);
    position.set_settled_at(now);
    Ok(())
}

/// The old curve of a position settled earlier in the instruction
/// (`crank_compound`'s last pass): as written, with its value at `now`.
#[inline(always)]
pub fn old_curve<'a>(position: &Position, now: i64, old: &'a mut MaybeUninit<OldCurve>) -> Result<&'a OldCurve, ProgramError> {
    prepare(position, now, old)?;
    // SAFETY: `prepare` wrote it.
    Ok(unsafe { old.assume_init_ref() })
}

/// The curve fields of `position` as the config has them at `now` (after its
/// amount, lock and activity were changed): an ended lock takes the no-lock
/// tier's multiplier (and keeps it), the multiplier falls to the no-lock tier's
/// at `lock_end`, the boosters are the config's, the participation booster
/// runs until the boundary after `last_activity + window`.
#[inline(always)]
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
/// one, the ring rescheduled. `old` is what `settle_position` left, `None`
/// for a new position; a position whose amount is 0 (closing) leaves the
/// totals and the ring entirely.
///
/// `staker`: the owner's record keeps Σ its positions' stored voting power
/// (informational: at their last writes). Without it (`lock_for_vote` as
/// governance calls it) the stored `voting_power` is left as it was, so that
/// sum still holds; the totals and the ring follow the curve either way.
/// (Six arguments, SBF passes five: the last four go to `write_at` packed.)
#[inline(always)]
pub fn write(
    config: &mut Config,
    parts: &mut ScheduleMut<'_>,
    staker: Option<&mut Staker>,
    position: &mut Position,
    old: Option<&OldCurve>,
    now: i64,
) -> Result<(), ProgramError> {
    write_at(config, parts.schedule, &mut Write { staker, position, old, now })
}

/// `write`'s position side.
struct Write<'a> {
    staker: Option<&'a mut Staker>,
    position: &'a mut Position,
    old: Option<&'a OldCurve>,
    now: i64,
}

/// `write`, out of line (one copy for every instruction).
#[inline(never)]
fn write_at(config: &mut Config, schedule: &mut Schedule, w: &mut Write<'_>) -> Result<(), ProgramError> {
    let (position, old, now) = (&mut *w.position, w.old, w.now);
    set_curve(config, position, now)?;
    let mut side = MaybeUninit::<CurveNow>::uninit();
    let new = if position.amount() == 0 {
        None
    } else {
        prepare(position, now, &mut side)?;
        // SAFETY: `prepare` wrote it.
        Some(unsafe { side.assume_init_ref() })
    };
    let (power, weight) = new.map_or((0, 0), |c| (c.power, c.weight));
    let (old_power, old_weight) = old.map_or((0, 0), |o| (o.power, o.weight));
    config.set_total_reward_weight(moved(config.total_reward_weight(), old_weight, weight)?);
    config.set_total_voting_power(moved(config.total_voting_power(), old_power, power)?);
    schedule::reschedule(schedule, old, new)?;

    if let Some(staker) = w.staker.as_deref_mut() {
        staker.set_voting_power(moved(staker.voting_power(), position.voting_power(), power)?);
        position.set_voting_power(power);
    }
    let boost_bps = match new {
        Some(c) => c.boost_bps,
        None => position.curve().boost_bps_at(now),
    };
    position.set_boost_bps(boost_bps);
    position.set_reward_weight(weight);
    Ok(())
}

/// `total - out + into`, checked in that order (`MathOverflow`).
#[inline(always)]
fn moved(total: u64, out: u64, into: u64) -> Result<u64, ProgramError> {
    if total < out {
        return Err(StakingError::MathOverflow.into());
    }
    ok((total - out).checked_add(into))
}

/// `lock_end` of a lock of `lock_secs` set at `now`: the first 00:00 UTC at or
/// after `now + lock_secs` (every weight change falls on a boundary); the
/// no-lock tier's is `now` (it never ends).
#[inline(always)]
pub fn lock_end(now: i64, lock_secs: i64) -> Result<i64, ProgramError> {
    if lock_secs == 0 { Ok(now) } else { ok(math::day_ceil(ok(now.checked_add(lock_secs))?)) }
}
