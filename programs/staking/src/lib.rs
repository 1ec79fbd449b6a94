//! Keel staking: lock tokens in tiers for voting power and boosted reward weight,
//! earn rewards through a per-weight accumulator fed by deposits, a linear stream
//! and recycled penalties, and lock positions for governance votes.
//!
//! `interface/` holds the id, instruction docs (accounts and data), account
//! layouts, errors and events with no logic; `instructions/` one file per
//! instruction (logic shared by several in `instructions/shared/`); `math` the
//! pure reward/weight/penalty functions.

#![cfg_attr(not(test), no_std)]

pub mod instructions;
pub mod interface;
pub mod math;

use instructions as ix;
use interface::instruction::StakingInstruction;
use keel_sdk::{AccountView, ProgramResult, Pubkey};

keel_sdk::entrypoint!(process_instruction);

/// Dispatches on the first data byte; each handler gets the data after it.
pub fn process_instruction(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let (instruction, data) = StakingInstruction::unpack(data)?;
    match instruction {
        // 0 - Initialize
        StakingInstruction::Initialize => ix::initialize::process(program_id, accounts, data),
        // 1 - UpdateConfig
        StakingInstruction::UpdateConfig => ix::update_config::process(program_id, accounts, data),
        // 2 - Stake
        StakingInstruction::Stake => ix::stake::process(program_id, accounts, data),
        // 3 - AddStake
        StakingInstruction::AddStake => ix::add_stake::process(program_id, accounts, data),
        // 4 - ExtendLock
        StakingInstruction::ExtendLock => ix::extend_lock::process(program_id, accounts, data),
        // 5 - Unstake
        StakingInstruction::Unstake => ix::unstake::process(program_id, accounts, data),
        // 6 - DepositRewards
        StakingInstruction::DepositRewards => ix::deposit_rewards::process(program_id, accounts, data),
        // 7 - FundStream
        StakingInstruction::FundStream => ix::fund_stream::process(program_id, accounts, data),
        // 8 - Claim
        StakingInstruction::Claim => ix::claim::process(program_id, accounts, data),
        // 9 - Compound
        StakingInstruction::Compound => ix::compound::process(program_id, accounts, data),
        // 10 - SetAutoCompound
        StakingInstruction::SetAutoCompound => ix::set_auto_compound::process(program_id, accounts, data),
        // 11 - CrankCompound
        StakingInstruction::CrankCompound => ix::crank_compound::process(program_id, accounts, data),
        // 12 - Refresh
        StakingInstruction::Refresh => ix::refresh::process(program_id, accounts, data),
        // 13 - LockForVote
        StakingInstruction::LockForVote => ix::lock_for_vote::process(program_id, accounts, data),
        // 14 - ViewPosition
        StakingInstruction::ViewPosition => ix::view_position::process(program_id, accounts, data),
        // 15 - ExtendSchedule
        StakingInstruction::ExtendSchedule => ix::extend_schedule::process(program_id, accounts, data),
        // 16 - Sync
        StakingInstruction::Sync => ix::sync::process(program_id, accounts, data),
        // 17 - AcceptAuthority
        StakingInstruction::AcceptAuthority => ix::accept_authority::process(program_id, accounts, data),
    }
}
