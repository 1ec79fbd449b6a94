//! `fund`: anyone adds budget, backed by the tokens the reward vault receives
//! (see `instruction::FUND`).

use super::shared::accounts::{self, address, signer, writable};
use super::shared::ok;
use super::shared::token::transfer_in;
use crate::interface::error::MakersError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::{FUND_CURRENT_SEASON, FUND_NEXT_SEASON, data as d};
use keel_sdk::cpi::token::TransferChecked;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [funder, config_account, funder_token, reward_vault, mint, token_program, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    d::expect_len(data, 10)?;
    let (amount, target) = (d::u64_at(data, 1), data[9]);
    signer(funder)?;
    writable(config_account)?;
    writable(funder_token)?;
    writable(reward_vault)?;
    if target != FUND_CURRENT_SEASON && target != FUND_NEXT_SEASON {
        return Err(MakersError::InvalidInstructionData.into());
    }
    if amount == 0 {
        return Err(MakersError::ZeroAmount.into());
    }
    let decimals = {
        let config = accounts::config(program_id, config_account)?;
        address(mint, &config.mint, MakersError::InvalidMint)?;
        address(token_program, &config.token_program, MakersError::InvalidTokenProgram)?;
        address(reward_vault, &config.reward_vault, MakersError::InvalidVault)?;
        if config.is_paused() {
            return Err(MakersError::Paused.into());
        }
        config.decimals
    };
    let received = transfer_in(&TransferChecked {
        token_program: token_program.key(),
        from: funder_token,
        mint,
        to: reward_vault,
        authority: funder,
        amount,
        decimals,
    })?;
    if received == 0 {
        return Err(MakersError::ZeroAmount.into());
    }
    let mut config_ref = accounts::config_mut(program_id, config_account)?;
        let config = &mut *config_ref;
    if target == FUND_CURRENT_SEASON {
        config.set_season_budget(ok(config.season_budget().checked_add(received))?);
    } else {
        config.set_next_budget(ok(config.next_budget().checked_add(received))?);
    }
    config.set_total_funded(config.total_funded() + received as u128);

    Event::new(EventKind::Funded)
        .key(funder.key())
        .u64(received)
        .u64(config.season_budget())
        .u64(config.next_budget())
        .u8(target)
        .emit();
    Ok(())
}
