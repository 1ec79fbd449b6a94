//! `accept_guardian`: the pending guardian signs and takes the role
//! (see `GovernanceInstruction::AcceptGuardian`).

use super::shared::accounts::{self, signer, writable};
use crate::interface::error::GovernanceError;
use crate::interface::event::{Event, EventKind};
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [pending, config_account, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    if !data.is_empty() {
        return Err(GovernanceError::InvalidInstructionData.into());
    }
    signer(pending)?;
    writable(config_account)?;
    let mut config_ref = accounts::config_mut(program_id, config_account)?;
    let config = &mut *config_ref;
    if !config.has_pending_guardian() {
        return Err(GovernanceError::NoPendingGuardian.into());
    }
    if !pending.key_eq(&config.pending_guardian) {
        return Err(GovernanceError::NotPendingGuardian.into());
    }
    let previous = config.guardian;
    config.guardian = config.pending_guardian;
    config.pending_guardian = [0; 32];

    Event::new(EventKind::GuardianAccepted).key(pending.key()).key(&previous).emit();
    Ok(())
}
