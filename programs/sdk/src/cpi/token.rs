//! SPL Token / Token-2022 instructions. Both programs take the same bytes for
//! these; `token_program` is whichever owns the mint or account, found with
//! `token::token_program_of` (checked to be one of the two). The token program's
//! account must also be among the caller instruction's accounts (the runtime
//! looks the callee up there), but it is not passed in the CPI's account list.
//!
//! Data is a one-byte discriminant then little-endian arguments.

use super::{CpiMeta, Data, Signer, invoke_accounts};
use crate::account::AccountView;
use crate::error::{ProgramError, ProgramResult};
use crate::pubkey::{self, Pubkey};
use crate::return_data;

/// Moves tokens, checking the mint and its decimals.
///
/// Accounts: 0 `from` [writable]; 1 `mint`; 2 `to` [writable]; 3 `authority` [signer].
///
/// Data (10 bytes): `0 u8 12`, `1 u64 amount`, `9 u8 decimals`.
pub struct TransferChecked<'a> {
    pub token_program: &'a Pubkey,
    pub from: &'a AccountView,
    pub mint: &'a AccountView,
    pub to: &'a AccountView,
    pub authority: &'a AccountView,
    pub amount: u64,
    pub decimals: u8,
}

impl TransferChecked<'_> {
    /// Invokes with only the transaction's signatures.
    pub fn invoke(&self) -> ProgramResult {
        self.invoke_signed(&[])
    }

    /// Invokes; `signers` sign for a PDA authority.
    pub fn invoke_signed(&self, signers: &[Signer]) -> ProgramResult {
        // Starting 7 bytes in: the amount is word 1, the decimals word 2's low byte.
        let mut data = Data::<3, 7>::new(12 << 56);
        data.set(1, self.amount);
        data.set(2, self.decimals as u64);
        let data = data.bytes(10);
        let accounts = [
            CpiMeta::writable(self.from),
            CpiMeta::readonly(self.mint),
            CpiMeta::writable(self.to),
            CpiMeta::readonly_signer(self.authority),
        ];
        invoke_accounts(self.token_program, &accounts, data, signers)
    }
}

/// Mints new tokens to an account, checking the decimals.
///
/// Accounts: 0 `mint` [writable]; 1 `account` [writable]; 2 `authority` [signer].
///
/// Data (10 bytes): `0 u8 14`, `1 u64 amount`, `9 u8 decimals`.
pub struct MintToChecked<'a> {
    pub token_program: &'a Pubkey,
    pub mint: &'a AccountView,
    pub account: &'a AccountView,
    pub authority: &'a AccountView,
    pub amount: u64,
    pub decimals: u8,
}

impl MintToChecked<'_> {
    /// Invokes with only the transaction's signatures.
    pub fn invoke(&self) -> ProgramResult {
        self.invoke_signed(&[])
    }

    /// Invokes; `signers` sign for a PDA mint authority.
    pub fn invoke_signed(&self, signers: &[Signer]) -> ProgramResult {
        // Starting 7 bytes in: the amount is word 1, the decimals word 2's low byte.
        let mut data = Data::<3, 7>::new(14 << 56);
        data.set(1, self.amount);
        data.set(2, self.decimals as u64);
        let data = data.bytes(10);
        let accounts =
            [CpiMeta::writable(self.mint), CpiMeta::writable(self.account), CpiMeta::readonly_signer(self.authority)];
        invoke_accounts(self.token_program, &accounts, data, signers)
    }
}

/// Burns tokens from an account, checking the decimals.
///
/// Accounts: 0 `account` [writable]; 1 `mint` [writable]; 2 `authority` [signer].
///
/// Data (10 bytes): `0 u8 15`, `1 u64 amount`, `9 u8 decimals`.
pub struct BurnChecked<'a> {
    pub token_program: &'a Pubkey,
    pub account: &'a AccountView,
    pub mint: &'a AccountView,
    pub authority: &'a AccountView,
    pub amount: u64,
    pub decimals: u8,
}

impl BurnChecked<'_> {
    /// Invokes with only the transaction's signatures.
    pub fn invoke(&self) -> ProgramResult {
        self.invoke_signed(&[])
    }

    /// Invokes; `signers` sign for a PDA owner of `account`.
    pub fn invoke_signed(&self, signers: &[Signer]) -> ProgramResult {
        // Starting 7 bytes in: the amount is word 1, the decimals word 2's low byte.
        let mut data = Data::<3, 7>::new(15 << 56);
        data.set(1, self.amount);
        data.set(2, self.decimals as u64);
        let data = data.bytes(10);
        let accounts =
            [CpiMeta::writable(self.account), CpiMeta::writable(self.mint), CpiMeta::readonly_signer(self.authority)];
        invoke_accounts(self.token_program, &accounts, data, signers)
    }
}

/// Initialises a token account whose space is already allocated and owned by
/// the token program (after `system::CreateAccount`); no rent sysvar account.
///
/// Accounts: 0 `account` [writable]; 1 `mint`.
///
/// Data (33 bytes): `0 u8 18`, `1 [u8; 32] owner`.
pub struct InitializeAccount3<'a> {
    pub token_program: &'a Pubkey,
    pub account: &'a AccountView,
    pub mint: &'a AccountView,
    pub owner: &'a Pubkey,
}

impl InitializeAccount3<'_> {
    /// Invokes (no signature is needed).
    pub fn invoke(&self) -> ProgramResult {
        let mut data = Data::<5, 7>::new(18 << 56);
        data.key(1, self.owner);
        let accounts = [CpiMeta::writable(self.account), CpiMeta::readonly(self.mint)];
        invoke_accounts(self.token_program, &accounts, data.bytes(33), &[])
    }
}

/// Closes a token account with a zero balance, sending its lamports to
/// `destination`.
///
/// Accounts: 0 `account` [writable]; 1 `destination` [writable]; 2 `authority` [signer].
///
/// Data (1 byte): `0 u8 9`.
pub struct CloseAccount<'a> {
    pub token_program: &'a Pubkey,
    pub account: &'a AccountView,
    pub destination: &'a AccountView,
    pub authority: &'a AccountView,
}

impl CloseAccount<'_> {
    /// Invokes with only the transaction's signatures.
    pub fn invoke(&self) -> ProgramResult {
        self.invoke_signed(&[])
    }

    /// Invokes; `signers` sign for a PDA authority.
    pub fn invoke_signed(&self, signers: &[Signer]) -> ProgramResult {
        let accounts = [
            CpiMeta::writable(self.account),
            CpiMeta::writable(self.destination),
            CpiMeta::readonly_signer(self.authority),
        ];
        invoke_accounts(self.token_program, &accounts, &[9], signers)
    }
}

/// Asks the token program how many bytes a token account for `mint` needs
/// (Token-2022 adds space for the extensions the mint requires); the answer
/// comes back as u64 LE return data.
///
/// Accounts: 0 `mint`.
///
/// Data (1 byte): `0 u8 21` (no extra extension types requested).
pub struct GetAccountDataSize<'a> {
    pub token_program: &'a Pubkey,
    pub mint: &'a AccountView,
}

impl GetAccountDataSize<'_> {
    /// Invokes and returns the size; `InvalidAccountData` if the token program
    /// did not answer with 8 bytes of its own return data.
    pub fn invoke(&self) -> Result<usize, ProgramError> {
        invoke_accounts(self.token_program, &[CpiMeta::readonly(self.mint)], &[21], &[])?;
        let mut size = [0u8; 8];
        match return_data::get(&mut size) {
            Some((8, from)) if pubkey::eq(&from, self.token_program) => Ok(u64::from_le_bytes(size) as usize),
            _ => Err(ProgramError::InvalidAccountData),
        }
    }
}
