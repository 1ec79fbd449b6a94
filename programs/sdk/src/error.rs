//! `ProgramError` and its encoding as the entrypoint's u64 return value.
//!
//! The runtime reads the u64 an entrypoint returns: 0 is success; a builtin error
//! is its number shifted into the upper 32 bits (`n << 32`); any other value with
//! the upper half zero is `Custom(value)`. `Custom(0)` cannot be 0 (that is
//! success), so it travels as builtin 1 and the runtime turns it back into
//! `Custom(0)`. The numbers below are Solana's and must never change.
//!
//! Why a newtype over `NonZeroU64` holding that u64, and not an enum: on this
//! target rustc returns every aggregate (any enum with data, any
//! `Result<(), Enum>`) through a hidden pointer argument, which counts against
//! the backend's limit of 5 argument registers. `Result<(), ProgramError>` here
//! is a plain u64 in a register (0 = `Ok`), so a handler like
//! `fn(program_id, accounts, data) -> ProgramResult` (5 registers) compiles
//! whether or not it is inlined, and the entrypoint returns the value as is.
//! The builtins are associated constants named like Solana's enum variants
//! (`ProgramError::NotEnoughAccountKeys`), usable in `match` patterns, and
//! `ProgramError::Custom(n)` builds a custom error.

use core::num::NonZeroU64;

/// Value an entrypoint returns on success.
pub const SUCCESS: u64 = 0;

const BUILTIN_SHIFT: u32 = 32;

/// A program failure: exactly the non-zero u64 the entrypoint returns for it.
/// Each builtin becomes the `InstructionError` of the same name in the
/// transaction result; `Custom(n)` becomes `InstructionError::Custom(n)`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(transparent)]
pub struct ProgramError(NonZeroU64);

/// `Result` of an instruction handler; one u64 register (0 = `Ok(())`).
pub type ProgramResult = Result<(), ProgramError>;

const fn builtin(n: u64) -> ProgramError {
    match NonZeroU64::new(n << BUILTIN_SHIFT) {
        Some(value) => ProgramError(value),
        None => panic!("builtin 0 is success"),
    }
}

#[allow(non_upper_case_globals)]
impl ProgramError {
    /// The arguments provided to a program instruction were invalid.
    pub const InvalidArgument: Self = builtin(2);
    /// An instruction's data contents was invalid.
    pub const InvalidInstructionData: Self = builtin(3);
    /// An account's data contents was invalid.
    pub const InvalidAccountData: Self = builtin(4);
    /// An account's data was too small.
    pub const AccountDataTooSmall: Self = builtin(5);
    /// An account's balance was too small to complete the instruction.
    pub const InsufficientFunds: Self = builtin(6);
    /// The account did not have the expected program id.
    pub const IncorrectProgramId: Self = builtin(7);
    /// A signature was required but not found.
    pub const MissingRequiredSignature: Self = builtin(8);
    /// An initialize instruction was sent to an account that has already been initialized.
    pub const AccountAlreadyInitialized: Self = builtin(9);
    /// An attempt to operate on an account that hasn't been initialized.
    pub const UninitializedAccount: Self = builtin(10);
    /// The instruction expected additional account keys.
    pub const NotEnoughAccountKeys: Self = builtin(11);
    /// Failed to borrow a reference to account data, already borrowed.
    pub const AccountBorrowFailed: Self = builtin(12);
    /// Length of the seed is too long for address generation.
    pub const MaxSeedLengthExceeded: Self = builtin(13);
    /// Provided seeds do not result in a valid address.
    pub const InvalidSeeds: Self = builtin(14);
    /// IO error (Borsh); kept for completeness of the numbering.
    pub const BorshIoError: Self = builtin(15);
    /// An account does not have enough lamports to be rent-exempt.
    pub const AccountNotRentExempt: Self = builtin(16);
    /// Unsupported sysvar.
    pub const UnsupportedSysvar: Self = builtin(17);
    /// Provided owner is not allowed.
    pub const IllegalOwner: Self = builtin(18);
    /// Accounts data allocations exceeded the maximum allowed per transaction.
    pub const MaxAccountsDataAllocationsExceeded: Self = builtin(19);
    /// Account data reallocation was invalid.
    pub const InvalidRealloc: Self = builtin(20);
    /// Instruction trace length exceeded the maximum allowed per transaction.
    pub const MaxInstructionTraceLengthExceeded: Self = builtin(21);
    /// Builtin programs must consume compute units.
    pub const BuiltinProgramsMustConsumeComputeUnits: Self = builtin(22);
    /// Invalid account owner.
    pub const InvalidAccountOwner: Self = builtin(23);
    /// Program arithmetic overflowed.
    pub const ArithmeticOverflow: Self = builtin(24);
    /// Account is immutable.
    pub const Immutable: Self = builtin(25);
    /// Incorrect authority provided.
    pub const IncorrectAuthority: Self = builtin(26);

    /// A program-specific error; each program maps its own enum onto it.
    #[allow(non_snake_case)]
    #[inline(always)]
    pub const fn Custom(code: u32) -> Self {
        match NonZeroU64::new(code as u64) {
            Some(value) => ProgramError(value),
            // Custom(0) travels as builtin 1.
            None => builtin(1),
        }
    }

    /// The custom code, if this is a custom error.
    pub const fn custom_code(self) -> Option<u32> {
        let value = self.0.get();
        if value >> BUILTIN_SHIFT == 0 {
            Some(value as u32)
        } else if value == 1 << BUILTIN_SHIFT {
            Some(0)
        } else {
            None
        }
    }

    /// The u64 the entrypoint returns for this error.
    #[inline(always)]
    pub const fn to_u64(self) -> u64 {
        self.0.get()
    }

    /// Decodes a syscall or entrypoint status; `None` for 0 (success).
    #[inline(always)]
    pub const fn from_u64(value: u64) -> Option<Self> {
        match NonZeroU64::new(value) {
            Some(value) => Some(ProgramError(value)),
            None => None,
        }
    }
}

impl From<ProgramError> for u64 {
    fn from(error: ProgramError) -> u64 {
        error.to_u64()
    }
}

/// Turns a syscall's u64 status (0 = success) into a `ProgramResult`.
#[inline(always)]
pub const fn status(value: u64) -> ProgramResult {
    match ProgramError::from_u64(value) {
        None => Ok(()),
        Some(error) => Err(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_like_solana() {
        assert_eq!(ProgramError::Custom(0).to_u64(), 1 << 32);
        assert_eq!(ProgramError::Custom(42).to_u64(), 42);
        assert_eq!(ProgramError::InvalidArgument.to_u64(), 2 << 32);
        assert_eq!(ProgramError::NotEnoughAccountKeys.to_u64(), 11 << 32);
        assert_eq!(ProgramError::IncorrectAuthority.to_u64(), 26 << 32);
        assert_eq!(ProgramError::Custom(0).custom_code(), Some(0));
        assert_eq!(ProgramError::Custom(7).custom_code(), Some(7));
        assert_eq!(ProgramError::InvalidSeeds.custom_code(), None);
        assert_eq!(core::mem::size_of::<ProgramResult>(), 8);
        assert_eq!(status(0), Ok(()));
        assert_eq!(status(14 << 32), Err(ProgramError::InvalidSeeds));
    }
}
