//! The probe's errors, returned as `Custom(code)`. Append only: a code never
//! changes meaning. Mirrored by the IDL's errors (`programs/idl/probe.ts`,
//! checked by `programs/idl/probe.test.ts`).

use keel_sdk::ProgramError;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum ProbeError {
    /// 0: The fail instruction ran; this error is on purpose.
    DeliberateFailure = 0,
    /// 1: mul_div was asked to divide by zero.
    DivideByZero = 1,
    /// 2: The mul_div result does not fit the requested width.
    MathOverflow = 2,
    /// 3: A u64-mode mul_div operand is larger than u64::MAX.
    OperandTooLarge = 3,
    /// 4: Unknown mul_div mode or fail kind.
    InvalidMode = 4,
}

impl From<ProbeError> for ProgramError {
    fn from(error: ProbeError) -> Self {
        ProgramError::Custom(error as u32)
    }
}
