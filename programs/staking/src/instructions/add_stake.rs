//! `add_stake`: adds tokens to a position and renews its lock at its tier
//! (see `StakingInstruction::AddStake`).

use super::shared::accounts::{self, address, signer, writable};
use super::shared::rewards::{self, ok};
use super::shared::write;
use super::shared::token::transfer_in;
use crate::interface::error::StakingError;
use core::mem::MaybeUninit;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::data as d;
use keel_sdk::clock;
use keel_sdk::cpi::token::TransferChecked;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [owner, config_account, schedule_account, staker_account, position_account, owner_token, stake_vault, mint, token_program, ..] =
        accounts
    else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    // Data: amount u64.
    d::expect_len(data, 8)?;
    let amount = d::u64_at(data, 0);

    signer(owner)?;
    writable(config_account)?;
    writable(staker_account)?;
    writable(position_account)?;
    writable(owner_token)?;
    writable(stake_vault)?;
    accounts::distinct4(config_account, staker_account, position_account, schedule_account)?;
    if amount == 0 {
        return Err(StakingError::ZeroAmount.into());
    }
    let (decimals, max_stake) = {
        let config = accounts::config(program_id, config_account)?;
        if config.is_paused() {
            return Err(StakingError::Paused.into());
        }
        address(mint, &config.mint, StakingError::InvalidMint)?;
        address(token_program, &config.token_program, StakingError::InvalidTokenProgram)?;
        address(stake_vault, &config.stake_vault, StakingError::InvalidVault)?;
        (config.decimals, config.max_stake_per_wallet())
    };
    {
        accounts::owned_position_mut(config_account, position_account, owner.key())?;
        let staker = accounts::staker_mut(config_account, staker_account, owner.key())?;
        if ok(staker.total_amount().checked_add(amount))? > max_stake {
            return Err(StakingError::MaxStakePerWalletExceeded.into());
        }
    }

    let received = transfer_in(&TransferChecked {
        token_program: token_program.key(),
        from: owner_token,
        mint,
        to: stake_vault,
        authority: owner,
        amount,
        decimals,
    })?;
    if received == 0 {
        return Err(StakingError::ZeroAmount.into());
    }

    let now = clock::unix_timestamp()?;
    let mut config_ref = accounts::config_mut(program_id, config_account)?;
    let config = &mut *config_ref;
    let mut staker_ref = accounts::staker_mut(config_account, staker_account, owner.key())?;
    let staker = &mut *staker_ref;
    let mut position_ref = accounts::position_mut(config_account, position_account)?;
    let position = &mut *position_ref;
    let tier = *config.tier(position.tier).ok_or(StakingError::InvalidTier)?;
    let mut schedule_data = write::schedule_mut(schedule_account, config_account)?;
    let mut parts = accounts::schedule_parts(&mut schedule_data)?;

    write::settle(config, &mut parts, now)?;
    let mut old = MaybeUninit::uninit();
    let old = write::settle_position(config, &parts, position, now, &mut old)?;
    position.set_amount(ok(position.amount().checked_add(received))?);
    let relock = write::lock_end(now, tier.lock_secs())?;
    position.set_lock_start(now);
    position.set_lock_end(position.lock_end().max(relock));
    position.set_multiplier_bps(tier.multiplier_bps());
    position.set_last_activity(now);
    write::write(config, &mut parts, Some(staker), position, Some(old), now)?;
    rewards::add_total_staked(config, received)?;
    staker.set_total_amount(ok(staker.total_amount().checked_add(received))?);

    Event::new(EventKind::StakeAdded)
        .key(position_account.key())
        .key(owner.key())
        .u64(received)
        .u64(position.amount())
        .i64(position.lock_end())
        .u64(position.voting_power())
        .emit();
    Ok(())
}
