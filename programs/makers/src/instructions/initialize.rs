//! `initialize`: creates the config and both vaults, starts season 1 (see
//! `instruction::INITIALIZE`).

use super::shared::accounts::{signer, writable};
use super::shared::ok;
use super::shared::token::check_mint_extensions;
use crate::interface::error::MakersError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::data as d;
use crate::interface::state::config::{RolloverPolicy, defaults};
use crate::interface::state::{BOND_VAULT_SEED, CONFIG_SEED, Config, LAYOUT_VERSION, REWARD_VAULT_SEED};
use crate::interface::state::AccountKind;
use keel_sdk::cpi::system::CreatePdaAccount;
use keel_sdk::cpi::token::{GetAccountDataSize, InitializeAccount3};
use keel_sdk::layout::Layout;
use keel_sdk::token::{self, Mint, TOKEN_2022_PROGRAM_ID};
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, clock, pda, pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [payer, config, mint, reward_vault, bond_vault, token_program, _system_program, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    d::expect_len(data, 33)?;
    let reporter = d::key_at(data, 1);
    signer(payer)?;
    writable(payer)?;
    writable(config)?;
    writable(reward_vault)?;
    writable(bond_vault)?;
    if !config.is_owned_by(&pubkey::SYSTEM_PROGRAM_ID) || !config.data_is_empty() {
        return Err(MakersError::AlreadyInitialized.into());
    }
    if !token::is_token_program(token_program.key()) {
        return Err(MakersError::InvalidTokenProgram.into());
    }
    if !mint.is_owned_by(token_program.key()) {
        return Err(MakersError::InvalidMint.into());
    }
    let decimals = {
        let mint_data = mint.try_borrow_data()?;
        let decimals = Mint::from_data(&mint_data).map_err(|_| MakersError::InvalidMint)?.decimals();
        if pubkey::eq(token_program.key(), &TOKEN_2022_PROGRAM_ID) {
            check_mint_extensions(&mint_data)?;
        }
        decimals
    };

    // Canonical bumps (initialize runs once, so the search is affordable here).
    let config_bump = pda::check_canonical(config, &[CONFIG_SEED, mint.key()], program_id)
        .map_err(|_| MakersError::InvalidAddress)?;
    let reward_vault_bump = pda::check_canonical(reward_vault, &[REWARD_VAULT_SEED, config.key()], program_id)
        .map_err(|_| MakersError::InvalidAddress)?;
    let bond_vault_bump = pda::check_canonical(bond_vault, &[BOND_VAULT_SEED, config.key()], program_id)
        .map_err(|_| MakersError::InvalidAddress)?;

    let bump = [config_bump];
    CreatePdaAccount { payer, account: config, space: Config::LEN, owner: program_id, signer: &[CONFIG_SEED, mint.key(), &bump] }
        .invoke()?;
    // Vault space asked from the token program, so Token-2022 extensions the
    // mint requires (e.g. transfer fees) fit.
    let vault_len = GetAccountDataSize { token_program: token_program.key(), mint }.invoke()?;
    for (vault, seed, vault_bump) in [(reward_vault, REWARD_VAULT_SEED, reward_vault_bump), (bond_vault, BOND_VAULT_SEED, bond_vault_bump)] {
        let bump = [vault_bump];
        CreatePdaAccount { payer, account: vault, space: vault_len, owner: token_program.key(), signer: &[seed, config.key(), &bump] }
            .invoke()?;
        InitializeAccount3 { token_program: token_program.key(), account: vault, mint, owner: config.key() }.invoke()?;
    }

    let now = clock::unix_timestamp()?;
    let mut data = config.try_borrow_mut_data()?;
    let state = Config::load_uninit_mut(&mut data).ok_or(MakersError::AlreadyInitialized)?;
    state.discriminator = AccountKind::Config as u8;
    state.version = LAYOUT_VERSION;
    state.bump = config_bump;
    state.reward_vault_bump = reward_vault_bump;
    state.bond_vault_bump = bond_vault_bump;
    state.paused = 0;
    state.rollover_policy = RolloverPolicy::CarryOver as u8;
    state.decimals = decimals;
    state.authority = *payer.key();
    state.reporter = reporter;
    state.mint = *mint.key();
    state.token_program = *token_program.key();
    state.reward_vault = *reward_vault.key();
    state.bond_vault = *bond_vault.key();
    state.set_season_index(1);
    state.set_season_start(now);
    state.set_season_end(ok(now.checked_add(defaults::SEASON_SECS))?);
    state.set_season_secs(defaults::SEASON_SECS);
    state.set_max_reward_per_fill(defaults::MAX_REWARD_PER_FILL);
    state.set_min_bond(defaults::MIN_BOND);
    state.set_inactivity_window_secs(defaults::INACTIVITY_WINDOW_SECS);
    state.set_unbond_cooldown_secs(defaults::UNBOND_COOLDOWN_SECS);
    state.set_min_improvement_bps(defaults::MIN_IMPROVEMENT_BPS);
    state.set_early_multiplier_bps(defaults::EARLY_MULTIPLIER_BPS);
    state.set_volatility_threshold_bps(defaults::VOLATILITY_THRESHOLD_BPS);
    state.set_max_volatility_multiplier_bps(defaults::MAX_VOLATILITY_MULTIPLIER_BPS);
    state.set_slash_bps(defaults::SLASH_BPS);
    state.set_early_until_season(defaults::EARLY_UNTIL_SEASON);
    state.set_early_max_makers(defaults::EARLY_MAX_MAKERS);
    // Budgets, sequence, counters and totals start at zero (fresh account).

    Event::new(EventKind::Initialized)
        .key(config.key())
        .key(mint.key())
        .key(payer.key())
        .key(&reporter)
        .i64(state.season_end())
        .emit();
    Ok(())
}
