//! Logic shared by several instructions: account loading and checks, token
//! movements, the associated token account CPI.

pub mod accounts;
pub mod ata;
pub mod token;

use crate::interface::error::MakersError;
use keel_sdk::ProgramError;

/// `value`, or `MathOverflow`.
#[inline(always)]
pub fn ok<T>(value: Option<T>) -> Result<T, ProgramError> {
    value.ok_or_else(|| MakersError::MathOverflow.into())
}
