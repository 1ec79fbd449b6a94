//! Keel makers: market makers registered here earn KEEL for the fills the
//! exchange's reporter records (notional × spread improvement, early and
//! volatility multipliers, capped per fill and by the season budget), claim it
//! from the reward vault, and may bond KEEL that inactivity puts at risk.
//!
//! `interface/` holds the design (module docs), id, instruction specs
//! (accounts and data), account layouts, errors and events with no logic;
//! `instructions/` one file per instruction (shared logic in
//! `instructions/shared/`); `math` the pure reward and slash functions.

#![cfg_attr(not(test), no_std)]

pub mod instructions;
pub mod interface;
pub mod math;

use instructions as ix;
use interface::error::MakersError;
use interface::instruction as id;
use keel_sdk::{AccountView, ProgramResult, Pubkey};

keel_sdk::entrypoint!(process_instruction);

/// Dispatches on the first data byte; each handler gets the whole data, so its
/// offsets are the ones `interface::instruction` documents.
pub fn process_instruction(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let Some(&discriminator) = data.first() else {
        return Err(MakersError::InvalidInstructionData.into());
    };
    match discriminator {
        // 0 - Initialize
        id::INITIALIZE => ix::initialize::process(program_id, accounts, data),
        // 1 - UpdateConfig
        id::UPDATE_CONFIG => ix::update_config::process(program_id, accounts, data),
        // 2 - Register
        id::REGISTER => ix::register::process(program_id, accounts, data),
        // 3 - AddBond
        id::ADD_BOND => ix::add_bond::process(program_id, accounts, data),
        // 4 - RequestUnbond
        id::REQUEST_UNBOND => ix::request_unbond::process(program_id, accounts, data),
        // 5 - WithdrawBond
        id::WITHDRAW_BOND => ix::withdraw_bond::process(program_id, accounts, data),
        // 6 - RecordFills
        id::RECORD_FILLS => ix::record_fills::process(program_id, accounts, data),
        // 7 - UpdatePerformance
        id::UPDATE_PERFORMANCE => ix::update_performance::process(program_id, accounts, data),
        // 8 - Claim
        id::CLAIM => ix::claim::process(program_id, accounts, data),
        // 9 - Rollover
        id::ROLLOVER => ix::rollover::process(program_id, accounts, data),
        // 10 - Slash
        id::SLASH => ix::slash::process(program_id, accounts, data),
        // 11 - Fund
        id::FUND => ix::fund::process(program_id, accounts, data),
        _ => Err(MakersError::InvalidInstructionData.into()),
    }
}
