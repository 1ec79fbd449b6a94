//! `set_staking_paused`: the guardian pauses or unpauses staking through the
//! authority PDA (see `GovernanceInstruction::SetStakingPaused`).

use super::shared::accounts::{self, address, signer, writable};
use super::shared::staking::SetPaused;
use crate::interface::error::GovernanceError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::data as d;
use crate::interface::seeds;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [guardian, config_account, authority, staking_config, staking_program, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    d::expect_len(data, 1)?;
    if data[0] > 1 {
        return Err(GovernanceError::InvalidParameter.into());
    }
    let paused = data[0] == 1;
    signer(guardian)?;
    writable(staking_config)?;
    let config = accounts::config(program_id, config_account)?;
    if !config.has_guardian() || !pubkey::eq(&config.guardian, guardian.key()) {
        return Err(GovernanceError::NotGuardian.into());
    }
    address(authority, &config.authority, GovernanceError::InvalidAuthority)?;
    address(staking_config, &config.staking_config, GovernanceError::InvalidStakingConfig)?;
    address(staking_program, &config.staking_program, GovernanceError::InvalidStakingProgram)?;

    let authority_bump = [config.authority_bump];
    let authority_signer: &[&[u8]] = &[seeds::AUTHORITY, config_account.key(), &authority_bump];
    SetPaused { staking_program: &config.staking_program, authority, config: staking_config, paused }
        .invoke_signed(&[authority_signer])?;

    Event::new(EventKind::StakingPauseSet).key(guardian.key()).u8(paused as u8).emit();
    Ok(())
}
