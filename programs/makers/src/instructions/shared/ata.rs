//! The Associated Token Account program's `CreateIdempotent`, for `claim`'s
//! missing destination. (keel-sdk has no ATA CPI yet; it lives here until a
//! second program needs it.)

use keel_sdk::cpi::{CpiMeta, invoke_accounts};
use keel_sdk::{AccountView, ProgramResult, Pubkey};

/// The Associated Token Account program.
pub const ASSOCIATED_TOKEN_PROGRAM_ID: Pubkey = keel_sdk::pubkey!("ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL");

/// Creates `owner`'s associated token account of `mint` (no-op if it exists
/// with the right owner). The ATA program derives the address from owner,
/// token program and mint and refuses any other `account`.
///
/// Accounts: 0 `payer` [writable, signer]; 1 `account` [writable]; 2 `owner`;
/// 3 `mint`; 4 System Program; 5 token program.
///
/// Data (1 byte): `0 u8 1` (CreateIdempotent).
pub struct CreateIdempotent<'a> {
    pub payer: &'a AccountView,
    pub account: &'a AccountView,
    pub owner: &'a AccountView,
    pub mint: &'a AccountView,
    pub system_program: &'a AccountView,
    pub token_program: &'a AccountView,
}

impl CreateIdempotent<'_> {
    /// Invokes with the transaction's signatures (the payer signed).
    pub fn invoke(&self) -> ProgramResult {
        let accounts = [
            CpiMeta::writable_signer(self.payer),
            CpiMeta::writable(self.account),
            CpiMeta::readonly(self.owner),
            CpiMeta::readonly(self.mint),
            CpiMeta::readonly(self.system_program),
            CpiMeta::readonly(self.token_program),
        ];
        invoke_accounts(&ASSOCIATED_TOKEN_PROGRAM_ID, &accounts, &[1], &[])
    }
}
