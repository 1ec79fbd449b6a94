//! Token movements in and out of the vaults. Both vaults are owned by the config
//! PDA, which signs with `["config", mint, bump]`.
//!
//! Credits always use what arrived (vault balance after − before), so Token-2022
//! transfer fees are borne by the sender and never counted as stake or rewards.

use crate::interface::error::StakingError;
use crate::interface::seeds;
use keel_sdk::cpi::token::{BurnChecked, TransferChecked};
use keel_sdk::{AccountView, ProgramError};

/// Offset of the u64 balance in a token account (SPL Token and Token-2022).
const AMOUNT_OFFSET: usize = 64;

/// A token account's balance (the vaults were created by `initialize`; other
/// accounts are only read after the token program accepted them in a transfer).
#[inline(always)]
pub fn balance(account: &AccountView) -> Result<u64, ProgramError> {
    let data = account.try_borrow_data()?;
    if data.len() < AMOUNT_OFFSET + 8 {
        return Err(StakingError::InvalidVault.into());
    }
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(&data[AMOUNT_OFFSET..AMOUNT_OFFSET + 8]);
    Ok(u64::from_le_bytes(bytes))
}

/// Moves `transfer.amount` into a vault (`transfer.to`) with the sender's
/// signature and returns what the vault received.
pub fn transfer_in(transfer: &TransferChecked) -> Result<u64, ProgramError> {
    let before = balance(transfer.to)?;
    transfer.invoke()?;
    let after = balance(transfer.to)?;
    after.checked_sub(before).ok_or_else(|| StakingError::MathOverflow.into())
}

/// Moves `transfer.amount` out of a vault; `transfer.authority` is the config,
/// which signs with `["config", mint, [bump]]`.
#[inline]
pub fn transfer_signed(transfer: &TransferChecked, bump: u8) -> Result<(), ProgramError> {
    if transfer.amount == 0 {
        return Ok(());
    }
    let bump = [bump];
    let signer: [&[u8]; 3] = [seeds::CONFIG, transfer.mint.key(), &bump];
    transfer.invoke_signed(&[&signer])
}

/// Burns from a vault; `burn.authority` is the config.
#[inline]
pub fn burn_signed(burn: &BurnChecked, bump: u8) -> Result<(), ProgramError> {
    if burn.amount == 0 {
        return Ok(());
    }
    let bump = [bump];
    let signer: [&[u8]; 3] = [seeds::CONFIG, burn.mint.key(), &bump];
    burn.invoke_signed(&[&signer])
}
