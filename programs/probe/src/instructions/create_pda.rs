//! `create_pda`: creates the payer's record PDA with a PDA-signed CPI and
//! writes a `Record` (layout in `interface::state`).

use crate::interface::state::{RECORD_SEED, Record};
use keel_sdk::cpi::system;
use keel_sdk::pubkey::SYSTEM_PROGRAM_ID;
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, check, data, pda};

pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [payer, record, system_program, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    data::expect_len(data, 9)?;
    let value = data::u64_at(data, 1)?;

    check::writable_signer(payer)?;
    check::writable(record)?;
    check::program(system_program, &SYSTEM_PROGRAM_ID)?;
    check::uninitialized(record)?;
    // First creation: search the canonical bump (stored below, never searched again).
    let bump = pda::check_canonical(record, &[RECORD_SEED, payer.key()], program_id)?;

    let bump_seed = [bump];
    let signer: &[&[u8]] = &[RECORD_SEED, payer.key(), &bump_seed];
    system::CreatePdaAccount { payer, account: record, space: Record::LEN, owner: program_id, signer }.invoke()?;

    // The CPI changed owner and length in the input buffer; borrow afresh.
    let mut bytes = record.try_borrow_mut_data()?;
    Record::load_mut_uninit(&mut bytes)?.init(bump, payer.key(), value);
    Ok(())
}
