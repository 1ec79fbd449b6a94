//! `deposit_rewards`: anyone adds rewards to the drip, released linearly over
//! the drip period (see `StakingInstruction::DepositRewards`).

use super::shared::accounts::{self, address, signer, writable};
use super::shared::rewards::{self, bump_u128};
use super::shared::write;
use super::shared::token::transfer_in;
use crate::interface::error::StakingError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::data as d;
use keel_sdk::clock;
use keel_sdk::cpi::token::TransferChecked;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [depositor, config_account, schedule_account, depositor_token, reward_vault, mint, token_program, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    // Data: amount u64.
    d::expect_len(data, 8)?;
    let amount = d::u64_at(data, 0);

    signer(depositor)?;
    writable(config_account)?;
    writable(depositor_token)?;
    writable(reward_vault)?;
    if amount == 0 {
        return Err(StakingError::ZeroAmount.into());
    }
    let decimals = {
        let config = accounts::config(program_id, config_account)?;
        if config.is_paused() {
            return Err(StakingError::Paused.into());
        }
        address(mint, &config.mint, StakingError::InvalidMint)?;
        address(token_program, &config.token_program, StakingError::InvalidTokenProgram)?;
        address(reward_vault, &config.reward_vault, StakingError::InvalidVault)?;
        config.decimals
    };

    let received = transfer_in(&TransferChecked {
        token_program: token_program.key(),
        from: depositor_token,
        mint,
        to: reward_vault,
        authority: depositor,
        amount,
        decimals,
    })?;
    if received == 0 {
        return Err(StakingError::ZeroAmount.into());
    }

    let now = clock::unix_timestamp()?;
    let mut config_ref = accounts::config_mut(program_id, config_account)?;
    let config = &mut *config_ref;
    accounts::distinct(config_account, schedule_account)?;
    let mut schedule_data = write::schedule_mut(schedule_account, config_account)?;
    let mut parts = accounts::schedule_parts(&mut schedule_data)?;
    // Release the drip up to now at the old rate, then re-spread what is left
    // with the new amount: nothing reaches the accumulator at once, so a stake
    // placed just before this deposit earns only for the time it stays.
    write::settle(config, &mut parts, now)?;
    rewards::drip(config, received, now)?;
    config.set_total_funded(bump_u128(config.total_funded(), received));

    Event::new(EventKind::RewardsDeposited)
        .key(depositor.key())
        .u64(received)
        .u64(config.drip_remaining())
        .i64(config.drip_end())
        .emit();
    Ok(())
}
