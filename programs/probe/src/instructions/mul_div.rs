//! `mul_div`: `a * b / c` in u64 or u128, floor or ceil, result as return data.

use crate::interface::error::ProbeError;
use crate::interface::instruction::{MUL_DIV_U64_CEIL, MUL_DIV_U64_FLOOR, MUL_DIV_U128_CEIL, MUL_DIV_U128_FLOOR};
use keel_sdk::{AccountView, ProgramResult, Pubkey, data, math, return_data};

pub fn process(_program_id: &Pubkey, _accounts: &[AccountView], data: &[u8]) -> ProgramResult {
    data::expect_len(data, 50)?;
    let mode = data::u8_at(data, 1)?;
    let a = data::u128_at(data, 2)?;
    let b = data::u128_at(data, 18)?;
    let c = data::u128_at(data, 34)?;
    if c == 0 {
        return Err(ProbeError::DivideByZero.into());
    }
    match mode {
        MUL_DIV_U64_FLOOR | MUL_DIV_U64_CEIL => {
            let (Ok(a), Ok(b), Ok(c)) = (u64::try_from(a), u64::try_from(b), u64::try_from(c)) else {
                return Err(ProbeError::OperandTooLarge.into());
            };
            let result = if mode == MUL_DIV_U64_FLOOR { math::mul_div(a, b, c) } else { math::mul_div_ceil(a, b, c) };
            return_data::set(&result.ok_or(ProbeError::MathOverflow)?.to_le_bytes());
        }
        MUL_DIV_U128_FLOOR | MUL_DIV_U128_CEIL => {
            let result =
                if mode == MUL_DIV_U128_FLOOR { math::mul_div_u128(a, b, c) } else { math::mul_div_ceil_u128(a, b, c) };
            return_data::set(&result.ok_or(ProbeError::MathOverflow)?.to_le_bytes());
        }
        _ => return Err(ProbeError::InvalidMode.into()),
    }
    Ok(())
}
