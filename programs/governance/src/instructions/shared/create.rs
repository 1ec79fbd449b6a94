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
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

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
    #[inline]
    pub fn invoke(&self) -> ProgramResult {
        let account = self.account;
        if !account.is_system_owned() || !account.data_is_empty() {
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
        self.fund_and_take(current)
    }

    /// The address already holds lamports (someone sent some): top up to the
    /// minimum, then allocate and assign, both signed by the PDA.
    #[inline(never)]
    fn fund_and_take(&self, current: u64) -> ProgramResult {
        let (account, signers) = (self.account, [self.signer]);
        if current < self.lamports {
            Transfer { from: self.payer, to: account, lamports: self.lamports - current }.invoke()?;
        }
        Allocate { account, space: self.space as u64 }.invoke_signed(&signers)?;
        Assign { account, owner: self.owner }.invoke_signed(&signers)
    }
}

/// The rent-exempt minimum for `space` bytes, from the Rent sysvar's account
/// (checked with `rent::is_rent` by the caller: a key comparison and three
/// loads instead of the 110-CU syscall).
#[inline(always)]
pub fn minimum_balance_from(rent_sysvar: &AccountView, space: usize) -> Result<u64, ProgramError> {
    Rent::from_account(rent_sysvar)?.minimum_balance(space)
}

/// The rent-exempt minimum for `space` bytes, from the Rent sysvar
/// (`Rent::minimum_balance`: a u64 multiply for the thresholds Solana has used,
/// 2.0 and, since SIMD-0194, 1.0; exact decoding of anything else).
#[inline(always)]
pub fn minimum_balance(space: usize) -> Result<u64, ProgramError> {
    Rent::get()?.minimum_balance(space)
}
