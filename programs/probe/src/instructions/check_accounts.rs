//! `check_accounts`: writes what the entrypoint parsed into the report account
//! (layout in `interface::instruction::CHECK_ACCOUNTS`).

use crate::interface::state::{REPORT_ENTRY_LEN, REPORT_HEADER_LEN, REPORT_MAX_ENTRIES};
use keel_sdk::{AccountView, ProgramError, ProgramResult, Pubkey, check, mem};

pub fn process(program_id: &Pubkey, accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    let [report, ..] = accounts else {
        return Err(ProgramError::NotEnoughAccountKeys);
    };
    check::owner(report, program_id)?;
    check::writable(report)?;
    let entries = if accounts.len() < REPORT_MAX_ENTRIES { accounts.len() } else { REPORT_MAX_ENTRIES };
    if report.data_len() < REPORT_HEADER_LEN + entries * REPORT_ENTRY_LEN {
        return Err(ProgramError::AccountDataTooSmall);
    }

    let mut out = report.try_borrow_mut_data()?;
    // While the report is borrowed mutably, every other view of it must be refused.
    let mut refused = 0u8;
    for other in &accounts[1..] {
        if other.try_borrow_data().is_err() {
            refused += 1;
        }
    }

    // Clear the whole report first (runtime length: sol_memset_).
    mem::fill(&mut out, 0);
    out[0] = accounts.len() as u8;
    out[1] = refused;
    out[2..4].copy_from_slice(&(data.len() as u16).to_le_bytes());
    out[4..36].copy_from_slice(program_id);
    for (i, account) in accounts.iter().take(entries).enumerate() {
        let first = accounts.iter().position(|a| a.is_same(account)).unwrap_or(i);
        let entry = &mut out[REPORT_HEADER_LEN + i * REPORT_ENTRY_LEN..][..REPORT_ENTRY_LEN];
        // A fixed 32-byte copy compiles to loads and stores; sol_memcpy_ is
        // exercised here on purpose (the path runtime-length copies take).
        mem::copy(&mut entry[0..32], account.key())?;
        entry[32] = account.is_signer() as u8;
        entry[33] = account.is_writable() as u8;
        entry[34] = account.executable() as u8;
        entry[35] = first as u8;
        // The report's own lamports / length, read while its data is borrowed:
        // they are plain header values, no borrow needed.
        entry[36..44].copy_from_slice(&account.lamports().to_le_bytes());
        entry[44..48].copy_from_slice(&(account.data_len() as u32).to_le_bytes());
    }
    Ok(())
}
