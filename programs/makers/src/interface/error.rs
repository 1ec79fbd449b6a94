//! The makers program's errors, returned as `ProgramError::Custom(code)`.
//!
//! Append only: a code, once released, keeps its meaning (the IDL
//! `programs/idl/makers.ts`, its generated error table and `lib/errors` match on
//! it). Malformed transactions still use the runtime's own errors where one
//! fits exactly: `NotEnoughAccountKeys` (too few accounts) and
//! `MissingRequiredSignature` (a required signer did not sign).

use keel_sdk::error::ProgramError;

#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MakersError {
    /// 0: the instruction discriminator is unknown or its data has the wrong length.
    InvalidInstructionData = 0,
    /// 1: the config account is not this program's config (owner, length or discriminator).
    InvalidConfig = 1,
    /// 2: the config account already exists.
    AlreadyInitialized = 2,
    /// 3: the signer is not the config's authority.
    Unauthorized = 3,
    /// 4: the signer is not the config's reporter.
    NotReporter = 4,
    /// 5: the mint is not the config's mint (or not a usable mint).
    InvalidMint = 5,
    /// 6: the token program is not the config's token program (SPL Token or Token-2022).
    InvalidTokenProgram = 6,
    /// 7: a vault account is not the config's reward or bond vault.
    InvalidVault = 7,
    /// 8: the treasury account is missing or not the configured treasury token account.
    InvalidTreasury = 8,
    /// 9: the maker account is not a maker of this program and config.
    InvalidMaker = 9,
    /// 10: the signer is not the maker's wallet.
    NotMakerWallet = 10,
    /// 11: an account that must be writable is read-only.
    AccountNotWritable = 11,
    /// 12: an account address is not the canonical program-derived address it must be.
    InvalidAddress = 12,
    /// 13: the program is paused.
    Paused = 13,
    /// 14: the amount is zero (or nothing arrived after transfer fees).
    ZeroAmount = 14,
    /// 15: a non-zero bond would be below the minimum bond.
    BelowMinimumBond = 15,
    /// 16: the maker's bond is smaller than the amount to unbond.
    InsufficientBond = 16,
    /// 17: nothing is unbonding.
    NothingToWithdraw = 17,
    /// 18: the unbonding cooldown has not passed.
    UnbondCooldown = 18,
    /// 19: the batch sequence is not above the last recorded one (a repeated or older batch).
    StaleSequence = 19,
    /// 20: the batch has no fills.
    EmptyBatch = 20,
    /// 21: the batch has more fills than one instruction records.
    TooManyFills = 21,
    /// 22: a fill names a maker index past the batch's maker accounts.
    InvalidMakerIndex = 22,
    /// 23: the batch passes more maker accounts than one instruction takes.
    TooManyMakers = 23,
    /// 24: the season has ended: roll over before recording fills.
    SeasonEnded = 24,
    /// 25: the season has not ended yet.
    SeasonNotEnded = 25,
    /// 26: the maker has no rewards to claim.
    NothingToClaim = 26,
    /// 27: the maker has no bond to slash.
    NotBonded = 27,
    /// 28: the maker was active within the inactivity window (or was slashed in it).
    MakerActive = 28,
    /// 29: the slash would take nothing (bond too small for the slash share).
    NothingToSlash = 29,
    /// 30: a config value is outside its bounds.
    InvalidParameter = 30,
    /// 31: the mint has a Token-2022 extension the program does not support.
    UnsupportedMintExtension = 31,
    /// 32: arithmetic overflow.
    MathOverflow = 32,
    /// 33: the performance report's period is not after the last one.
    StalePerformance = 33,
    /// 34: the maker is already registered.
    AccountAlreadyExists = 34,
    /// 35: one account passed in two places that must be different accounts.
    DuplicateAccount = 35,
    /// 36: the claim destination is neither a token account of the mint nor the wallet's missing associated token account.
    InvalidDestination = 36,
}

impl From<MakersError> for ProgramError {
    fn from(e: MakersError) -> Self {
        ProgramError::Custom(e as u32)
    }
}
