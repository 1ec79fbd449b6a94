//! `register`: creates the signing wallet's maker account, optionally bonding
//! (see `instruction::REGISTER`).

use super::shared::accounts::{self, address, signer, writable};
use super::shared::ok;
use super::shared::token::transfer_in;
use crate::interface::error::MakersError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::data as d;
use crate::interface::state::{AccountKind, LAYOUT_VERSION, MAKER_SEED, Maker};
use keel_sdk::cpi::system::CreatePdaAccount;
use keel_sdk::cpi::token::TransferChecked;
use keel_sdk::layout::Layout;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, clock, pda, pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [wallet, config_account, maker_account, _system_program, token_accounts @ ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    d::expect_len(data, 9)?;
    let bond = d::u64_at(data, 1);
    signer(wallet)?;
    writable(wallet)?;
    writable(config_account)?;
    writable(maker_account)?;
    accounts::distinct(config_account, maker_account)?;

    let (min_bond, decimals, early) = {
        let config = accounts::config(program_id, config_account)?;
        if config.is_paused() {
            return Err(MakersError::Paused.into());
        }
        let early = config.season_index() <= config.early_until_season() || config.makers() < config.early_max_makers();
        (config.min_bond(), config.decimals, early)
    };
    if bond != 0 && bond < min_bond {
        return Err(MakersError::BelowMinimumBond.into());
    }
    if !maker_account.is_owned_by(&pubkey::SYSTEM_PROGRAM_ID) || !maker_account.data_is_empty() {
        return Err(MakersError::AccountAlreadyExists.into());
    }
    let bump = pda::check_canonical(maker_account, &[MAKER_SEED, config_account.key(), wallet.key()], program_id)
        .map_err(|_| MakersError::InvalidAddress)?;
    let bump_seed = [bump];
    let signer_seeds: [&[u8]; 4] = [MAKER_SEED, config_account.key(), wallet.key(), &bump_seed];
    CreatePdaAccount { payer: wallet, account: maker_account, space: Maker::LEN, owner: program_id, signer: &signer_seeds }
        .invoke()?;

    let received = if bond == 0 {
        0
    } else {
        let [wallet_token, bond_vault, mint, token_program, ..] = token_accounts else {
            return Err(ProgramError::NotEnoughAccountKeys);
        };
        writable(wallet_token)?;
        writable(bond_vault)?;
        {
            let config = accounts::config(program_id, config_account)?;
            address(mint, &config.mint, MakersError::InvalidMint)?;
            address(token_program, &config.token_program, MakersError::InvalidTokenProgram)?;
            address(bond_vault, &config.bond_vault, MakersError::InvalidVault)?;
        }
        let received = transfer_in(&TransferChecked {
            token_program: token_program.key(),
            from: wallet_token,
            mint,
            to: bond_vault,
            authority: wallet,
            amount: bond,
            decimals,
        })?;
        if received < min_bond {
            return Err(MakersError::BelowMinimumBond.into());
        }
        received
    };

    let now = clock::unix_timestamp()?;
    let mut config_ref = accounts::config_mut(program_id, config_account)?;
        let config = &mut *config_ref;
    let mut maker_data = maker_account.try_borrow_mut_data()?;
    let maker = Maker::load_uninit_mut(&mut maker_data).ok_or(MakersError::InvalidMaker)?;
    let number = config.makers();
    maker.discriminator = AccountKind::Maker as u8;
    maker.version = LAYOUT_VERSION;
    maker.bump = bump;
    maker.early = early as u8;
    maker.set_number(number);
    maker.wallet = *wallet.key();
    maker.config = *config_account.key();
    maker.set_bond(received);
    maker.set_registered_at(now);
    config.set_makers(ok(number.checked_add(1))?);
    config.set_total_bonded(ok(config.total_bonded().checked_add(received))?);

    Event::new(EventKind::Registered)
        .key(maker_account.key())
        .key(wallet.key())
        .u64(received)
        .i64(now)
        .u32(number)
        .u8(early as u8)
        .emit();
    Ok(())
}
