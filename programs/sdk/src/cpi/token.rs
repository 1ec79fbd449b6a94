//! SPL Token / Token-2022 instructions. Both programs take the same bytes for
//! these; `token_program` is whichever owns the mint or account, found with
//! `token::token_program_of` (checked to be one of the two). The token program's
//! account must also be among the caller instruction's accounts (the runtime
//! looks the callee up there), but it is not passed in the CPI's account list.
//!
//! Data is a one-byte discriminant then little-endian arguments.

use super::{AccountMeta, Instruction, Signer, invoke_signed};
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
        let mut data = [0u8; 10];
        data[0] = 12;
        data[1..9].copy_from_slice(&self.amount.to_le_bytes());
        data[9] = self.decimals;
        let metas = [
            AccountMeta::writable(self.from.key()),
            AccountMeta::readonly(self.mint.key()),
            AccountMeta::writable(self.to.key()),
            AccountMeta::readonly_signer(self.authority.key()),
        ];
        let accounts = [self.from, self.mint, self.to, self.authority];
        invoke_signed(&Instruction::new(self.token_program, &metas, &data), &accounts, signers)
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
        let mut data = [0u8; 10];
        data[0] = 14;
        data[1..9].copy_from_slice(&self.amount.to_le_bytes());
        data[9] = self.decimals;
        let metas = [
            AccountMeta::writable(self.mint.key()),
            AccountMeta::writable(self.account.key()),
            AccountMeta::readonly_signer(self.authority.key()),
        ];
        let accounts = [self.mint, self.account, self.authority];
        invoke_signed(&Instruction::new(self.token_program, &metas, &data), &accounts, signers)
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
        let mut data = [0u8; 10];
        data[0] = 15;
        data[1..9].copy_from_slice(&self.amount.to_le_bytes());
        data[9] = self.decimals;
        let metas = [
            AccountMeta::writable(self.account.key()),
            AccountMeta::writable(self.mint.key()),
            AccountMeta::readonly_signer(self.authority.key()),
        ];
        let accounts = [self.account, self.mint, self.authority];
        invoke_signed(&Instruction::new(self.token_program, &metas, &data), &accounts, signers)
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
        let mut data = [0u8; 33];
        data[0] = 18;
        data[1..33].copy_from_slice(self.owner);
        let metas = [AccountMeta::writable(self.account.key()), AccountMeta::readonly(self.mint.key())];
        invoke_signed(&Instruction::new(self.token_program, &metas, &data), &[self.account, self.mint], &[])
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
        let data = [9u8];
        let metas = [
            AccountMeta::writable(self.account.key()),
            AccountMeta::writable(self.destination.key()),
            AccountMeta::readonly_signer(self.authority.key()),
        ];
        let accounts = [self.account, self.destination, self.authority];
        invoke_signed(&Instruction::new(self.token_program, &metas, &data), &accounts, signers)
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
        let data = [21u8];
        let metas = [AccountMeta::readonly(self.mint.key())];
        invoke_signed(&Instruction::new(self.token_program, &metas, &data), &[self.mint], &[])?;
        let mut size = [0u8; 8];
        match return_data::get(&mut size) {
            Some((8, from)) if pubkey::eq(&from, self.token_program) => Ok(u64::from_le_bytes(size) as usize),
            _ => Err(ProgramError::InvalidAccountData),
        }
    }
}
