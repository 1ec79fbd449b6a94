//! Keel governance: proposals created and voted with staking positions, whose
//! actions run after a timelock with the governance authority PDA as signer.
//! That PDA is the staking config's authority and vote authority and owns the
//! treasury, so only passed proposals change staking parameters or spend from
//! the treasury.
//!
//! `interface/` holds the id, instruction docs (accounts and data), account
//! layouts, errors and events with no logic; `instructions/` one file per
//! instruction (logic shared by several in `instructions/shared/`); `math` the
//! pure vote math.

#![cfg_attr(not(test), no_std)]

pub mod instructions;
pub mod interface;
pub mod math;

use instructions as ix;
use interface::instruction::GovernanceInstruction;
use keel_sdk::{AccountView, ProgramResult, Pubkey};

keel_sdk::entrypoint!(process_instruction);

/// Dispatches on the first data byte; each handler gets the data after it.
pub fn process_instruction(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let (instruction, data) = GovernanceInstruction::unpack(data)?;
    match instruction {
        // 0 - Initialize
        GovernanceInstruction::Initialize => ix::initialize::process(program_id, accounts, data),
        // 1 - CreateProposal
        GovernanceInstruction::CreateProposal => ix::create_proposal::process(program_id, accounts, data),
        // 2 - AddAction
        GovernanceInstruction::AddAction => ix::add_action::process(program_id, accounts, data),
        // 3 - RemoveAction
        GovernanceInstruction::RemoveAction => ix::remove_action::process(program_id, accounts, data),
        // 4 - Activate
        GovernanceInstruction::Activate => ix::activate::process(program_id, accounts, data),
        // 5 - CastVote
        GovernanceInstruction::CastVote => ix::cast_vote::process(program_id, accounts, data),
        // 6 - ChangeVote
        GovernanceInstruction::ChangeVote => ix::change_vote::process(program_id, accounts, data),
        // 7 - Relinquish
        GovernanceInstruction::Relinquish => ix::relinquish::process(program_id, accounts, data),
        // 8 - Finalize
        GovernanceInstruction::Finalize => ix::finalize::process(program_id, accounts, data),
        // 9 - Queue
        GovernanceInstruction::Queue => ix::queue::process(program_id, accounts, data),
        // 10 - Execute
        GovernanceInstruction::Execute => ix::execute::process(program_id, accounts, data),
        // 11 - Cancel
        GovernanceInstruction::Cancel => ix::cancel::process(program_id, accounts, data),
        // 12 - Veto
        GovernanceInstruction::Veto => ix::veto::process(program_id, accounts, data),
        // 13 - UpdateConfig
        GovernanceInstruction::UpdateConfig => ix::update_config::process(program_id, accounts, data),
        // 14 - SetStakingPaused
        GovernanceInstruction::SetStakingPaused => ix::set_staking_paused::process(program_id, accounts, data),
        // 15 - AcceptGuardian
        GovernanceInstruction::AcceptGuardian => ix::accept_guardian::process(program_id, accounts, data),
        // 16 - AcceptStakingAuthority
        GovernanceInstruction::AcceptStakingAuthority => ix::accept_staking_authority::process(program_id, accounts, data),
    }
}
