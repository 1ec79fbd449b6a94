//! `init_vault`: creates a token account at `["vault", mint]` owned by the
//! `["authority"]` PDA, for SPL Token or Token-2022.

use crate::interface::state::{AUTHORITY_SEED, VAULT_SEED};
use keel_sdk::cpi::{system, token as token_cpi};
use keel_sdk::pubkey::SYSTEM_PROGRAM_ID;
use keel_sdk::token::{self, TOKEN_2022_PROGRAM_ID};
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, check, data, pda, pubkey};

pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [payer, vault, mint, authority, system_program, token_program, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    data::expect_len(data, 3)?;
    let vault_bump = data::u8_at(data, 1)?;
    let authority_bump = data::u8_at(data, 2)?;

    check::writable_signer(payer)?;
    check::writable(vault)?;
    check::program(system_program, &SYSTEM_PROGRAM_ID)?;
    let token_program_id = token::token_program_of(mint)?;
    check::program(token_program, token_program_id)?;
    check::uninitialized(vault)?;
    check::pda(vault, &[VAULT_SEED, mint.key()], vault_bump, program_id)?;
    // The authority will own funds, so prove it is a real PDA (off the curve).
    let expected_authority = pda::create_program_address(&[AUTHORITY_SEED, &[authority_bump]], program_id)?;
    check::address(authority, &expected_authority).map_err(|_| ProgramError::InvalidSeeds)?;

    let space = if pubkey::eq(token_program_id, &TOKEN_2022_PROGRAM_ID) {
        token_cpi::GetAccountDataSize { token_program: token_program_id, mint }.invoke()?
    } else {
        token::ACCOUNT_LEN
    };
    let bump_seed = [vault_bump];
    let signer: &[&[u8]] = &[VAULT_SEED, mint.key(), &bump_seed];
    system::CreatePdaAccount { payer, account: vault, space, owner: token_program_id, signer }.invoke()?;
    token_cpi::InitializeAccount3 { token_program: token_program_id, account: vault, mint, owner: authority.key() }
        .invoke()
}
