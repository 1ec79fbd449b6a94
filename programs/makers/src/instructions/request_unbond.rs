//! `request_unbond`: moves bond to unbonding and starts the cooldown (see
//! `instruction::REQUEST_UNBOND`). Allowed while paused.

use super::shared::accounts::{self, signer, writable};
use super::shared::ok;
use crate::interface::error::MakersError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::data as d;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, clock};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [wallet, config_account, maker_account, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    d::expect_len(data, 9)?;
    let amount = d::u64_at(data, 1);
    signer(wallet)?;
    writable(config_account)?;
    writable(maker_account)?;
    accounts::distinct(config_account, maker_account)?;
    if amount == 0 {
        return Err(MakersError::ZeroAmount.into());
    }
    let mut config_ref = accounts::config_mut(program_id, config_account)?;
        let config = &mut *config_ref;
    let mut maker_ref = accounts::own_maker_mut(config_account, maker_account, wallet)?;
        let maker = &mut *maker_ref;
    let left = maker.bond().checked_sub(amount).ok_or(MakersError::InsufficientBond)?;
    if left != 0 && left < config.min_bond() {
        return Err(MakersError::BelowMinimumBond.into());
    }
    let now = clock::unix_timestamp()?;
    let unbonding = ok(maker.unbonding().checked_add(amount))?;
    let unlock_at = ok(now.checked_add(config.unbond_cooldown_secs()))?;
    maker.set_bond(left);
    maker.set_unbonding(unbonding);
    maker.set_unlock_at(unlock_at);
    config.set_total_bonded(ok(config.total_bonded().checked_sub(amount))?);
    config.set_total_unbonding(ok(config.total_unbonding().checked_add(amount))?);

    Event::new(EventKind::UnbondRequested)
        .key(maker_account.key())
        .key(wallet.key())
        .u64(amount)
        .u64(unbonding)
        .i64(unlock_at)
        .emit();
    Ok(())
}
