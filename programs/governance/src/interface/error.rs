//! The governance program's errors, returned as `ProgramError::Custom(code)`.
//!
//! Append only: a code, once released, keeps its meaning (the web app's table
//! `lib/programs/governance/errors.ts` matches on it). Malformed transactions
//! still use the runtime's own errors where one fits exactly:
//! `NotEnoughAccountKeys` (too few accounts), `MissingRequiredSignature` (a
//! required signer did not sign), `IncorrectProgramId` (the System Program
//! account is another program).

use keel_sdk::error::ProgramError;

#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GovernanceError {
    /// 0: the instruction discriminator is unknown or its data is malformed.
    InvalidInstructionData = 0,
    /// 1: the governance config account is not this program's config (owner, length, discriminator).
    InvalidConfig,
    /// 2: the staking config is not a staking config, or not the one this governance belongs to.
    InvalidStakingConfig,
    /// 3: initialize was not signed by the staking config's authority.
    NotStakingAuthority,
    /// 4: a parameter is outside its bounds.
    InvalidParameter,
    /// 5: an account address is not the (canonical) program-derived address it must be (a vote or
    /// voter record: it signed, its bump is not canonical, or it is another account of this program;
    /// any other wrong record address fails in the runtime, see `CastVote`).
    InvalidAddress,
    /// 6: an account that must be writable is read-only.
    AccountNotWritable,
    /// 7: the account to create already exists.
    AccountAlreadyExists,
    /// 8: the mint is not the staking config's mint.
    InvalidMint,
    /// 9: the token program is not the mint's token program.
    InvalidTokenProgram,
    /// 10: the proposal account is not a proposal of this governance.
    InvalidProposal,
    /// 11: the proposal's state does not allow this instruction.
    InvalidProposalState,
    /// 12: the signer is not the proposal's proposer.
    NotProposer,
    /// 13: the position is not a staking position of this governance's staking config.
    InvalidPosition,
    /// 14: the position belongs to another wallet.
    NotPositionOwner,
    /// 15: the same position was passed twice.
    DuplicatePosition,
    /// 16: the positions shown hold less voting power than a proposal needs.
    InsufficientProposalPower,
    /// 17: the positions voting hold less voting power than a vote needs.
    InsufficientVotingPower,
    /// 18: the proposal id is not the config's next proposal id.
    ProposalIdMismatch,
    /// 19: the title is empty or too long.
    InvalidTitle,
    /// 20: the description URI is too long.
    InvalidUri,
    /// 21: the proposal type is unknown.
    InvalidProposalType,
    /// 22: the proposal already has the maximum number of actions.
    TooManyActions,
    /// 23: the action has too many accounts or too much data.
    ActionTooLarge,
    /// 24: the action index is not the proposal's next index (or none is left).
    InvalidActionIndex,
    /// 25: the action account is not an action of this proposal, or an action refers to its proposal or itself.
    InvalidAction,
    /// 26: text-only proposals have no actions.
    ActionsNotAllowed,
    /// 27: voting is not open (not started or already ended).
    VotingClosed,
    /// 28: voting has not ended yet.
    VotingStillOpen,
    /// 29: the vote side is not for (0), against (1) or abstain (2).
    InvalidVoteSide,
    /// 30: this position already voted on this proposal.
    AlreadyVoted,
    /// 31: the vote record is not a vote of this proposal.
    InvalidVoteRecord,
    /// 32: the signer did not cast this vote.
    NotVoter,
    /// 33: the proposal has votes; only the guardian can cancel it now.
    ProposalHasVotes,
    /// 34: the signer is not the guardian (or no guardian is appointed).
    NotGuardian,
    /// 35: the timelock has not elapsed.
    TimelockNotElapsed,
    /// 36: the proposal's execution (or queueing) window has passed.
    ProposalExpired,
    /// 37: the action was already executed.
    ActionAlreadyExecuted,
    /// 38: an earlier action of the proposal has not been executed yet.
    ActionOutOfOrder,
    /// 39: the accounts passed do not match the action's stored accounts.
    ActionAccountMismatch,
    /// 40: the signer is not the governance authority (only an executed proposal can do this).
    NotAuthority,
    /// 41: the authority account is not the governance authority PDA.
    InvalidAuthority,
    /// 42: the staking program account is not the governance's staking program.
    InvalidStakingProgram,
    /// 43: arithmetic overflow.
    MathOverflow,
    /// 44: the proposal's queue or execution window is still open; it cannot expire yet.
    ProposalNotExpired,
    /// 45: the proposal changes the guardian, so the guardian cannot veto or cancel it.
    GuardianConflict,
    /// 46: the voter record is not the voting wallet's record on this quadratic proposal.
    InvalidVoterRecord,
    /// 47: staking's schedule has not crossed today's 00:00 UTC yet, so its
    /// total voting power (the quorum basis) may still count ended locks: send
    /// staking `sync` first (the client prepends it to `activate`).
    StakingNotSynced,
    /// 48: the signer is not the pending guardian.
    NotPendingGuardian,
    /// 49: no guardian hand-over is pending.
    NoPendingGuardian,
    /// 50: the account in a sysvar's place is not that sysvar (`cast_vote`'s
    /// Clock and Rent sysvars).
    InvalidSysvar,
}

impl From<GovernanceError> for ProgramError {
    fn from(e: GovernanceError) -> Self {
        ProgramError::Custom(e as u32)
    }
}
