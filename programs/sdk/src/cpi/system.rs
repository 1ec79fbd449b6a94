//! System Program instructions. Data is a u32 LE discriminant then the
//! arguments, little-endian (bincode of `SystemInstruction`).

use super::{AccountMeta, Instruction, Signer, invoke_signed};
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
    pub fn invoke_signed(&self, signers: &[Signer]) -> ProgramResult {
        let mut data = [0u8; 52];
        // data[0..4] = 0: CreateAccount.
        data[4..12].copy_from_slice(&self.lamports.to_le_bytes());
        data[12..20].copy_from_slice(&self.space.to_le_bytes());
        data[20..52].copy_from_slice(self.owner);
        let metas = [AccountMeta::writable_signer(self.from.key()), AccountMeta::writable_signer(self.to.key())];
        invoke_signed(&Instruction::new(&SYSTEM_PROGRAM_ID, &metas, &data), &[self.from, self.to], signers)
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
        let mut data = [0u8; 12];
        data[0] = 2;
        data[4..12].copy_from_slice(&self.lamports.to_le_bytes());
        let metas = [AccountMeta::writable_signer(self.from.key()), AccountMeta::writable(self.to.key())];
        invoke_signed(&Instruction::new(&SYSTEM_PROGRAM_ID, &metas, &data), &[self.from, self.to], signers)
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
        let mut data = [0u8; 12];
        data[0] = 8;
        data[4..12].copy_from_slice(&self.space.to_le_bytes());
        let metas = [AccountMeta::writable_signer(self.account.key())];
        invoke_signed(&Instruction::new(&SYSTEM_PROGRAM_ID, &metas, &data), &[self.account], signers)
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
        let mut data = [0u8; 36];
        data[0] = 1;
        data[4..36].copy_from_slice(self.owner);
        let metas = [AccountMeta::writable_signer(self.account.key())];
        invoke_signed(&Instruction::new(&SYSTEM_PROGRAM_ID, &metas, &data), &[self.account], signers)
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
