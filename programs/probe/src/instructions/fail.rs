//! `fail`: returns `DeliberateFailure` (Custom(0)) or panics, on request.

use crate::interface::error::ProbeError;
use crate::interface::instruction::{FAIL_ERROR, FAIL_PANIC};
use keel_sdk::{AccountView, ProgramResult, Pubkey, data};

pub fn process(_program_id: &Pubkey, _accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    data::expect_len(data, 2)?;
    match data::u8_at(data, 1)? {
        FAIL_ERROR => Err(ProbeError::DeliberateFailure.into()),
        FAIL_PANIC => panic!("probe: deliberate panic"),
        _ => Err(ProbeError::InvalidMode.into()),
    }
}
