//! Loading this program's accounts with their checks, each failing with a named
//! error. An account of this program with the right discriminator can only have
//! been created by this program at its PDA, so after `owner == program_id` and the
//! discriminator, comparing the stored `config`/`owner` fields is enough (no
//! address derivation on hot paths). The generic parts are keel-sdk's
//! (`check`, `layout::Layout::load_ref*`); what stays here is which error each
//! failure returns.

use crate::interface::error::StakingError;
use super::schedule::ScheduleMut;
use crate::interface::state::schedule::{Schedule, ScheduleHeader, ScheduleLoadError};
use crate::interface::state::{Config, Position, Staker};
use keel_sdk::account::{Ref, RefMut};
use keel_sdk::layout::Layout;
use keel_sdk::{AccountView, ProgramError, Pubkey, check, pubkey};

/// `account` signed the transaction (`MissingRequiredSignature`).
pub use keel_sdk::check::signer;

/// `account` is writable (`AccountNotWritable`).
#[inline(always)]
pub fn writable(account: &AccountView) -> Result<(), ProgramError> {
    check::writable(account).map_err(|_| StakingError::AccountNotWritable.into())
}

/// `account` has address `expected`, else `error` (inlined word compares:
/// the keys in the config are 8-aligned).
#[inline(always)]
pub fn address(account: &AccountView, expected: &Pubkey, error: StakingError) -> Result<(), ProgramError> {
    if account.key_eq(expected) { Ok(()) } else { Err(error.into()) }
}

/// `a` and `b` are different accounts (`DuplicateAccount`). Two state
/// accounts of this program passed as one would otherwise fail at the second
/// borrow with the runtime's unnamed `AccountBorrowFailed`, so every
/// instruction taking two of them checks this before borrowing. A pointer
/// comparison: the entrypoint points a duplicate at its original's view.
#[inline(always)]
pub fn distinct(a: &AccountView, b: &AccountView) -> Result<(), ProgramError> {
    if a.is_same(b) { Err(StakingError::DuplicateAccount.into()) } else { Ok(()) }
}

/// `a`, `b` and `c` are three different accounts (`DuplicateAccount`).
#[inline(always)]
pub fn distinct3(a: &AccountView, b: &AccountView, c: &AccountView) -> Result<(), ProgramError> {
    distinct(a, b)?;
    distinct(a, c)?;
    distinct(b, c)
}

/// `a`, `b`, `c` and `d` are four different accounts (`DuplicateAccount`).
#[inline(always)]
pub fn distinct4(a: &AccountView, b: &AccountView, c: &AccountView, d: &AccountView) -> Result<(), ProgramError> {
    distinct3(a, b, c)?;
    distinct(a, d)?;
    distinct(b, d)?;
    distinct(c, d)
}

/// The config, read-only: owned by this program, `Config::LEN` bytes, config
/// discriminator (`InvalidConfig`).
#[inline(always)]
pub fn config<'a>(program_id: &Pubkey, account: &'a AccountView) -> Result<Ref<'a, Config>, ProgramError> {
    if !account.is_owned_by(program_id) {
        return Err(StakingError::InvalidConfig.into());
    }
    Config::load_ref(account.try_borrow_data()?).ok_or_else(|| StakingError::InvalidConfig.into())
}

/// The config, mutable (the same checks as `config`).
#[inline(always)]
pub fn config_mut<'a>(program_id: &Pubkey, account: &'a AccountView) -> Result<RefMut<'a, Config>, ProgramError> {
    if !account.is_owned_by(program_id) {
        return Err(StakingError::InvalidConfig.into());
    }
    Config::load_ref_mut(account.try_borrow_mut_data()?).ok_or_else(|| StakingError::InvalidConfig.into())
}

/// A position of the config `config_account`, mutable (`InvalidPosition`).
/// Like every loader below, for a caller that has loaded that config with
/// `config`/`config_mut` already (so its owner is this program): the
/// account's owner is compared with the config's (both 8-aligned in the input
/// buffer) instead of the program id, which sits unaligned after the
/// instruction data.
#[inline(always)]
pub fn position_mut<'a>(config_account: &AccountView, account: &'a AccountView) -> Result<RefMut<'a, Position>, ProgramError> {
    if !account.same_owner(config_account) {
        return Err(StakingError::InvalidPosition.into());
    }
    match Position::load_ref_mut(account.try_borrow_mut_data()?) {
        Some(p) if pubkey::eq_inline(&p.config, config_account.key()) => Ok(p),
        _ => Err(StakingError::InvalidPosition.into()),
    }
}

/// `position_mut` (governance's `lock_for_vote` path names it for what it
/// checks: a position of this config, whoever owns it).
#[inline(always)]
pub fn position_of_mut<'a>(config_account: &AccountView, account: &'a AccountView) -> Result<RefMut<'a, Position>, ProgramError> {
    position_mut(config_account, account)
}

/// A position of the config `config_account`, read-only (`InvalidPosition`).
#[inline(always)]
pub fn position<'a>(config_account: &AccountView, account: &'a AccountView) -> Result<Ref<'a, Position>, ProgramError> {
    if !account.same_owner(config_account) {
        return Err(StakingError::InvalidPosition.into());
    }
    match Position::load_ref(account.try_borrow_data()?) {
        Some(p) if pubkey::eq_inline(&p.config, config_account.key()) => Ok(p),
        _ => Err(StakingError::InvalidPosition.into()),
    }
}

/// A position of the config `config_account` owned by `owner`
/// (`InvalidPosition`, `NotPositionOwner`).
#[inline(always)]
pub fn owned_position_mut<'a>(
    config_account: &AccountView,
    account: &'a AccountView,
    owner: &Pubkey,
) -> Result<RefMut<'a, Position>, ProgramError> {
    let position = position_mut(config_account, account)?;
    if !pubkey::eq_inline(&position.owner, owner) {
        return Err(StakingError::NotPositionOwner.into());
    }
    Ok(position)
}

/// The staker record of `owner` under the config `config_account`, mutable
/// (`InvalidStaker`).
#[inline(always)]
pub fn staker_mut<'a>(
    config_account: &AccountView,
    account: &'a AccountView,
    owner: &Pubkey,
) -> Result<RefMut<'a, Staker>, ProgramError> {
    if !account.same_owner(config_account) {
        return Err(StakingError::InvalidStaker.into());
    }
    match Staker::load_ref_mut(account.try_borrow_mut_data()?) {
        Some(s) if pubkey::eq_inline(&s.config, config_account.key()) && pubkey::eq_inline(&s.owner, owner) => Ok(s),
        _ => Err(StakingError::InvalidStaker.into()),
    }
}

/// The schedule data of `config`, mutable: owned by this program, its header
/// loads (`InvalidSchedule`) and names `config` (`InvalidSchedule`). The
/// caller views it with `Schedule::load_mut` (`schedule_parts`), or resizes it
/// after dropping the borrow (`extend_schedule`).
#[inline(always)]
pub fn schedule_data_mut<'a>(
    program_id: &Pubkey,
    account: &'a AccountView,
    config: &Pubkey,
) -> Result<RefMut<'a, [u8]>, ProgramError> {
    if !account.is_owned_by(program_id) {
        return Err(StakingError::InvalidSchedule.into());
    }
    let data = account.try_borrow_mut_data()?;
    match data.get(..ScheduleHeader::LEN).and_then(ScheduleHeader::load) {
        Some(header) if pubkey::eq(&header.config, config) => Ok(data),
        _ => Err(StakingError::InvalidSchedule.into()),
    }
}

/// `Schedule::load_mut` with this program's errors: a schedule still growing
/// is `ScheduleTooSmall`, anything else not a schedule `InvalidSchedule`.
#[inline(always)]
pub fn schedule_parts(data: &mut [u8]) -> Result<ScheduleMut<'_>, ProgramError> {
    let (schedule, history) = Schedule::load_mut(data).map_err(|e| -> ProgramError {
        match e {
            ScheduleLoadError::TooSmall => StakingError::ScheduleTooSmall.into(),
            ScheduleLoadError::Invalid => StakingError::InvalidSchedule.into(),
        }
    })?;
    Ok(ScheduleMut { schedule, history })
}

/// The schedule of `config`, read-only and complete (the checks and errors of
/// `schedule_data_mut` and `schedule_parts`), for `view_position`.
#[inline(always)]
pub fn schedule_data<'a>(program_id: &Pubkey, account: &'a AccountView, config: &Pubkey) -> Result<Ref<'a, [u8]>, ProgramError> {
    if !account.is_owned_by(program_id) {
        return Err(StakingError::InvalidSchedule.into());
    }
    let data = account.try_borrow_data()?;
    match Schedule::load(&data) {
        Ok((schedule, _)) if pubkey::eq(&schedule.header.config, config) => {}
        Ok(_) | Err(ScheduleLoadError::Invalid) => return Err(StakingError::InvalidSchedule.into()),
        Err(ScheduleLoadError::TooSmall) => return Err(StakingError::ScheduleTooSmall.into()),
    }
    Ok(data)
}
