//! `fund_stream`: the authority adds to the linear reward stream and re-spreads
//! it (see `StakingInstruction::FundStream`).

use super::shared::accounts::{self, address, signer, writable};
use super::shared::rewards::{bump_u128, ok};
use super::shared::write;
use super::shared::token::transfer_in;
use crate::interface::error::StakingError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::data as d;
use crate::interface::state::config::bounds;
use keel_sdk::clock;
use keel_sdk::cpi::token::TransferChecked;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [authority, config_account, schedule_account, authority_token, reward_vault, mint, token_program, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    // Data: amount u64, duration_secs i64.
    d::expect_len(data, 16)?;
    let (amount, duration) = (d::u64_at(data, 0), d::i64_at(data, 8));

    signer(authority)?;
    writable(config_account)?;
    writable(authority_token)?;
    writable(reward_vault)?;
    let decimals = {
        let config = accounts::config(program_id, config_account)?;
        if !pubkey::eq(&config.authority, authority.key()) {
            return Err(StakingError::Unauthorized.into());
        }
        if config.is_paused() {
            return Err(StakingError::Paused.into());
        }
        address(mint, &config.mint, StakingError::InvalidMint)?;
        address(token_program, &config.token_program, StakingError::InvalidTokenProgram)?;
        address(reward_vault, &config.reward_vault, StakingError::InvalidVault)?;
        if amount == 0 && config.stream_remaining() == 0 {
            return Err(StakingError::InvalidStreamDuration.into());
        }
        config.decimals
    };
    if !(1..=bounds::MAX_STREAM_SECS).contains(&duration) {
        return Err(StakingError::InvalidStreamDuration.into());
    }

    let received = if amount == 0 {
        0
    } else {
        transfer_in(&TransferChecked {
            token_program: token_program.key(),
            from: authority_token,
            mint,
            to: reward_vault,
            authority,
            amount,
            decimals,
        })?
    };

    let now = clock::unix_timestamp()?;
    let mut config_ref = accounts::config_mut(program_id, config_account)?;
    let config = &mut *config_ref;
    accounts::distinct(config_account, schedule_account)?;
    let mut schedule_data = write::schedule_mut(schedule_account, config_account)?;
    let mut parts = accounts::schedule_parts(&mut schedule_data)?;
    // Release what ran so far at the old rate, then merge the rest with the new
    // amount over the new period.
    write::settle(config, &mut parts, now)?;
    let remaining = ok(config.stream_remaining().checked_add(received))?;
    if remaining == 0 {
        return Err(StakingError::InvalidStreamDuration.into());
    }
    let end = ok(now.checked_add(duration))?;
    config.set_stream_remaining(remaining);
    config.set_stream_end(end);
    config.set_stream_last_update(now);
    config.set_total_funded(bump_u128(config.total_funded(), received));

    Event::new(EventKind::StreamFunded).u64(received).u64(remaining).i64(end).emit();
    Ok(())
}
