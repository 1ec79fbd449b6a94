//! `stake`: opens a position (see `StakingInstruction::Stake`).

use super::shared::accounts::{self, address, signer, writable};
use super::shared::rewards::{self, ok};
use super::shared::write;
use super::shared::token::transfer_in;
use crate::interface::error::StakingError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::data as d;
use crate::interface::seeds;
use crate::interface::state::{AccountKind, LAYOUT_VERSION, Position, Staker};
use keel_sdk::clock;
use keel_sdk::cpi::system::CreatePdaAccount;
use keel_sdk::cpi::token::TransferChecked;
use keel_sdk::layout::Layout;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, pda, pubkey};

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
        mint,
        token_program,
        _system_program,
        ..,
    ] = accounts
    else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    // Data: tier u8, amount u64, position_id u32, position_bump u8.
    d::expect_len(data, 14)?;
    let (tier, amount, position_id, position_bump) = (data[0], d::u64_at(data, 1), d::u32_at(data, 9), data[13]);

    signer(owner)?;
    writable(owner)?;
    writable(config_account)?;
    writable(staker_account)?;
    writable(position_account)?;
    writable(owner_token)?;
    writable(stake_vault)?;
    accounts::distinct4(config_account, staker_account, position_account, schedule_account)?;
    if amount == 0 {
        return Err(StakingError::ZeroAmount.into());
    }

    let (decimals, lock_secs, multiplier_bps, min_stake, max_stake) = {
        let config = accounts::config(program_id, config_account)?;
        if config.is_paused() {
            return Err(StakingError::Paused.into());
        }
        let t = config.tier(tier).ok_or(StakingError::InvalidTier)?;
        address(mint, &config.mint, StakingError::InvalidMint)?;
        address(token_program, &config.token_program, StakingError::InvalidTokenProgram)?;
        address(stake_vault, &config.stake_vault, StakingError::InvalidVault)?;
        (config.decimals, t.lock_secs(), t.multiplier_bps(), config.min_stake(), config.max_stake_per_wallet())
    };
    if amount < min_stake {
        return Err(StakingError::BelowMinimumStake.into());
    }

    // The staker record: created on the wallet's first stake, at its canonical
    // address (one record per wallet, so the per-wallet maximum holds).
    let new_staker = staker_account.is_owned_by(&pubkey::SYSTEM_PROGRAM_ID) && staker_account.data_is_empty();
    let (next_id, staked) = if new_staker {
        (0, 0)
    } else {
        let staker = accounts::staker_mut(config_account, staker_account, owner.key())?;
        (staker.next_position_id(), staker.total_amount())
    };
    // Checked on the requested amount before moving tokens; what arrives is at most that.
    if ok(staked.checked_add(amount))? > max_stake {
        return Err(StakingError::MaxStakePerWalletExceeded.into());
    }
    if position_id != next_id {
        return Err(StakingError::PositionIdMismatch.into());
    }
    if !position_account.is_owned_by(&pubkey::SYSTEM_PROGRAM_ID) || !position_account.data_is_empty() {
        return Err(StakingError::AccountAlreadyExists.into());
    }
    let id_bytes = position_id.to_le_bytes();
    let position_seeds: [&[u8]; 4] = [seeds::POSITION, config_account.key(), owner.key(), &id_bytes];
    // The canonical bump only, so a (config, owner, id) has one position address
    // that every reader can derive (a lower bump would give a second one). Hashes
    // only: the runtime re-derives (and checks off-curve) when signing below.
    pda::check_canonical_address(position_account, &position_seeds, position_bump, program_id)
        .map_err(|_| StakingError::InvalidAddress)?;
    let staker_bump = if new_staker {
        pda::check_canonical(staker_account, &[seeds::STAKER, config_account.key(), owner.key()], program_id)
            .map_err(|_| StakingError::InvalidAddress)?
    } else {
        0
    };

    // Create the accounts, then move the tokens.
    if new_staker {
        let bump = [staker_bump];
        let signer: [&[u8]; 4] = [seeds::STAKER, config_account.key(), owner.key(), &bump];
        CreatePdaAccount {
            payer: owner,
            account: staker_account,
            space: Staker::LEN,
            owner: program_id,
            signer: &signer,
        }
        .invoke()?;
    }
    let bump = [position_bump];
    let signer: [&[u8]; 5] = [seeds::POSITION, config_account.key(), owner.key(), &id_bytes, &bump];
    CreatePdaAccount {
        payer: owner,
        account: position_account,
        space: Position::LEN,
        owner: program_id,
        signer: &signer,
    }
    .invoke()?;

    let received = transfer_in(&TransferChecked {
        token_program: token_program.key(),
        from: owner_token,
        mint,
        to: stake_vault,
        authority: owner,
        amount,
        decimals,
    })?;
    if received < min_stake {
        return Err(StakingError::BelowMinimumStake.into());
    }

    let now = clock::unix_timestamp()?;
    let mut config_ref = accounts::config_mut(program_id, config_account)?;
    let config = &mut *config_ref;
    let mut staker_data = staker_account.try_borrow_mut_data()?;
    let staker = if new_staker {
        let s = Staker::load_uninit_mut(&mut staker_data).ok_or(StakingError::InvalidStaker)?;
        s.discriminator = AccountKind::Staker as u8;
        s.version = LAYOUT_VERSION;
        s.bump = staker_bump;
        s.owner = *owner.key();
        s.config = *config_account.key();
        config.set_stakers(config.stakers().saturating_add(1));
        s
    } else {
        Staker::load_mut(&mut staker_data).ok_or(StakingError::InvalidStaker)?
    };
    let mut position_data = position_account.try_borrow_mut_data()?;
    let position = Position::load_uninit_mut(&mut position_data).ok_or(StakingError::InvalidPosition)?;
    let mut schedule_data = write::schedule_mut(schedule_account, config_account)?;
    let mut parts = accounts::schedule_parts(&mut schedule_data)?;

    write::settle(config, &mut parts, now)?;
    position.discriminator = AccountKind::Position as u8;
    position.version = LAYOUT_VERSION;
    position.bump = position_bump;
    position.tier = tier;
    position.owner = *owner.key();
    position.config = *config_account.key();
    position.set_id(position_id);
    position.set_amount(received);
    position.set_lock_start(now);
    position.set_lock_end(write::lock_end(now, lock_secs)?);
    position.set_multiplier_bps(multiplier_bps);
    position.set_reward_debt(config.acc_reward_per_weight());
    position.set_settled_at(now);
    position.set_last_activity(now);
    write::write(config, &mut parts, Some(staker), position, None, now)?;

    rewards::add_total_staked(config, received)?;
    config.set_open_positions(ok(config.open_positions().checked_add(1))?);
    staker.set_total_amount(ok(staker.total_amount().checked_add(received))?);
    staker.set_next_position_id(ok(position_id.checked_add(1))?);
    staker.set_open_positions(ok(staker.open_positions().checked_add(1))?);

    Event::new(EventKind::Staked)
        .key(position_account.key())
        .key(owner.key())
        .u64(received)
        .i64(position.lock_end())
        .u64(position.voting_power())
        .u8(tier)
        .emit();
    Ok(())
}
