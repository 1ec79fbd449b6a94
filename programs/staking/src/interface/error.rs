//! The staking program's errors, returned as `ProgramError::Custom(code)`.
//!
//! Append only: a code, once released, keeps its meaning (clients, the web app's
//! error table `lib/programs/staking/errors.ts` and other programs match on it).
//! Malformed transactions still use the runtime's own errors where one fits
//! exactly: `NotEnoughAccountKeys` (too few accounts) and
//! `MissingRequiredSignature` (a required signer did not sign).

use keel_sdk::error::ProgramError;

#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StakingError {
    /// 0: the instruction discriminator is unknown or its data has the wrong length.
    InvalidInstructionData = 0,
    /// 1: the config account is not this program's config (owner, length or discriminator).
    InvalidConfig,
    /// 2: the config account already exists.
    AlreadyInitialized,
    /// 3: the signer is not the config's authority.
    Unauthorized,
    /// 4: the signer is not the config's vote authority.
    NotVoteAuthority,
    /// 5: the mint is not the config's mint (or not a usable mint).
    InvalidMint,
    /// 6: the token program is not the config's token program (SPL Token or Token-2022).
    InvalidTokenProgram,
    /// 7: a vault account is not the config's stake or reward vault.
    InvalidVault,
    /// 8: the treasury account is missing or not the configured treasury token account.
    InvalidTreasury,
    /// 9: the staker account is not this owner's staker record for this config.
    InvalidStaker,
    /// 10: the position account is not a position of this program and config.
    InvalidPosition,
    /// 11: the signer does not own the position.
    NotPositionOwner,
    /// 12: an account that must be writable is read-only.
    AccountNotWritable,
    /// 13: an account address is not the program-derived address it must be.
    InvalidAddress,
    /// 14: staking is paused.
    Paused,
    /// 15: the tier index is not 0..=4.
    InvalidTier,
    /// 16: a lock can only be extended to the same or a longer tier.
    TierDowngrade,
    /// 17: the amount is zero (or nothing arrived after transfer fees).
    ZeroAmount,
    /// 18: the position would hold less than the minimum stake.
    BelowMinimumStake,
    /// 19: the wallet would hold more than the maximum stake per wallet.
    MaxStakePerWalletExceeded,
    /// 20: the position holds less than the amount to unstake.
    InsufficientStake,
    /// 21: the position is locked by a governance vote.
    VoteLocked,
    /// 22: the position has no rewards to claim.
    NothingToClaim,
    /// 23: the position has no rewards to compound (or the wallet is at its maximum).
    NothingToCompound,
    /// 24: the stream duration is zero or too long, or the stream would be empty.
    InvalidStreamDuration,
    /// 25: a config value is outside its bounds.
    InvalidParameter,
    /// 26: the mint has a Token-2022 extension the program does not support.
    UnsupportedMintExtension,
    /// 27: arithmetic overflow.
    MathOverflow,
    /// 28: the position id is not the staker's next position id.
    PositionIdMismatch,
    /// 29: the vote lock end is in the past or too far in the future.
    InvalidVoteLock,
    /// 30: the account to create already exists.
    AccountAlreadyExists,
    /// 31: one account passed in two places that must be different accounts
    /// (e.g. a position as the staker record, or the config as a position).
    DuplicateAccount,
    /// 32: the schedule account has not grown to its full ring yet (`extend_schedule`).
    ScheduleTooSmall,
    /// 33: the schedule's history has no room for the next day (`extend_schedule`).
    ScheduleFull,
    /// 34: more day boundaries to cross than one instruction does (run `sync` first).
    SyncRequired,
    /// 35: the schedule account is not this config's schedule.
    InvalidSchedule,
    /// 36: the signer is not the pending authority (or pending vote authority).
    NotPendingAuthority,
    /// 37: no authority (or vote authority) hand-over is pending.
    NoPendingAuthority,
    /// 38: the account in a sysvar's place is not that sysvar (`lock_for_vote`'s
    /// Clock sysvar).
    InvalidSysvar,
}

impl From<StakingError> for ProgramError {
    fn from(e: StakingError) -> Self {
        ProgramError::Custom(e as u32)
    }
}
