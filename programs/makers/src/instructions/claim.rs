//! `claim`: pays the maker's pending rewards, creating the wallet's associated
//! token account when the destination does not exist yet (see
//! `instruction::CLAIM`).

use super::shared::accounts::{self, address, signer, writable};
use super::shared::ata::{ASSOCIATED_TOKEN_PROGRAM_ID, CreateIdempotent};
use super::shared::token::transfer_signed;
use crate::interface::error::MakersError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::data as d;
use keel_sdk::cpi::token::TransferChecked;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [wallet, config_account, maker_account, destination, reward_vault, mint, token_program, system_program, ata_program, ..] =
        accounts
    else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    d::expect_len(data, 1)?;
    signer(wallet)?;
    writable(wallet)?;
    writable(config_account)?;
    writable(maker_account)?;
    writable(destination)?;
    writable(reward_vault)?;
    accounts::distinct(config_account, maker_account)?;

    let (amount, bump, decimals) = {
        let mut config_ref = accounts::config_mut(program_id, config_account)?;
        let config = &mut *config_ref;
        address(mint, &config.mint, MakersError::InvalidMint)?;
        address(token_program, &config.token_program, MakersError::InvalidTokenProgram)?;
        address(reward_vault, &config.reward_vault, MakersError::InvalidVault)?;
        let mut maker_ref = accounts::own_maker_mut(config_account, maker_account, wallet)?;
        let maker = &mut *maker_ref;
        if config.is_paused() {
            return Err(MakersError::Paused.into());
        }
        let amount = maker.pending();
        if amount == 0 {
            return Err(MakersError::NothingToClaim.into());
        }
        maker.set_rewards_claimed(maker.rewards_earned());
        config.set_total_claimed(config.total_claimed() + amount as u128);
        (amount, config.bump, config.decimals)
    };

    // A missing destination is created as the wallet's associated token account.
    let created = destination.is_owned_by(&pubkey::SYSTEM_PROGRAM_ID) && destination.data_is_empty();
    if created {
        if !ata_program.key_eq(&ASSOCIATED_TOKEN_PROGRAM_ID) {
            return Err(MakersError::InvalidDestination.into());
        }
        CreateIdempotent { payer: wallet, account: destination, owner: wallet, mint, system_program, token_program }
            .invoke()?;
    } else if !destination.is_owned_by(token_program.key()) {
        return Err(MakersError::InvalidDestination.into());
    }
    transfer_signed(
        &TransferChecked { token_program: token_program.key(), from: reward_vault, mint, to: destination, authority: config_account, amount, decimals },
        bump,
    )?;

    Event::new(EventKind::Claimed)
        .key(maker_account.key())
        .key(wallet.key())
        .key(destination.key())
        .u64(amount)
        .u8(created as u8)
        .emit();
    Ok(())
}
