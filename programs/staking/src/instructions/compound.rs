//! `compound`: moves a position's rewards into its stake
//! (see `StakingInstruction::Compound`).

use super::shared::accounts::{self, address, signer, writable};
use super::shared::rewards::{self, bump_u128, ok};
use super::shared::write;
use super::shared::token::{balance, transfer_signed};
use crate::interface::error::StakingError;
use core::mem::MaybeUninit;
use crate::interface::event::{Event, EventKind};
use keel_sdk::clock;
use keel_sdk::cpi::token::TransferChecked;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [owner, config_account, schedule_account, staker_account, position_account, reward_vault, stake_vault, mint, token_program, ..] =
        accounts
    else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if !data.is_empty() {
        return Err(StakingError::InvalidInstructionData.into());
    }
    signer(owner)?;
    writable(config_account)?;
    writable(staker_account)?;
    writable(position_account)?;
    writable(reward_vault)?;
    writable(stake_vault)?;
    accounts::distinct4(config_account, staker_account, position_account, schedule_account)?;
    let now = clock::unix_timestamp()?;

    let mut old = MaybeUninit::uninit();
    let (amount, bump, decimals, old) = {
        let mut config_ref = accounts::config_mut(program_id, config_account)?;
        let config = &mut *config_ref;
        if config.is_paused() {
            return Err(StakingError::Paused.into());
        }
        address(mint, &config.mint, StakingError::InvalidMint)?;
        address(token_program, &config.token_program, StakingError::InvalidTokenProgram)?;
        address(reward_vault, &config.reward_vault, StakingError::InvalidVault)?;
        address(stake_vault, &config.stake_vault, StakingError::InvalidVault)?;
        let mut position_ref =
            accounts::owned_position_mut(config_account, position_account, owner.key())?;
        let position = &mut *position_ref;
        let staker = accounts::staker_mut(config_account, staker_account, owner.key())?;

        let mut schedule_data = write::schedule_mut(schedule_account, config_account)?;
        let mut parts = accounts::schedule_parts(&mut schedule_data)?;
        write::settle(config, &mut parts, now)?;
        let old = write::settle_position(config, &parts, position, now, &mut old)?;
        let room = config.max_stake_per_wallet().saturating_sub(staker.total_amount());
        let amount = position.unclaimed().min(room);
        if amount == 0 {
            return Err(StakingError::NothingToCompound.into());
        }
        position.set_unclaimed(position.unclaimed() - amount);
        position.set_rewards_paid(position.rewards_paid().saturating_add(amount));
        config.set_total_compounded(bump_u128(config.total_compounded(), amount));
        (amount, config.bump, config.decimals, old)
    };

    let before = balance(stake_vault)?;
    let transfer = TransferChecked {
        token_program: token_program.key(),
        from: reward_vault,
        mint,
        to: stake_vault,
        authority: config_account,
        amount,
        decimals,
    };
    transfer_signed(&transfer, bump)?;
    let received = ok(balance(stake_vault)?.checked_sub(before))?;

    let mut config_ref = accounts::config_mut(program_id, config_account)?;
    let config = &mut *config_ref;
    let mut position_ref = accounts::position_mut(config_account, position_account)?;
    let position = &mut *position_ref;
    let mut staker_ref = accounts::staker_mut(config_account, staker_account, owner.key())?;
    let staker = &mut *staker_ref;
    let mut schedule_data = write::schedule_mut(schedule_account, config_account)?;
    let mut parts = accounts::schedule_parts(&mut schedule_data)?;
    // Same tier and lock; compounding is participation.
    position.set_amount(ok(position.amount().checked_add(received))?);
    position.set_last_activity(now);
    write::write(config, &mut parts, Some(staker), position, Some(old), now)?;
    rewards::add_total_staked(config, received)?;
    staker.set_total_amount(ok(staker.total_amount().checked_add(received))?);

    Event::new(EventKind::Compounded).key(position_account.key()).key(owner.key()).u64(received).emit();
    Ok(())
}
