//! `slash`: anyone slashes an inactive bonded maker, once per inactivity
//! window (see `instruction::SLASH`).

use super::shared::accounts::{self, address, writable};
use super::shared::ok;
use super::shared::token::{balance, transfer_signed};
use crate::interface::error::MakersError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::data as d;
use crate::math::slash_split;
use keel_sdk::cpi::token::TransferChecked;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, clock};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [config_account, maker_account, bond_vault, reward_vault, mint, token_program, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    d::expect_len(data, 1)?;
    writable(config_account)?;
    writable(maker_account)?;
    writable(bond_vault)?;
    writable(reward_vault)?;
    accounts::distinct(config_account, maker_account)?;

    let (amount, bump, decimals, wallet) = {
        let mut config_ref = accounts::config_mut(program_id, config_account)?;
        let config = &mut *config_ref;
        address(mint, &config.mint, MakersError::InvalidMint)?;
        address(token_program, &config.token_program, MakersError::InvalidTokenProgram)?;
        address(bond_vault, &config.bond_vault, MakersError::InvalidVault)?;
        address(reward_vault, &config.reward_vault, MakersError::InvalidVault)?;
        let mut maker_ref = accounts::maker_mut(config_account, maker_account)?;
        let maker = &mut *maker_ref;
        if config.is_paused() {
            return Err(MakersError::Paused.into());
        }
        let (bond, unbonding) = (maker.bond(), maker.unbonding());
        if bond == 0 && unbonding == 0 {
            return Err(MakersError::NotBonded.into());
        }
        let now = clock::unix_timestamp()?;
        if now < ok(maker.last_active().checked_add(config.inactivity_window_secs()))? {
            return Err(MakersError::MakerActive.into());
        }
        let (from_bond, from_unbonding) = ok(slash_split(bond, unbonding, config.slash_bps()))?;
        let amount = from_bond + from_unbonding;
        if amount == 0 {
            return Err(MakersError::NothingToSlash.into());
        }
        maker.set_bond(bond - from_bond);
        maker.set_unbonding(unbonding - from_unbonding);
        maker.set_slashed(maker.slashed().saturating_add(amount));
        maker.set_last_slash_at(now);
        config.set_total_bonded(ok(config.total_bonded().checked_sub(from_bond))?);
        config.set_total_unbonding(ok(config.total_unbonding().checked_sub(from_unbonding))?);
        config.set_total_slashed(config.total_slashed() + amount as u128);
        (amount, config.bump, config.decimals, maker.wallet)
    };

    let before = balance(reward_vault)?;
    transfer_signed(
        &TransferChecked { token_program: token_program.key(), from: bond_vault, mint, to: reward_vault, authority: config_account, amount, decimals },
        bump,
    )?;
    let received = ok(balance(reward_vault)?.checked_sub(before))?;

    let mut config_ref = accounts::config_mut(program_id, config_account)?;
        let config = &mut *config_ref;
    let budget = ok(config.season_budget().checked_add(received))?;
    config.set_season_budget(budget);
    config.set_total_funded(config.total_funded() + received as u128);
    let maker = accounts::maker_mut(config_account, maker_account)?;
    Event::new(EventKind::Slashed)
        .key(maker_account.key())
        .key(&wallet)
        .u64(amount)
        .u64(received)
        .u64(maker.bond())
        .u64(maker.unbonding())
        .emit();
    Ok(())
}
