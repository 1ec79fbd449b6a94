//! `rollover`: anyone starts the next season after the current one ended (see
//! `instruction::ROLLOVER`).

use super::shared::accounts::{self, address, writable};
use super::shared::ok;
use super::shared::token::transfer_signed;
use crate::interface::error::MakersError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::data as d;
use crate::interface::state::config::RolloverPolicy;
use keel_sdk::cpi::token::TransferChecked;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, clock};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [config_account, reward_vault, mint, token_program, rest @ ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    d::expect_len(data, 1)?;
    writable(config_account)?;
    writable(reward_vault)?;

    let (returned, treasury, bump, decimals, event) = {
        let mut config_ref = accounts::config_mut(program_id, config_account)?;
        let config = &mut *config_ref;
        address(mint, &config.mint, MakersError::InvalidMint)?;
        address(token_program, &config.token_program, MakersError::InvalidTokenProgram)?;
        address(reward_vault, &config.reward_vault, MakersError::InvalidVault)?;
        let treasury = if config.rollover_policy == RolloverPolicy::Return as u8 {
            let treasury = rest.first().ok_or(MakersError::InvalidTreasury)?;
            address(treasury, &config.treasury, MakersError::InvalidTreasury)?;
            writable(treasury)?;
            Some(treasury)
        } else {
            None
        };
        if config.is_paused() {
            return Err(MakersError::Paused.into());
        }
        let now = clock::unix_timestamp()?;
        let end = config.season_end();
        if now < end {
            return Err(MakersError::SeasonNotEnded.into());
        }
        let unspent = config.budget_left();
        let (carried, returned) = if treasury.is_some() { (0, unspent) } else { (unspent, 0) };
        let ended_emitted = config.season_emitted();
        let secs = config.season_secs();
        // Contiguous seasons, unless rollover comes more than a season late.
        let mut start = end;
        let mut new_end = ok(end.checked_add(secs))?;
        if new_end <= now {
            start = now;
            new_end = ok(now.checked_add(secs))?;
        }
        let index = ok(config.season_index().checked_add(1))?;
        let budget = ok(carried.checked_add(config.next_budget()))?;
        config.set_season_index(index);
        config.set_season_start(start);
        config.set_season_end(new_end);
        config.set_season_budget(budget);
        config.set_season_emitted(0);
        config.set_next_budget(0);
        config.set_total_returned(config.total_returned() + returned as u128);
        let mut event = Event::new(EventKind::RolledOver);
        event.i64(start).i64(new_end).u64(budget).u64(carried).u64(returned).u64(ended_emitted).u32(index);
        (returned, treasury, config.bump, config.decimals, event)
    };
    if let Some(treasury) = treasury {
        transfer_signed(
            &TransferChecked { token_program: token_program.key(), from: reward_vault, mint, to: treasury, authority: config_account, amount: returned, decimals },
            bump,
        )?;
    }
    event.emit();
    Ok(())
}
