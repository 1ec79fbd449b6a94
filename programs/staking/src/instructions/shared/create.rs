//! Creating this program's PDA accounts.
//!
//! Same behaviour as `keel_sdk::cpi::system::create_pda_account` (which takes six
//! register-sized arguments — the seeds slice counts as two — and so cannot be
//! called as an out-of-line function on SBF): a plain `CreateAccount` when the
//! address holds no lamports, otherwise top-up `Transfer` + `Allocate` + `Assign`,
//! so lamports sent to a predictable address (a position's next id) cannot block
//! its creation.

use keel_sdk::cpi::Signer;
use keel_sdk::cpi::system::{Allocate, Assign, CreateAccount, Transfer};
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, pubkey, rent};

/// A PDA account to create.
pub struct CreatePda<'a> {
    pub payer: &'a AccountView,
    pub account: &'a AccountView,
    pub space: usize,
    pub owner: &'a Pubkey,
    /// The PDA's seeds, bump included.
    pub signer: Signer<'a>,
}

impl CreatePda<'_> {
    pub fn invoke(&self) -> ProgramResult {
        let account = self.account;
        if !account.is_owned_by(&pubkey::SYSTEM_PROGRAM_ID) || !account.data_is_empty() {
            return Err(ProgramError::AccountAlreadyInitialized);
        }
        let required = rent::minimum_balance(self.space)?;
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
