//! `initialize`: the staking authority creates the governance of a staking
//! config and its treasury (see `GovernanceInstruction::Initialize`).

use super::shared::accounts::{key_at, signer, writable};
use super::shared::create::{self, CreatePda};
use super::shared::params;
use crate::interface::error::GovernanceError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::{PARAMS_LEN, data as d};
use crate::interface::seeds;
use crate::interface::staking;
use crate::interface::state::config::GovernanceConfig;
use crate::interface::state::{AccountKind, LAYOUT_VERSION};
use keel_sdk::cpi::token::{GetAccountDataSize, InitializeAccount3};
use keel_sdk::layout::Layout;
use keel_sdk::pubkey::SYSTEM_PROGRAM_ID;
use keel_sdk::token::{self, TOKEN_2022_PROGRAM_ID};
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, check, pda, pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [payer, config_account, staking_config, authority, treasury, mint, token_program, system_program, ..] = accounts
    else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    d::expect_len(data, PARAMS_LEN)?;

    signer(payer)?;
    writable(payer)?;
    writable(config_account)?;
    writable(treasury)?;
    check::program(system_program, &SYSTEM_PROGRAM_ID)?;
    {
        let sc = staking_config.try_borrow_data()?;
        if sc.len() != staking::config::LEN
            || sc[0] != staking::config::DISCRIMINATOR
            || staking_config.is_owned_by(program_id)
            || staking_config.is_owned_by(&SYSTEM_PROGRAM_ID)
        {
            return Err(GovernanceError::InvalidStakingConfig.into());
        }
        if !pubkey::eq(key_at(&sc, staking::config::AUTHORITY), payer.key()) {
            return Err(GovernanceError::NotStakingAuthority.into());
        }
        if !pubkey::eq(key_at(&sc, staking::config::MINT), mint.key()) {
            return Err(GovernanceError::InvalidMint.into());
        }
        if !pubkey::eq(key_at(&sc, staking::config::TOKEN_PROGRAM), token_program.key()) {
            return Err(GovernanceError::InvalidTokenProgram.into());
        }
    }
    let token_program_id = token::token_program_of(mint).map_err(|_| GovernanceError::InvalidMint)?;
    if !pubkey::eq(token_program_id, token_program.key()) {
        return Err(GovernanceError::InvalidTokenProgram.into());
    }
    // One-time set-up: find the canonical bumps on chain (1,500 CU per bump tried).
    let invalid = |_| ProgramError::from(GovernanceError::InvalidAddress);
    let bump = pda::check_canonical(config_account, &[seeds::GOVERNANCE, staking_config.key()], program_id).map_err(invalid)?;
    let authority_bump = pda::check_canonical(authority, &[seeds::AUTHORITY, config_account.key()], program_id).map_err(invalid)?;
    let treasury_bump = pda::check_canonical(treasury, &[seeds::TREASURY, config_account.key()], program_id).map_err(invalid)?;

    // Parameters are checked before anything is created.
    let params = params::Params::read(data)?;
    let bump_seed = [bump];
    CreatePda {
        payer,
        account: config_account,
        space: GovernanceConfig::LEN,
        lamports: create::minimum_balance(GovernanceConfig::LEN)?,
        owner: program_id,
        signer: &[seeds::GOVERNANCE, staking_config.key(), &bump_seed],
    }
    .invoke()?;
    {
        let mut config_data = config_account.try_borrow_mut_data()?;
        let config = GovernanceConfig::load_uninit_mut(&mut config_data).ok_or(GovernanceError::InvalidConfig)?;
        params.write(config);
        config.discriminator = AccountKind::Config as u8;
        config.version = LAYOUT_VERSION;
        config.bump = bump;
        config.authority_bump = authority_bump;
        config.treasury_bump = treasury_bump;
        config.staking_program = staking_config.owner();
        config.staking_config = *staking_config.key();
        config.mint = *mint.key();
        config.token_program = *token_program_id;
        config.authority = *authority.key();
        config.treasury = *treasury.key();
    }

    let space = if pubkey::eq(token_program_id, &TOKEN_2022_PROGRAM_ID) {
        GetAccountDataSize { token_program: token_program_id, mint }.invoke()?
    } else {
        token::ACCOUNT_LEN
    };
    let treasury_seed = [treasury_bump];
    CreatePda {
        payer,
        account: treasury,
        space,
        lamports: create::minimum_balance(space)?,
        owner: token_program_id,
        signer: &[seeds::TREASURY, config_account.key(), &treasury_seed],
    }
    .invoke()?;
    InitializeAccount3 { token_program: token_program_id, account: treasury, mint, owner: authority.key() }.invoke()?;

    Event::new(EventKind::Initialized)
        .key(config_account.key())
        .key(staking_config.key())
        .key(authority.key())
        .key(treasury.key())
        .emit();
    Ok(())
}
