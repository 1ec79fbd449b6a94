//! Creating this program's PDA accounts.
//!
//! Same behaviour as `keel_sdk::cpi::system::create_pda_account` (which takes six
//! register-sized arguments and so cannot be an out-of-line call on SBF): a plain
//! `CreateAccount` when the address holds no lamports, otherwise top-up
//! `Transfer` + `Allocate` + `Assign`, so lamports sent to a predictable address
//! (the next proposal, a vote record) cannot block its creation.

use crate::interface::error::GovernanceError;
use keel_sdk::cpi::Signer;
use keel_sdk::cpi::system::{Allocate, Assign, CreateAccount, Transfer};
use keel_sdk::rent::Rent;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, pubkey};

/// A PDA account to create.
pub struct CreatePda<'a> {
    pub payer: &'a AccountView,
    pub account: &'a AccountView,
    pub space: usize,
    /// The rent-exempt minimum for `space` (`rent::minimum_balance`), computed
    /// once by callers that create several accounts of one size.
    pub lamports: u64,
    pub owner: &'a Pubkey,
    /// The PDA's seeds, bump included.
    pub signer: Signer<'a>,
}

impl CreatePda<'_> {
    /// `AccountAlreadyExists` if the address is already owned by a program or
    /// has data.
    pub fn invoke(&self) -> ProgramResult {
        let account = self.account;
        if !account.is_owned_by(&pubkey::SYSTEM_PROGRAM_ID) || !account.data_is_empty() {
            return Err(GovernanceError::AccountAlreadyExists.into());
        }
        let required = self.lamports;
        let current = account.lamports();
        let signers = [self.signer];
        let space = self.space as u64;
        if current == 0 {
            return CreateAccount { from: self.payer, to: account, lamports: required, space, owner: self.owner }
                .invoke_signed(&signers);
        }
        if current < required {
            Transfer { from: self.payer, to: account, lamports: required - current }.invoke()?;
        }
        Allocate { account, space }.invoke_signed(&signers)?;
        Assign { account, owner: self.owner }.invoke_signed(&signers)
    }
}

/// The rent-exempt minimum for `space` bytes, from the Rent sysvar. The
/// thresholds Solana has used (2.0, and 1.0 since SIMD-0194) take a u64
/// multiply; anything else goes through `Rent::minimum_balance`'s exact
/// float decoding.
pub fn minimum_balance(space: usize) -> Result<u64, ProgramError> {
    const TWO: u64 = 0x4000_0000_0000_0000;
    const ONE: u64 = 0x3ff0_0000_0000_0000;
    let rent = Rent::get()?;
    let bytes = keel_sdk::rent::ACCOUNT_STORAGE_OVERHEAD + space as u64;
    // u64 `checked_mul` would call `__multi3`: multiply by halves instead.
    let wide = keel_sdk::math::wide_mul(bytes, rent.lamports_per_byte_year);
    let base = if wide >> 64 == 0 { Some(wide as u64) } else { None };
    let fast = match rent.exemption_threshold_bits {
        TWO => base.and_then(|b| b.checked_add(b)),
        ONE => base,
        _ => return rent.minimum_balance(space),
    };
    fast.ok_or(ProgramError::ArithmeticOverflow)
}
