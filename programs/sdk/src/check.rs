//! The checks every instruction makes on its accounts, each with a fixed error:
//!
//! | check | error |
//! | --- | --- |
//! | `signer` | `MissingRequiredSignature` |
//! | `writable` | `InvalidArgument` |
//! | `owner` | `InvalidAccountOwner` |
//! | `address` | `InvalidArgument` |
//! | `program` (an executable of this id) | `IncorrectProgramId` |
//! | `pda` (stored bump) | `InvalidSeeds` |
//! | `discriminator` | `InvalidAccountData` |
//! | `uninitialized` (system-owned, no data) | `AccountAlreadyInitialized` |
//!
//! A program wanting its own error maps it: `check::signer(a).map_err(|_| MyError::X)`.

use crate::account::AccountView;
use crate::error::ProgramError;
use crate::pda;
use crate::pubkey::{self, Pubkey, SYSTEM_PROGRAM_ID};

/// The transaction signed for `account`.
#[inline(always)]
pub fn signer(account: &AccountView) -> Result<(), ProgramError> {
    if account.is_signer() { Ok(()) } else { Err(ProgramError::MissingRequiredSignature) }
}

/// The transaction marked `account` writable.
#[inline(always)]
pub fn writable(account: &AccountView) -> Result<(), ProgramError> {
    if account.is_writable() { Ok(()) } else { Err(ProgramError::InvalidArgument) }
}

/// `account` is a writable signer (a payer).
#[inline(always)]
pub fn writable_signer(account: &AccountView) -> Result<(), ProgramError> {
    signer(account)?;
    writable(account)
}

/// `account` is owned by `owner`.
#[inline(always)]
pub fn owner(account: &AccountView, owner: &Pubkey) -> Result<(), ProgramError> {
    if account.is_owned_by(owner) { Ok(()) } else { Err(ProgramError::InvalidAccountOwner) }
}

/// `account` has address `expected`.
#[inline(always)]
pub fn address(account: &AccountView, expected: &Pubkey) -> Result<(), ProgramError> {
    if pubkey::eq(account.key(), expected) { Ok(()) } else { Err(ProgramError::InvalidArgument) }
}

/// `account` is the program `id` (passed so a CPI can reach it).
#[inline(always)]
pub fn program(account: &AccountView, id: &Pubkey) -> Result<(), ProgramError> {
    if pubkey::eq(account.key(), id) { Ok(()) } else { Err(ProgramError::IncorrectProgramId) }
}

/// `account` is the PDA of `seeds` + the stored `bump` under `program_id`
/// (sha256, ~150 CU; see `pda::derive_address` for why this is sound).
#[inline(always)]
pub fn pda(account: &AccountView, seeds: &[&[u8]], bump: u8, program_id: &Pubkey) -> Result<(), ProgramError> {
    pda::check_address(account, seeds, bump, program_id)
}

/// `data` is at least `len` bytes and starts with `discriminator`.
#[inline(always)]
pub fn discriminator(data: &[u8], discriminator: u8, len: usize) -> Result<(), ProgramError> {
    if data.len() >= len && len > 0 && data[0] == discriminator {
        Ok(())
    } else {
        Err(ProgramError::InvalidAccountData)
    }
}

/// `account` has never been created: owned by the System Program, no data.
/// (It may hold lamports: `cpi::system::CreatePdaAccount` handles that.)
#[inline(always)]
pub fn uninitialized(account: &AccountView) -> Result<(), ProgramError> {
    if account.is_owned_by(&SYSTEM_PROGRAM_ID) && account.data_is_empty() {
        Ok(())
    } else {
        Err(ProgramError::AccountAlreadyInitialized)
    }
}
