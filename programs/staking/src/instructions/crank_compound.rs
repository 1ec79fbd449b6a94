//! `crank_compound`: anyone compounds positions that opted in
//! (see `StakingInstruction::CrankCompound`).
//!
//! Three passes so one token transfer serves every position:
//! 1. settle each opted-in position (demoting an ended lock to the no-lock
//!    multiplier) and take `min(unclaimed, room under the wallet maximum)`,
//!    reserving it in the staker's total (so two positions of one wallet cannot
//!    overshoot together);
//! 2. move the sum from the reward vault to the stake vault;
//! 3. credit each position its share of what arrived (all of it without transfer
//!    fees; pro rata, rounded down, with them; the rounding dust stays in the
//!    stake vault as surplus).

use super::shared::accounts::{self, address, writable};
use super::shared::rewards::{self, bump_u128, ok};
use super::shared::token::{balance, transfer_signed};
use crate::interface::error::StakingError;
use crate::interface::event::{Event, EventKind};
use keel_sdk::clock;
use keel_sdk::cpi::token::TransferChecked;
use keel_sdk::entrypoint::MAX_ACCOUNTS;
use keel_sdk::math::mul_div;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

/// Most (position, staker) pairs the entrypoint can hand over.
const MAX_PAIRS: usize = (MAX_ACCOUNTS - 5) / 2;

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [config_account, reward_vault, stake_vault, mint, token_program, pairs @ ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if pairs.len() < 2 {
        return Err(ProgramError::NotEnoughAccountKeys);
    }
    if pairs.len() % 2 != 0 || !data.is_empty() {
        return Err(StakingError::InvalidInstructionData.into());
    }
    writable(config_account)?;
    writable(reward_vault)?;
    writable(stake_vault)?;
    let count = pairs.len() / 2;
    let now = clock::unix_timestamp()?;

    // Pass 1.
    let mut taken = [0u64; MAX_PAIRS];
    let (total, bump, decimals) = {
        let mut config_ref = accounts::config_mut(program_id, config_account)?;
        let config = &mut *config_ref;
        if config.is_paused() {
            return Err(StakingError::Paused.into());
        }
        address(mint, &config.mint, StakingError::InvalidMint)?;
        address(token_program, &config.token_program, StakingError::InvalidTokenProgram)?;
        address(reward_vault, &config.reward_vault, StakingError::InvalidVault)?;
        address(stake_vault, &config.stake_vault, StakingError::InvalidVault)?;
        rewards::settle_global(config, now)?;
        let max = config.max_stake_per_wallet();
        let mut total = 0u64;
        let mut i = 0;
        while i < count {
            let (position_account, staker_account) = (&pairs[2 * i], &pairs[2 * i + 1]);
            writable(position_account)?;
            writable(staker_account)?;
            accounts::distinct3(config_account, position_account, staker_account)?;
            let mut position_ref = accounts::position_mut(program_id, position_account, config_account.key())?;
            let position = &mut *position_ref;
            let mut staker_ref =
                accounts::staker_mut(program_id, staker_account, config_account.key(), &position.owner)?;
            let staker = &mut *staker_ref;
            if position.is_auto_compound() {
                rewards::settle_position(config, position)?;
                // An ended lock falls to the no-lock multiplier here, even if there is
                // nothing to compound (pass 3 recomputes the credited ones again).
                if rewards::demotion_due(config, position, now) {
                    rewards::apply_stake(config, staker, position, now)?;
                }
                let room = max.saturating_sub(staker.total_amount());
                let amount = position.unclaimed().min(room);
                if amount != 0 {
                    position.set_unclaimed(position.unclaimed() - amount);
                    position.set_rewards_paid(position.rewards_paid().saturating_add(amount));
                    staker.set_total_amount(staker.total_amount() + amount);
                    taken[i] = amount;
                    total = ok(total.checked_add(amount))?;
                }
            }
            i += 1;
        }
        if total == 0 {
            return Err(StakingError::NothingToCompound.into());
        }
        config.set_total_compounded(bump_u128(config.total_compounded(), total));
        (total, config.bump, config.decimals)
    };

    // Pass 2.
    let before = balance(stake_vault)?;
    let transfer = TransferChecked {
        token_program: token_program.key(),
        from: reward_vault,
        mint,
        to: stake_vault,
        authority: config_account,
        amount: total,
        decimals,
    };
    transfer_signed(&transfer, bump)?;
    let received = ok(balance(stake_vault)?.checked_sub(before))?;

    // Pass 3.
    let mut config_ref = accounts::config_mut(program_id, config_account)?;
    let config = &mut *config_ref;
    let mut credited = 0u64;
    let mut compounded = 0u32;
    let mut i = 0;
    while i < count {
        let amount = taken[i];
        if amount != 0 {
            let credit = if received == total { amount } else { ok(mul_div(amount, received, total))? };
            let mut position_ref = accounts::position_mut(program_id, &pairs[2 * i], config_account.key())?;
            let position = &mut *position_ref;
            let mut staker_ref =
                accounts::staker_mut(program_id, &pairs[2 * i + 1], config_account.key(), &position.owner)?;
            let staker = &mut *staker_ref;
            position.set_amount(ok(position.amount().checked_add(credit))?);
            // Replace the reservation of pass 1 by what arrived.
            staker.set_total_amount(staker.total_amount() - amount + credit);
            rewards::apply_stake(config, staker, position, now)?;
            credited += credit;
            compounded += 1;
        }
        i += 1;
    }
    rewards::add_total_staked(config, credited)?;

    Event::new(EventKind::CrankCompounded).u64(credited).u32(compounded).emit();
    Ok(())
}
