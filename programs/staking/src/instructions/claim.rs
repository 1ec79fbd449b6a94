//! `claim`: pays a position's rewards (see `StakingInstruction::Claim`).

use super::shared::accounts::{self, address, signer, writable};
use super::shared::rewards::bump_u128;
use super::shared::write;
use super::shared::token::transfer_signed;
use crate::interface::error::StakingError;
use core::mem::MaybeUninit;
use crate::interface::event::{Event, EventKind};
use keel_sdk::clock;
use keel_sdk::cpi::token::TransferChecked;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [owner, config_account, schedule_account, position_account, destination, reward_vault, mint, token_program, staker_account, ..] =
        accounts
    else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if !data.is_empty() {
        return Err(StakingError::InvalidInstructionData.into());
    }
    signer(owner)?;
    writable(config_account)?;
    writable(position_account)?;
    writable(destination)?;
    writable(reward_vault)?;
    writable(staker_account)?;
    accounts::distinct4(config_account, position_account, staker_account, schedule_account)?;

    let (amount, bump, decimals) = {
        let mut config_ref = accounts::config_mut(program_id, config_account)?;
        let config = &mut *config_ref;
        if config.is_paused() {
            return Err(StakingError::Paused.into());
        }
        address(mint, &config.mint, StakingError::InvalidMint)?;
        address(token_program, &config.token_program, StakingError::InvalidTokenProgram)?;
        address(reward_vault, &config.reward_vault, StakingError::InvalidVault)?;
        let mut position_ref =
            accounts::owned_position_mut(config_account, position_account, owner.key())?;
        let position = &mut *position_ref;
        let mut staker_ref = accounts::staker_mut(config_account, staker_account, owner.key())?;
        let staker = &mut *staker_ref;

        let now = clock::unix_timestamp()?;
        let mut schedule_data = write::schedule_mut(schedule_account, config_account)?;
        let mut parts = accounts::schedule_parts(&mut schedule_data)?;
        write::settle(config, &mut parts, now)?;
        let mut old = MaybeUninit::uninit();
        let old = write::settle_position(config, &parts, position, now, &mut old)?;
        let amount = position.unclaimed();
        if amount == 0 {
            return Err(StakingError::NothingToClaim.into());
        }
        position.set_unclaimed(0);
        position.set_rewards_paid(position.rewards_paid().saturating_add(amount));
        // Claiming is participation: the write runs its booster on.
        position.set_last_activity(now);
        write::write(config, &mut parts, Some(staker), position, Some(old), now)?;
        config.set_total_claimed(bump_u128(config.total_claimed(), amount));
        (amount, config.bump, config.decimals)
    };

    let transfer = TransferChecked {
        token_program: token_program.key(),
        from: reward_vault,
        mint,
        to: destination,
        authority: config_account,
        amount,
        decimals,
    };
    transfer_signed(&transfer, bump)?;

    Event::new(EventKind::Claimed).key(position_account.key()).key(owner.key()).u64(amount).emit();
    Ok(())
}
