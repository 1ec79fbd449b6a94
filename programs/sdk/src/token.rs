//! SPL Token and Token-2022: program ids and the base layouts read in place.
//!
//! Both programs share the base layouts (Token-2022 appends extensions after
//! them), so the offsets below hold for either.
//!
//! Mint (82 bytes): `0..36` mint_authority COption<Pubkey> (u32 tag + key),
//! `36..44` supply u64, `44` decimals, `45` is_initialized, `46..82` freeze_authority.
//!
//! Token account (165 bytes): `0..32` mint, `32..64` owner, `64..72` amount u64,
//! `72..108` delegate COption, `108` state (0 uninitialized, 1 initialized,
//! 2 frozen), `109..121` is_native COption<u64>, `121..129` delegated_amount,
//! `129..165` close_authority COption.

use crate::account::AccountView;
use crate::error::ProgramError;
use crate::pubkey::{self, Pubkey};

/// SPL Token.
pub const TOKEN_PROGRAM_ID: Pubkey = crate::pubkey!("TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA");
/// Token-2022 (token extensions).
pub const TOKEN_2022_PROGRAM_ID: Pubkey = crate::pubkey!("TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb");

/// Base length of a mint.
pub const MINT_LEN: usize = 82;
/// Base length of a token account (SPL Token's whole account).
pub const ACCOUNT_LEN: usize = 165;

const MINT_SUPPLY: usize = 36;
const MINT_DECIMALS: usize = 44;
const MINT_INITIALIZED: usize = 45;
const ACCOUNT_MINT: usize = 0;
const ACCOUNT_OWNER: usize = 32;
const ACCOUNT_AMOUNT: usize = 64;
const ACCOUNT_STATE: usize = 108;

/// Whether `id` is SPL Token or Token-2022.
#[inline(always)]
pub fn is_token_program(id: &Pubkey) -> bool {
    pubkey::eq(id, &TOKEN_PROGRAM_ID) || pubkey::eq(id, &TOKEN_2022_PROGRAM_ID)
}

/// The token program owning `account` (a mint or token account), checked to be
/// SPL Token or Token-2022; `IncorrectProgramId` otherwise. Use the result as
/// the CPI's program id so one code path serves both programs.
#[inline]
pub fn token_program_of(account: &AccountView) -> Result<&'static Pubkey, ProgramError> {
    if account.is_owned_by(&TOKEN_PROGRAM_ID) {
        Ok(&TOKEN_PROGRAM_ID)
    } else if account.is_owned_by(&TOKEN_2022_PROGRAM_ID) {
        Ok(&TOKEN_2022_PROGRAM_ID)
    } else {
        Err(ProgramError::IncorrectProgramId)
    }
}

#[inline(always)]
fn read_u64(data: &[u8], at: usize) -> u64 {
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(&data[at..at + 8]);
    u64::from_le_bytes(bytes)
}

/// A mint's data, checked: owned by a token program, at least 82 bytes, initialised.
pub struct Mint<'a> {
    data: &'a [u8],
}

impl<'a> Mint<'a> {
    /// Views `data` of an account owned by a token program (the caller checked
    /// the owner, e.g. with `token_program_of`). `InvalidAccountData` if it is
    /// not an initialised mint.
    pub fn from_data(data: &'a [u8]) -> Result<Self, ProgramError> {
        // Token-2022 mints with extensions are longer; a token account is 165+
        // bytes with byte 165 = 2 (AccountType::Account), never 1 at offset 45 and
        // exactly 82 only for a mint, so a plain length check suffices for SPL
        // Token and the account-type byte tells them apart for Token-2022.
        let ok = data.len() == MINT_LEN || (data.len() > ACCOUNT_LEN && data[ACCOUNT_LEN] == 1);
        if !ok || data[MINT_INITIALIZED] != 1 {
            return Err(ProgramError::InvalidAccountData);
        }
        Ok(Self { data })
    }

    /// Decimals.
    pub fn decimals(&self) -> u8 {
        self.data[MINT_DECIMALS]
    }

    /// Total supply.
    pub fn supply(&self) -> u64 {
        read_u64(self.data, MINT_SUPPLY)
    }

    /// The mint authority, if any.
    pub fn mint_authority(&self) -> Option<&'a Pubkey> {
        coption_key(self.data, 0)
    }
}

/// A token account's data, checked: at least 165 bytes, initialised or frozen.
pub struct TokenAccount<'a> {
    data: &'a [u8],
}

impl<'a> TokenAccount<'a> {
    /// Views `data` of an account owned by a token program (the caller checked
    /// the owner). `InvalidAccountData` if it is not an initialised token account.
    pub fn from_data(data: &'a [u8]) -> Result<Self, ProgramError> {
        let ok = data.len() == ACCOUNT_LEN || (data.len() > ACCOUNT_LEN && data[ACCOUNT_LEN] == 2);
        if !ok || data[ACCOUNT_STATE] == 0 {
            return Err(ProgramError::InvalidAccountData);
        }
        Ok(Self { data })
    }

    /// The mint.
    pub fn mint(&self) -> &'a Pubkey {
        key_at(self.data, ACCOUNT_MINT)
    }

    /// The owner (who may transfer).
    pub fn owner(&self) -> &'a Pubkey {
        key_at(self.data, ACCOUNT_OWNER)
    }

    /// The balance.
    pub fn amount(&self) -> u64 {
        read_u64(self.data, ACCOUNT_AMOUNT)
    }

    /// Whether the account is frozen.
    pub fn is_frozen(&self) -> bool {
        self.data[ACCOUNT_STATE] == 2
    }
}

/// The 32 bytes at `at`; callers pass offsets inside the length checked by
/// `from_data` (82 for a mint, 165 for an account).
#[inline(always)]
fn key_at(data: &[u8], at: usize) -> &Pubkey {
    let bytes = &data[at..at + 32];
    // SAFETY: `bytes` is exactly 32 bytes long and Pubkey has alignment 1.
    unsafe { &*(bytes.as_ptr() as *const Pubkey) }
}

/// A `COption<Pubkey>`: u32 tag (1 = Some) then the key.
fn coption_key(data: &[u8], at: usize) -> Option<&Pubkey> {
    if data[at] == 1 && data[at + 1] == 0 && data[at + 2] == 0 && data[at + 3] == 0 {
        Some(key_at(data, at + 4))
    } else {
        None
    }
}
