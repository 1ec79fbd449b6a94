//! `set_auto_compound`: opts a position in or out of the compounding crank
//! (see `StakingInstruction::SetAutoCompound`).

use super::shared::accounts::{self, signer, writable};
use crate::interface::error::StakingError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::data as d;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [owner, config_account, position_account, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    // Data: enabled u8.
    d::expect_len(data, 1)?;
    if data[0] > 1 {
        return Err(StakingError::InvalidInstructionData.into());
    }
    signer(owner)?;
    writable(position_account)?;
    accounts::config(program_id, config_account)?;
    let mut position_ref =
        accounts::owned_position_mut(config_account, position_account, owner.key())?;
    let position = &mut *position_ref;
    position.auto_compound = data[0];

    Event::new(EventKind::AutoCompoundSet).key(position_account.key()).u8(data[0]).emit();
    Ok(())
}
