//! `withdraw_bond`: pays out the unbonding amount after the cooldown (see
//! `instruction::WITHDRAW_BOND`). Allowed while paused.

use super::shared::accounts::{self, address, signer, writable};
use super::shared::ok;
use super::shared::token::transfer_signed;
use crate::interface::error::MakersError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::data as d;
use keel_sdk::cpi::token::TransferChecked;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, clock};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [wallet, config_account, maker_account, destination, bond_vault, mint, token_program, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    d::expect_len(data, 1)?;
    signer(wallet)?;
    writable(config_account)?;
    writable(maker_account)?;
    writable(destination)?;
    writable(bond_vault)?;
    accounts::distinct(config_account, maker_account)?;

    let (amount, bump, decimals) = {
        let mut config_ref = accounts::config_mut(program_id, config_account)?;
        let config = &mut *config_ref;
        address(mint, &config.mint, MakersError::InvalidMint)?;
        address(token_program, &config.token_program, MakersError::InvalidTokenProgram)?;
        address(bond_vault, &config.bond_vault, MakersError::InvalidVault)?;
        let mut maker_ref = accounts::own_maker_mut(config_account, maker_account, wallet)?;
        let maker = &mut *maker_ref;
        let amount = maker.unbonding();
        if amount == 0 {
            return Err(MakersError::NothingToWithdraw.into());
        }
        if clock::unix_timestamp()? < maker.unlock_at() {
            return Err(MakersError::UnbondCooldown.into());
        }
        maker.set_unbonding(0);
        config.set_total_unbonding(ok(config.total_unbonding().checked_sub(amount))?);
        (amount, config.bump, config.decimals)
    };
    transfer_signed(
        &TransferChecked { token_program: token_program.key(), from: bond_vault, mint, to: destination, authority: config_account, amount, decimals },
        bump,
    )?;

    Event::new(EventKind::BondWithdrawn).key(maker_account.key()).key(wallet.key()).u64(amount).emit();
    Ok(())
}
