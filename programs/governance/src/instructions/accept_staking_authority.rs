//! `accept_staking_authority`: anyone completes a staking hand-over to the
//! authority PDA (see `GovernanceInstruction::AcceptStakingAuthority`).

use super::shared::accounts::{self, address, writable};
use super::shared::staking::AcceptAuthority;
use crate::interface::error::GovernanceError;
use crate::interface::event::{Event, EventKind};
use crate::interface::instruction::data as d;
use crate::interface::seeds;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

#[inline(never)]
pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [config_account, authority, staking_config, staking_program, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    // Data: which u8 (0 authority, 1 vote authority).
    d::expect_len(data, 1)?;
    let which = data[0];
    if which > 1 {
        return Err(GovernanceError::InvalidInstructionData.into());
    }
    writable(staking_config)?;
    let config = accounts::config(program_id, config_account)?;
    address(authority, &config.authority, GovernanceError::InvalidAuthority)?;
    address(staking_config, &config.staking_config, GovernanceError::InvalidStakingConfig)?;
    address(staking_program, &config.staking_program, GovernanceError::InvalidStakingProgram)?;

    // The staking program checks that the authority PDA is the pending key.
    let authority_bump = [config.authority_bump];
    let authority_signer: &[&[u8]] = &[seeds::AUTHORITY, config_account.key(), &authority_bump];
    AcceptAuthority { staking_program: &config.staking_program, pending: authority, config: staking_config, which }
        .invoke_signed(&[authority_signer])?;

    Event::new(EventKind::StakingAuthorityAccepted).key(staking_config.key()).u8(which).emit();
    Ok(())
}
