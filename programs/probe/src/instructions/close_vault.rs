//! `close_vault`: closes an empty token account owned by the `["authority"]`
//! PDA, sending its lamports to `destination`.

use crate::interface::state::AUTHORITY_SEED;
use keel_sdk::cpi::token::CloseAccount;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, check, data, token};

pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [vault, destination, authority, token_program, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    data::expect_len(data, 2)?;
    let bump = data::u8_at(data, 1)?;

    let token_program_id = token::token_program_of(vault)?;
    check::program(token_program, token_program_id)?;
    check::writable(vault)?;
    check::writable(destination)?;
    check::pda(authority, &[AUTHORITY_SEED], bump, program_id)?;

    let bump_seed = [bump];
    CloseAccount { token_program: token_program_id, account: vault, destination, authority }
        .invoke_signed(&[&[AUTHORITY_SEED, &bump_seed]])
}
