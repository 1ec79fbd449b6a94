//! `add_bond`: adds to the maker's bond (see `instruction::ADD_BOND`).

use super::shared::accounts::{self, address, signer, writable};
use super::shared::ok;
use super::shared::token::transfer_in;
use crate::interface::error::MakersError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::data as d;
use keel_sdk::cpi::token::TransferChecked;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [wallet, config_account, maker_account, wallet_token, bond_vault, mint, token_program, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    d::expect_len(data, 9)?;
    let amount = d::u64_at(data, 1);
    signer(wallet)?;
    writable(config_account)?;
    writable(maker_account)?;
    writable(wallet_token)?;
    writable(bond_vault)?;
    accounts::distinct(config_account, maker_account)?;
    if amount == 0 {
        return Err(MakersError::ZeroAmount.into());
    }
    let decimals = {
        let config = accounts::config(program_id, config_account)?;
        if config.is_paused() {
            return Err(MakersError::Paused.into());
        }
        address(mint, &config.mint, MakersError::InvalidMint)?;
        address(token_program, &config.token_program, MakersError::InvalidTokenProgram)?;
        address(bond_vault, &config.bond_vault, MakersError::InvalidVault)?;
        accounts::own_maker_mut(config_account, maker_account, wallet)?;
        config.decimals
    };
    let received = transfer_in(&TransferChecked {
        token_program: token_program.key(),
        from: wallet_token,
        mint,
        to: bond_vault,
        authority: wallet,
        amount,
        decimals,
    })?;
    if received == 0 {
        return Err(MakersError::ZeroAmount.into());
    }

    let mut config_ref = accounts::config_mut(program_id, config_account)?;
        let config = &mut *config_ref;
    let mut maker_ref = accounts::maker_mut(config_account, maker_account)?;
        let maker = &mut *maker_ref;
    let bond = ok(maker.bond().checked_add(received))?;
    if bond < config.min_bond() {
        return Err(MakersError::BelowMinimumBond.into());
    }
    maker.set_bond(bond);
    config.set_total_bonded(ok(config.total_bonded().checked_add(received))?);

    Event::new(EventKind::BondAdded).key(maker_account.key()).key(wallet.key()).u64(received).u64(bond).emit();
    Ok(())
}
