//! `accept_authority`: the pending authority or vote authority signs and takes
//! over (see `StakingInstruction::AcceptAuthority`).

use super::shared::accounts::{self, signer, writable};
use crate::interface::error::StakingError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::data as d;
use crate::interface::state::config::AuthorityKind;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [pending, config_account, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    // Data: which u8.
    d::expect_len(data, 1)?;
    let kind = AuthorityKind::from_u8(data[0]).ok_or(StakingError::InvalidInstructionData)?;
    signer(pending)?;
    writable(config_account)?;
    let mut config_ref = accounts::config_mut(program_id, config_account)?;
    let (current, proposed) = config_ref.authority_slots(kind);
    if *proposed == [0; 32] {
        return Err(StakingError::NoPendingAuthority.into());
    }
    // Both 8-aligned: the signer's key in the input buffer, the field in the config.
    if !pending.key_eq(proposed) {
        return Err(StakingError::NotPendingAuthority.into());
    }
    let previous = *current;
    *current = *proposed;
    *proposed = [0; 32];

    Event::new(EventKind::AuthorityAccepted).key(pending.key()).key(&previous).u8(kind as u8).emit();
    Ok(())
}
