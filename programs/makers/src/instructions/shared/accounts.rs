//! Loading this program's accounts with their checks, each failing with a named
//! error. An account of this program with the right discriminator can only have
//! been created by this program at its canonical PDA, so after `owner ==
//! program_id`, length and discriminator, comparing the stored `config` /
//! `wallet` is enough (no address derivation on hot paths).

use crate::interface::error::MakersError;
use crate::interface::state::{Config, Maker};
use keel_sdk::account::{Ref, RefMut};
use keel_sdk::layout::Layout;
use keel_sdk::{AccountView, ProgramError, Pubkey, check, pubkey};

/// `account` signed the transaction (`MissingRequiredSignature`).
pub use keel_sdk::check::signer;

/// `account` is writable (`AccountNotWritable`).
#[inline(always)]
pub fn writable(account: &AccountView) -> Result<(), ProgramError> {
    check::writable(account).map_err(|_| MakersError::AccountNotWritable.into())
}

/// `account` has address `expected`, else `error`.
#[inline(always)]
pub fn address(account: &AccountView, expected: &Pubkey, error: MakersError) -> Result<(), ProgramError> {
    check::address(account, expected).map_err(|_| error.into())
}

/// `a` and `b` are different accounts (`DuplicateAccount`): checked before
/// borrowing both, so a config passed as the maker fails by name rather than
/// with the runtime's `AccountBorrowFailed`.
#[inline(always)]
pub fn distinct(a: &AccountView, b: &AccountView) -> Result<(), ProgramError> {
    if a.is_same(b) { Err(MakersError::DuplicateAccount.into()) } else { Ok(()) }
}

/// The config, read-only: owned by this program, `Config::LEN` bytes, config
/// discriminator (`InvalidConfig`).
#[inline(always)]
pub fn config<'a>(program_id: &Pubkey, account: &'a AccountView) -> Result<Ref<'a, Config>, ProgramError> {
    if !account.is_owned_by(program_id) {
        return Err(MakersError::InvalidConfig.into());
    }
    Config::load_ref(account.try_borrow_data()?).ok_or_else(|| MakersError::InvalidConfig.into())
}

/// The config, mutable (the same checks as `config`).
#[inline(always)]
pub fn config_mut<'a>(program_id: &Pubkey, account: &'a AccountView) -> Result<RefMut<'a, Config>, ProgramError> {
    if !account.is_owned_by(program_id) {
        return Err(MakersError::InvalidConfig.into());
    }
    Config::load_ref_mut(account.try_borrow_mut_data()?).ok_or_else(|| MakersError::InvalidConfig.into())
}

/// A maker of the config `config_account` (already loaded, so owned by this
/// program), mutable: same owner as the config, `Maker::LEN` bytes, maker
/// discriminator, `config` field (`InvalidMaker`).
#[inline(always)]
pub fn maker_mut<'a>(config_account: &AccountView, account: &'a AccountView) -> Result<RefMut<'a, Maker>, ProgramError> {
    if !account.same_owner(config_account) {
        return Err(MakersError::InvalidMaker.into());
    }
    match Maker::load_ref_mut(account.try_borrow_mut_data()?) {
        Some(m) if pubkey::eq_inline(&m.config, config_account.key()) => Ok(m),
        _ => Err(MakersError::InvalidMaker.into()),
    }
}

/// `maker_mut`, and the maker's wallet is `wallet` (`NotMakerWallet`).
#[inline(always)]
pub fn own_maker_mut<'a>(
    config_account: &AccountView,
    account: &'a AccountView,
    wallet: &AccountView,
) -> Result<RefMut<'a, Maker>, ProgramError> {
    let maker = maker_mut(config_account, account)?;
    if !pubkey::eq_inline(&maker.wallet, wallet.key()) {
        return Err(MakersError::NotMakerWallet.into());
    }
    Ok(maker)
}
