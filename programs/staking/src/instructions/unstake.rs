//! `unstake`: withdraws part or all of a position, with the early-exit penalty
//! before its lock ends (see `StakingInstruction::Unstake`).

use super::shared::accounts::{self, address, signer, writable};
use super::shared::rewards::{self, bump_u128, ok};
use super::shared::write;
use super::shared::token::{burn_signed, transfer_signed};
use crate::interface::error::StakingError;
use core::mem::MaybeUninit;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::data as d;
use crate::interface::state::config::PenaltyDestination;
use crate::math;
use keel_sdk::clock;
use keel_sdk::cpi::token::{BurnChecked, TransferChecked};
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [
        owner,
        config_account,
        schedule_account,
        staker_account,
        position_account,
        owner_token,
        stake_vault,
        reward_vault,
        mint,
        token_program,
        rest @ ..,
    ] = accounts
    else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    // Data: amount u64.
    d::expect_len(data, 8)?;
    let amount = d::u64_at(data, 0);

    signer(owner)?;
    writable(owner)?;
    writable(config_account)?;
    writable(staker_account)?;
    writable(position_account)?;
    writable(owner_token)?;
    writable(stake_vault)?;
    writable(reward_vault)?;
    accounts::distinct4(config_account, staker_account, position_account, schedule_account)?;
    if amount == 0 {
        return Err(StakingError::ZeroAmount.into());
    }
    let now = clock::unix_timestamp()?;

    // Checks and bookkeeping; the borrows end before the token CPIs.
    let (config_bump, decimals, destination, payout, penalty, rewards_paid, closed) = {
        let mut config_ref = accounts::config_mut(program_id, config_account)?;
        let config = &mut *config_ref;
        address(mint, &config.mint, StakingError::InvalidMint)?;
        address(token_program, &config.token_program, StakingError::InvalidTokenProgram)?;
        address(stake_vault, &config.stake_vault, StakingError::InvalidVault)?;
        address(reward_vault, &config.reward_vault, StakingError::InvalidVault)?;
        let destination = PenaltyDestination::from_u8(config.penalty_destination).ok_or(StakingError::InvalidConfig)?;
        if destination == PenaltyDestination::Treasury {
            let treasury = rest.first().ok_or(StakingError::InvalidTreasury)?;
            address(treasury, &config.treasury, StakingError::InvalidTreasury)?;
            writable(treasury)?;
        }
        let mut position_ref =
            accounts::owned_position_mut(config_account, position_account, owner.key())?;
        let position = &mut *position_ref;
        let mut staker_ref = accounts::staker_mut(config_account, staker_account, owner.key())?;
        let staker = &mut *staker_ref;
        if amount > position.amount() {
            return Err(StakingError::InsufficientStake.into());
        }
        // A position ends either at the minimum stake or more, or closed (rent
        // back): a partial exit may not leave dust that earns, votes and holds
        // rent for a few base units.
        let left = position.amount() - amount;
        if left != 0 && left < config.min_stake() {
            return Err(StakingError::BelowMinimumStake.into());
        }
        if now < position.vote_locked_until() {
            return Err(StakingError::VoteLocked.into());
        }

        let mut schedule_data = write::schedule_mut(schedule_account, config_account)?;
        let mut parts = accounts::schedule_parts(&mut schedule_data)?;
        write::settle(config, &mut parts, now)?;
        let mut old = MaybeUninit::uninit();
        let old = write::settle_position(config, &parts, position, now, &mut old)?;
        // The penalty applies while the lock runs; a lock that has ended (always
        // the case for the no-lock tier, whose lock ends when it starts) is free.
        let penalty = if now < position.lock_end() { ok(math::penalty(amount, config.penalty_bps()))? } else { 0 };
        position.set_amount(left);
        write::write(config, &mut parts, Some(staker), position, Some(old), now)?;
        rewards::sub_total_staked(config, amount)?;
        staker.set_total_amount(ok(staker.total_amount().checked_sub(amount))?);
        if penalty != 0 {
            config.set_total_penalties(bump_u128(config.total_penalties(), penalty));
        }
        let closed = left == 0;
        let mut rewards_paid = 0;
        if closed {
            // Everything withdrawn: pay the rewards too, since the account goes.
            rewards_paid = position.unclaimed();
            position.set_unclaimed(0);
            config.set_total_claimed(bump_u128(config.total_claimed(), rewards_paid));
            config.set_open_positions(config.open_positions().saturating_sub(1));
            staker.set_open_positions(staker.open_positions().saturating_sub(1));
        }
        (config.bump, config.decimals, destination, amount - penalty, penalty, rewards_paid, closed)
    };

    let out = |from, to, amount| TransferChecked {
        token_program: token_program.key(),
        from,
        mint,
        to,
        authority: config_account,
        amount,
        decimals,
    };
    transfer_signed(&out(stake_vault, owner_token, payout), config_bump)?;
    if penalty != 0 {
        match destination {
            PenaltyDestination::Recycle => {
                // Into the reward vault and the drip, after the leaver's weight is
                // gone: the stakers that stay share it over the drip period (not
                // at once, so nobody can stake just before an exit to take it).
                let before = super::shared::token::balance(reward_vault)?;
                transfer_signed(&out(stake_vault, reward_vault, penalty), config_bump)?;
                let received = super::shared::token::balance(reward_vault)? - before;
                let mut config_ref = accounts::config_mut(program_id, config_account)?;
                let config = &mut *config_ref;
                rewards::drip(config, received, now)?;
                config.set_total_funded(bump_u128(config.total_funded(), received));
            }
            PenaltyDestination::Treasury => {
                transfer_signed(&out(stake_vault, &rest[0], penalty), config_bump)?;
            }
            PenaltyDestination::Burn => {
                let burn = BurnChecked {
                    token_program: token_program.key(),
                    account: stake_vault,
                    mint,
                    authority: config_account,
                    amount: penalty,
                    decimals,
                };
                burn_signed(&burn, config_bump)?;
            }
        }
    }
    if closed {
        transfer_signed(&out(reward_vault, owner_token, rewards_paid), config_bump)?;
        keel_sdk::account::close(position_account, owner)?;
    }

    Event::new(EventKind::Unstaked)
        .key(position_account.key())
        .key(owner.key())
        .u64(amount)
        .u64(penalty)
        .u64(rewards_paid)
        .u8(closed as u8)
        .emit();
    Ok(())
}
