//! Loading this program's accounts with their checks, each failing with a named
//! error. An account of this program with the right discriminator can only have
//! been created by this program at its PDA, so after `owner == program_id` and the
//! discriminator, comparing the stored `config`/`owner` fields is enough (no
//! address derivation on hot paths).

use crate::interface::error::StakingError;
use crate::interface::state::{Config, Position, Staker};
use keel_sdk::account::{Ref, RefMut};
use keel_sdk::{AccountView, ProgramError, Pubkey, pubkey};

/// `account` signed the transaction (`MissingRequiredSignature`).
#[inline(always)]
pub fn signer(account: &AccountView) -> Result<(), ProgramError> {
    if account.is_signer() { Ok(()) } else { Err(ProgramError::MissingRequiredSignature) }
}

/// `account` is writable (`AccountNotWritable`).
#[inline(always)]
pub fn writable(account: &AccountView) -> Result<(), ProgramError> {
    if account.is_writable() { Ok(()) } else { Err(StakingError::AccountNotWritable.into()) }
}

/// `account` has address `expected`, else `error`.
#[inline(always)]
pub fn address(account: &AccountView, expected: &Pubkey, error: StakingError) -> Result<(), ProgramError> {
    if pubkey::eq(account.key(), expected) { Ok(()) } else { Err(error.into()) }
}

/// The config, read-only: owned by this program, `Config::LEN` bytes, config
/// discriminator (`InvalidConfig`).
#[inline(always)]
pub fn config<'a>(program_id: &Pubkey, account: &'a AccountView) -> Result<Ref<'a, Config>, ProgramError> {
    if !account.is_owned_by(program_id) {
        return Err(StakingError::InvalidConfig.into());
    }
    let data = account.try_borrow_data()?;
    if Config::load(&data).is_none() {
        return Err(StakingError::InvalidConfig.into());
    }
    // SAFETY: checked by `load` just above (length and discriminator); alignment 1.
    Ok(Ref::map(data, |d| unsafe { &*(d.as_ptr() as *const Config) }))
}

/// The config, mutable (the same checks as `config`).
#[inline(always)]
pub fn config_mut<'a>(program_id: &Pubkey, account: &'a AccountView) -> Result<RefMut<'a, Config>, ProgramError> {
    if !account.is_owned_by(program_id) {
        return Err(StakingError::InvalidConfig.into());
    }
    let data = account.try_borrow_mut_data()?;
    if Config::load(&data).is_none() {
        return Err(StakingError::InvalidConfig.into());
    }
    // SAFETY: as in `config`.
    Ok(RefMut::map(data, |d| unsafe { &mut *(d.as_mut_ptr() as *mut Config) }))
}

/// A position of `config`, mutable (`InvalidPosition`).
#[inline(always)]
pub fn position_mut<'a>(
    program_id: &Pubkey,
    account: &'a AccountView,
    config: &Pubkey,
) -> Result<RefMut<'a, Position>, ProgramError> {
    if !account.is_owned_by(program_id) {
        return Err(StakingError::InvalidPosition.into());
    }
    let data = account.try_borrow_mut_data()?;
    match Position::load(&data) {
        Some(p) if pubkey::eq(&p.config, config) => {}
        _ => return Err(StakingError::InvalidPosition.into()),
    }
    // SAFETY: checked just above; alignment 1.
    Ok(RefMut::map(data, |d| unsafe { &mut *(d.as_mut_ptr() as *mut Position) }))
}

/// A position of the config `config_account`, mutable (`InvalidPosition`), for
/// a caller that has already loaded that config with `config`/`config_mut`
/// (so its owner is this program): the position's owner is compared with the
/// config's (both 8-aligned in the input buffer) instead of the program id,
/// which sits unaligned after the instruction data.
#[inline(always)]
pub fn position_of_mut<'a>(config_account: &AccountView, account: &'a AccountView) -> Result<RefMut<'a, Position>, ProgramError> {
    if !account.same_owner(config_account) {
        return Err(StakingError::InvalidPosition.into());
    }
    let data = account.try_borrow_mut_data()?;
    match Position::load(&data) {
        Some(p) if pubkey::eq_inline(&p.config, config_account.key()) => {}
        _ => return Err(StakingError::InvalidPosition.into()),
    }
    // SAFETY: checked just above; alignment 1.
    Ok(RefMut::map(data, |d| unsafe { &mut *(d.as_mut_ptr() as *mut Position) }))
}

/// A position of `config`, read-only (`InvalidPosition`).
#[inline(always)]
pub fn position<'a>(
    program_id: &Pubkey,
    account: &'a AccountView,
    config: &Pubkey,
) -> Result<Ref<'a, Position>, ProgramError> {
    if !account.is_owned_by(program_id) {
        return Err(StakingError::InvalidPosition.into());
    }
    let data = account.try_borrow_data()?;
    match Position::load(&data) {
        Some(p) if pubkey::eq(&p.config, config) => {}
        _ => return Err(StakingError::InvalidPosition.into()),
    }
    // SAFETY: checked just above; alignment 1.
    Ok(Ref::map(data, |d| unsafe { &*(d.as_ptr() as *const Position) }))
}

/// A position of `config` owned by `owner` (`InvalidPosition`, `NotPositionOwner`).
#[inline(always)]
pub fn owned_position_mut<'a>(
    program_id: &Pubkey,
    account: &'a AccountView,
    config: &Pubkey,
    owner: &Pubkey,
) -> Result<RefMut<'a, Position>, ProgramError> {
    let position = position_mut(program_id, account, config)?;
    if !pubkey::eq(&position.owner, owner) {
        return Err(StakingError::NotPositionOwner.into());
    }
    Ok(position)
}

/// The staker record of `owner` under `config`, mutable (`InvalidStaker`).
#[inline(always)]
pub fn staker_mut<'a>(
    program_id: &Pubkey,
    account: &'a AccountView,
    config: &Pubkey,
    owner: &Pubkey,
) -> Result<RefMut<'a, Staker>, ProgramError> {
    if !account.is_owned_by(program_id) {
        return Err(StakingError::InvalidStaker.into());
    }
    let data = account.try_borrow_mut_data()?;
    match Staker::load(&data) {
        Some(s) if pubkey::eq(&s.config, config) && pubkey::eq(&s.owner, owner) => {}
        _ => return Err(StakingError::InvalidStaker.into()),
    }
    // SAFETY: checked just above; alignment 1.
    Ok(RefMut::map(data, |d| unsafe { &mut *(d.as_mut_ptr() as *mut Staker) }))
}

/// Zeroes a closed account's data and moves all its lamports to `destination`;
/// the runtime deletes it at the end of the transaction. The zero discriminator
/// keeps it unusable should someone refund it within the same transaction.
pub fn close(account: &AccountView, destination: &AccountView) -> Result<(), ProgramError> {
    {
        let mut data = account.try_borrow_mut_data()?;
        keel_sdk::mem::fill(&mut data, 0);
    }
    let lamports = account.lamports();
    destination.add_lamports(lamports)?;
    account.set_lamports(0);
    Ok(())
}
