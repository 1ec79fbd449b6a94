//! Token movements in and out of the vaults (both owned by the config PDA,
//! which signs with `["config", mint, [bump]]`), and the Token-2022 mint
//! extension check.
//!
//! Credits always use what arrived (vault balance after − before), so Token-2022
//! transfer fees are borne by the sender and never counted as bond or budget.

use crate::interface::error::MakersError;
use crate::interface::state::CONFIG_SEED;
use keel_sdk::cpi::token::TransferChecked;
use keel_sdk::{AccountView, ProgramError, ProgramResult, token};

/// Offset of the u64 balance in a token account (SPL Token and Token-2022).
const AMOUNT_OFFSET: usize = 64;

/// A token account's balance (a vault created by `initialize`, or an account
/// the token program has just accepted in a transfer).
#[inline(always)]
pub fn balance(account: &AccountView) -> Result<u64, ProgramError> {
    let data = account.try_borrow_data()?;
    if data.len() < AMOUNT_OFFSET + 8 {
        return Err(MakersError::InvalidVault.into());
    }
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(&data[AMOUNT_OFFSET..AMOUNT_OFFSET + 8]);
    Ok(u64::from_le_bytes(bytes))
}

/// Moves `transfer.amount` into `transfer.to` with the sender's signature and
/// returns what arrived.
pub fn transfer_in(transfer: &TransferChecked) -> Result<u64, ProgramError> {
    let before = balance(transfer.to)?;
    transfer.invoke()?;
    let after = balance(transfer.to)?;
    after.checked_sub(before).ok_or_else(|| MakersError::MathOverflow.into())
}

/// Moves `transfer.amount` out of a vault; `transfer.authority` is the config,
/// which signs with `["config", mint, [bump]]`. Nothing for 0.
#[inline]
pub fn transfer_signed(transfer: &TransferChecked, bump: u8) -> ProgramResult {
    if transfer.amount == 0 {
        return Ok(());
    }
    let bump = [bump];
    let signer: [&[u8]; 3] = [CONFIG_SEED, transfer.mint.key(), &bump];
    transfer.invoke_signed(&[&signer])
}

/// Token-2022 extensions a KEEL mint may carry. Anything else is refused: a
/// transfer hook needs accounts the program does not pass, a permanent
/// delegate could drain the vaults, a non-transferable / pausable /
/// frozen-by-default mint could trap them, confidential balances would bypass
/// the balance checks.
const ALLOWED_EXTENSIONS: [u16; 10] = [
    1,  // TransferFeeConfig (fees are borne by senders; credits use what arrived)
    3,  // MintCloseAuthority (only closable at zero supply)
    10, // InterestBearingConfig (display only)
    18, // MetadataPointer
    19, // TokenMetadata
    20, // GroupPointer
    21, // TokenGroup
    22, // GroupMemberPointer
    23, // TokenGroupMember
    25, // ScaledUiAmount (display only)
];

/// Walks a Token-2022 mint's TLV extensions: bytes 0..82 base mint, padding to
/// 165, byte 165 the account type (1 = mint), then `{ type u16, length u16,
/// value }` entries until the data ends or a type 0 entry.
pub fn check_mint_extensions(data: &[u8]) -> ProgramResult {
    const TLV_START: usize = token::ACCOUNT_LEN + 1;
    if data.len() <= TLV_START {
        return Ok(());
    }
    let mut at = TLV_START;
    while at + 4 <= data.len() {
        let kind = u16::from_le_bytes([data[at], data[at + 1]]);
        let len = u16::from_le_bytes([data[at + 2], data[at + 3]]) as usize;
        if kind == 0 {
            break;
        }
        if !ALLOWED_EXTENSIONS.contains(&kind) {
            return Err(MakersError::UnsupportedMintExtension.into());
        }
        at += 4 + len;
    }
    Ok(())
}
