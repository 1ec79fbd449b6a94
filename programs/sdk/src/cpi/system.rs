//! System Program instructions. Data is a u32 LE discriminant then the
//! arguments, little-endian (bincode of `SystemInstruction`).
//!
//! The data starts 4 bytes into a buffer of words (`Data`), so the u64 and key
//! arguments after the discriminant land 8-aligned: one store per u64 and four
//! per key instead of byte-by-byte copies.

use super::{CpiMeta, Data, Signer, invoke_accounts};
use crate::account::AccountView;
use crate::error::{ProgramError, ProgramResult};
use crate::pubkey::{Pubkey, SYSTEM_PROGRAM_ID};
use crate::rent;

/// Creates `to` with `space` bytes owned by `owner`, funded by `from`.
///
/// Accounts: 0 `from` [writable, signer]; 1 `to` [writable, signer].
///
/// Data (52 bytes):
/// ```text
///  0  u32  0 (CreateAccount)
///  4  u64  lamports
/// 12  u64  space
/// 20  [u8; 32] owner
/// ```
pub struct CreateAccount<'a> {
    pub from: &'a AccountView,
    pub to: &'a AccountView,
    pub lamports: u64,
    pub space: u64,
    pub owner: &'a Pubkey,
}

impl CreateAccount<'_> {
    /// Invokes with only the transaction's signatures.
    pub fn invoke(&self) -> ProgramResult {
        self.invoke_signed(&[])
    }

    /// Invokes; `signers` sign for a PDA `to` (and/or `from`).
    #[inline]
    pub fn invoke_signed(&self, signers: &[Signer]) -> ProgramResult {
        let mut data = Data::<7, 4>::new(0);
        data.set(1, self.lamports);
        data.set(2, self.space);
        data.key(3, self.owner);
        let accounts = [CpiMeta::writable_signer(self.from), CpiMeta::writable_signer(self.to)];
        invoke_accounts(&SYSTEM_PROGRAM_ID, &accounts, data.bytes(52), signers)
    }
}

/// Transfers lamports between system-owned accounts.
///
/// Accounts: 0 `from` [writable, signer]; 1 `to` [writable].
///
/// Data (12 bytes): `0 u32 2 (Transfer)`, `4 u64 lamports`.
pub struct Transfer<'a> {
    pub from: &'a AccountView,
    pub to: &'a AccountView,
    pub lamports: u64,
}

impl Transfer<'_> {
    /// Invokes with only the transaction's signatures.
    pub fn invoke(&self) -> ProgramResult {
        self.invoke_signed(&[])
    }

    /// Invokes; `signers` sign for a PDA `from`.
    pub fn invoke_signed(&self, signers: &[Signer]) -> ProgramResult {
        let mut data = Data::<2, 4>::new(2 << 32);
        data.set(1, self.lamports);
        let accounts = [CpiMeta::writable_signer(self.from), CpiMeta::writable(self.to)];
        invoke_accounts(&SYSTEM_PROGRAM_ID, &accounts, data.bytes(12), signers)
    }
}

/// Sets the size of a system-owned account with no data.
///
/// Accounts: 0 `account` [writable, signer].
///
/// Data (12 bytes): `0 u32 8 (Allocate)`, `4 u64 space`.
pub struct Allocate<'a> {
    pub account: &'a AccountView,
    pub space: u64,
}

impl Allocate<'_> {
    /// Invokes with only the transaction's signatures.
    pub fn invoke(&self) -> ProgramResult {
        self.invoke_signed(&[])
    }

    /// Invokes; `signers` sign for a PDA account.
    pub fn invoke_signed(&self, signers: &[Signer]) -> ProgramResult {
        let mut data = Data::<2, 4>::new(8 << 32);
        data.set(1, self.space);
        invoke_accounts(&SYSTEM_PROGRAM_ID, &[CpiMeta::writable_signer(self.account)], data.bytes(12), signers)
    }
}

/// Gives a system-owned account to another program.
///
/// Accounts: 0 `account` [writable, signer].
///
/// Data (36 bytes): `0 u32 1 (Assign)`, `4 [u8; 32] owner`.
pub struct Assign<'a> {
    pub account: &'a AccountView,
    pub owner: &'a Pubkey,
}

impl Assign<'_> {
    /// Invokes with only the transaction's signatures.
    pub fn invoke(&self) -> ProgramResult {
        self.invoke_signed(&[])
    }

    /// Invokes; `signers` sign for a PDA account.
    pub fn invoke_signed(&self, signers: &[Signer]) -> ProgramResult {
        let mut data = Data::<5, 4>::new(1 << 32);
        data.key(1, self.owner);
        invoke_accounts(&SYSTEM_PROGRAM_ID, &[CpiMeta::writable_signer(self.account)], data.bytes(36), signers)
    }
}

/// Creates a rent-exempt PDA account of `space` bytes owned by `owner`, paid by
/// `payer`, even if someone already sent lamports to the address (which makes a
/// plain `CreateAccount` fail and could be used to block creation):
///
/// - no lamports yet: one `CreateAccount` for the rent-exempt minimum;
/// - otherwise: `Transfer` the shortfall (if any), then `Allocate` and `Assign`,
///   both signed by the PDA.
///
/// `AccountAlreadyInitialized` if the address is already owned by a program or
/// has data. `signer` are the PDA's seeds with its bump.
pub struct CreatePdaAccount<'a> {
    pub payer: &'a AccountView,
    pub account: &'a AccountView,
    pub space: usize,
    pub owner: &'a Pubkey,
    pub signer: Signer<'a>,
}

impl CreatePdaAccount<'_> {
    /// Runs the one to three CPIs described above.
    pub fn invoke(&self) -> ProgramResult {
        let (payer, account, owner) = (self.payer, self.account, self.owner);
        if !account.is_owned_by(&SYSTEM_PROGRAM_ID) || !account.data_is_empty() {
            return Err(ProgramError::AccountAlreadyInitialized);
        }
        let required = rent::minimum_balance(self.space)?;
        let current = account.lamports();
        let signers = [self.signer];
        if current == 0 {
            return CreateAccount { from: payer, to: account, lamports: required, space: self.space as u64, owner }
                .invoke_signed(&signers);
        }
        if current < required {
            Transfer { from: payer, to: account, lamports: required - current }.invoke()?;
        }
        Allocate { account, space: self.space as u64 }.invoke_signed(&signers)?;
        Assign { account, owner }.invoke_signed(&signers)
    }
}

/// `CreatePdaAccount { payer, account, space, owner, signer }.invoke()` as a
/// function. Always inlined: six argument registers would exceed the backend's
/// five if it were a real call.
#[inline(always)]
pub fn create_pda_account(
    payer: &AccountView,
    account: &AccountView,
    space: usize,
    owner: &Pubkey,
    signer: Signer,
) -> ProgramResult {
    CreatePdaAccount { payer, account, space, owner, signer }.invoke()
}
