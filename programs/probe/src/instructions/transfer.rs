//! `transfer`: `transfer_checked` out of an account owned by the
//! `["authority"]` PDA, for SPL Token or Token-2022.

use crate::interface::state::AUTHORITY_SEED;
use keel_sdk::cpi::token::TransferChecked;
use keel_sdk::token::{self, Mint};
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, check, data};

pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [source, mint, destination, authority, token_program, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    data::expect_len(data, 10)?;
    let bump = data::u8_at(data, 1)?;
    let amount = data::u64_at(data, 2)?;

    let token_program_id = token::token_program_of(mint)?;
    check::program(token_program, token_program_id)?;
    check::writable(source)?;
    check::writable(destination)?;
    check::pda(authority, &[AUTHORITY_SEED], bump, program_id)?;
    let decimals = Mint::from_data(&mint.try_borrow_data()?)?.decimals();

    let bump_seed = [bump];
    TransferChecked { token_program: token_program_id, from: source, mint, to: destination, authority, amount, decimals }
        .invoke_signed(&[&[AUTHORITY_SEED, &bump_seed]])
}
