//! `crank_compound`: anyone compounds positions that opted in
//! (see `StakingInstruction::CrankCompound`).
//!
//! Three passes so one token transfer serves every position:
//! 1. settle each opted-in position (along its curve: a lock that ended since
//!    is already out of the totals, by the schedule) and take `min(unclaimed, room under the wallet maximum)`,
//!    reserving it in the staker's total (so two positions of one wallet cannot
//!    overshoot together);
//! 2. move the sum from the reward vault to the stake vault;
//! 3. credit each position its share of what arrived (all of it without transfer
//!    fees; pro rata, rounded down, with them; the rounding dust stays in the
//!    stake vault as surplus).

use super::shared::accounts::{self, address, writable};
use super::shared::rewards::{self, bump_u128, ok};
use super::shared::write;
use super::shared::token::{balance, transfer_signed};
use crate::interface::error::StakingError;
use core::mem::MaybeUninit;
use crate::interface::event::{Event, EventKind};
use keel_sdk::clock;
use keel_sdk::cpi::token::TransferChecked;
use keel_sdk::entrypoint::MAX_ACCOUNTS;
use keel_sdk::math::mul_div;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

/// Most (position, staker) pairs the entrypoint can hand over.
const MAX_PAIRS: usize = (MAX_ACCOUNTS - 6) / 2;

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [config_account, schedule_account, reward_vault, stake_vault, mint, token_program, pairs @ ..] = accounts else {
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
    // Every pair apart from the config and the schedule before anything is
    // borrowed, so an alias is named rather than a failed borrow.
    for pair in pairs.chunks_exact(2) {
        accounts::distinct4(config_account, &pair[0], &pair[1], schedule_account)?;
    }
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
        let mut schedule_data = write::schedule_mut(schedule_account, config_account)?;
        let mut parts = accounts::schedule_parts(&mut schedule_data)?;
        write::settle(config, &mut parts, now)?;
        let max = config.max_stake_per_wallet();
        let mut total = 0u64;
        let mut i = 0;
        while i < count {
            let (position_account, staker_account) = (&pairs[2 * i], &pairs[2 * i + 1]);
            writable(position_account)?;
            writable(staker_account)?;
            let mut position_ref = accounts::position_mut(config_account, position_account)?;
            let position = &mut *position_ref;
            let mut staker_ref =
                accounts::staker_mut(config_account, staker_account, &position.owner)?;
            let staker = &mut *staker_ref;
            if position.is_auto_compound() {
                // Settling leaves the curve as it is (pass 3 writes the credited ones).
                write::settle_position(config, &parts, position, now, &mut MaybeUninit::uninit())?;
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
    let mut schedule_data = write::schedule_mut(schedule_account, config_account)?;
    let mut parts = accounts::schedule_parts(&mut schedule_data)?;
    let mut credited = 0u64;
    let mut compounded = 0u32;
    let mut i = 0;
    while i < count {
        let amount = taken[i];
        if amount != 0 {
            let credit = if received == total { amount } else { ok(mul_div(amount, received, total))? };
            let mut position_ref = accounts::position_mut(config_account, &pairs[2 * i])?;
            let position = &mut *position_ref;
            let mut staker_ref =
                accounts::staker_mut(config_account, &pairs[2 * i + 1], &position.owner)?;
            let staker = &mut *staker_ref;
            let mut old = MaybeUninit::uninit();
            let old = write::old_curve(position, now, &mut old)?;
            position.set_amount(ok(position.amount().checked_add(credit))?);
            // Replace the reservation of pass 1 by what arrived.
            staker.set_total_amount(staker.total_amount() - amount + credit);
            write::write(config, &mut parts, Some(staker), position, Some(old), now)?;
            credited += credit;
            compounded += 1;
        }
        i += 1;
    }
    rewards::add_total_staked(config, credited)?;

    Event::new(EventKind::CrankCompounded).u64(credited).u32(compounded).emit();
    Ok(())
}
