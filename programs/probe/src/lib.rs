//! probe: a test-only program that exercises every part of `keel-sdk` (input
//! parsing with duplicates, PDAs, System and Token CPIs, sysvars, logs, events,
//! return data, wide math, errors and the panic handler). The staking and
//! governance programs copy its shape: `interface/` (ids, instruction layouts,
//! state, errors) apart from `instructions/` (one file per instruction), and a
//! flat dispatch on the first data byte.

#![no_std]

pub mod instructions;
pub mod interface;

use interface::instruction as ix;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey};

keel_sdk::entrypoint!(process_instruction);

/// Dispatches on the discriminator; each handler gets the whole data so its
/// offsets match the layout comments in `interface::instruction`.
pub fn process_instruction(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let Some(&discriminator) = data.first() else {
        return Err(ProgramError::InvalidInstructionData);
    };
    match discriminator {
        // 0 - CheckAccounts
        ix::CHECK_ACCOUNTS => instructions::check_accounts::process(program_id, accounts, data),
        // 1 - CreatePda
        ix::CREATE_PDA => instructions::create_pda::process(program_id, accounts, data),
        // 2 - InitVault
        ix::INIT_VAULT => instructions::init_vault::process(program_id, accounts, data),
        // 3 - MintTo
        ix::MINT_TO => instructions::mint_to::process(program_id, accounts, data),
        // 4 - Burn
        ix::BURN => instructions::burn::process(program_id, accounts, data),
        // 5 - Transfer
        ix::TRANSFER => instructions::transfer::process(program_id, accounts, data),
        // 6 - ClockEvent
        ix::CLOCK_EVENT => instructions::clock_event::process(program_id, accounts, data),
        // 7 - MulDiv
        ix::MUL_DIV => instructions::mul_div::process(program_id, accounts, data),
        // 8 - Fail
        ix::FAIL => instructions::fail::process(program_id, accounts, data),
        // 9 - CloseVault
        ix::CLOSE_VAULT => instructions::close_vault::process(program_id, accounts, data),
        _ => Err(ProgramError::InvalidInstructionData),
    }
}
