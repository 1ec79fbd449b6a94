/**
 * Staking program errors, mirroring `programs/staking/src/interface/error.rs`
 * (append only: a code never changes meaning). The program returns them as
 * `Custom(code)`; `lib/errors` looks the code up here.
 */
import { errorTable, type ProgramErrorEntry } from '../shared/errors';

export const StakingErrorCode = {
  InvalidInstructionData: 0,
  InvalidConfig: 1,
  AlreadyInitialized: 2,
  Unauthorized: 3,
  NotVoteAuthority: 4,
  InvalidMint: 5,
  InvalidTokenProgram: 6,
  InvalidVault: 7,
  InvalidTreasury: 8,
  InvalidStaker: 9,
  InvalidPosition: 10,
  NotPositionOwner: 11,
  AccountNotWritable: 12,
  InvalidAddress: 13,
  Paused: 14,
  InvalidTier: 15,
  TierDowngrade: 16,
  ZeroAmount: 17,
  BelowMinimumStake: 18,
  MaxStakePerWalletExceeded: 19,
  InsufficientStake: 20,
  VoteLocked: 21,
  NothingToClaim: 22,
  NothingToCompound: 23,
  InvalidStreamDuration: 24,
  InvalidParameter: 25,
  UnsupportedMintExtension: 26,
  MathOverflow: 27,
  PositionIdMismatch: 28,
  InvalidVoteLock: 29,
  AccountAlreadyExists: 30,
  DuplicateAccount: 31,
  ScheduleTooSmall: 32,
  ScheduleFull: 33,
  SyncRequired: 34,
  InvalidSchedule: 35,
  NotPendingAuthority: 36,
  NoPendingAuthority: 37,
  InvalidSysvar: 38,
} as const;

export type StakingErrorName = keyof typeof StakingErrorCode;

const MESSAGES: Record<StakingErrorName, string> = {
  InvalidInstructionData: 'The staking program did not understand this request.',
  InvalidConfig: 'This is not a Keel staking configuration account.',
  AlreadyInitialized: 'Staking is already set up for this token.',
  Unauthorized: 'Only the staking authority can do this.',
  NotVoteAuthority: 'Only governance can lock a position for a vote.',
  InvalidMint: 'This token is not the one staked here.',
  InvalidTokenProgram: 'The token program does not match the staked token.',
  InvalidVault: 'A vault account is not the staking vault.',
  InvalidTreasury: 'The treasury account is missing or is not the configured treasury.',
  InvalidStaker: 'The staker record does not belong to this wallet.',
  InvalidPosition: 'This is not a staking position of this pool.',
  NotPositionOwner: 'This position belongs to another wallet.',
  AccountNotWritable: 'An account the staking program must change was passed read-only.',
  InvalidAddress: 'An account address does not match the one the staking program expects.',
  Paused: 'Staking is paused for now. Withdrawals stay open.',
  InvalidTier: 'This lock tier does not exist.',
  TierDowngrade: 'A lock can only be extended to the same or a longer tier.',
  ZeroAmount: 'Enter an amount greater than zero.',
  BelowMinimumStake: 'A position must hold at least the minimum stake: stake more, or withdraw everything.',
  MaxStakePerWalletExceeded: 'This would put more than the maximum stake per wallet in one wallet.',
  InsufficientStake: 'The position holds less than the amount to withdraw.',
  VoteLocked: 'This position is locked by a governance vote until the vote ends.',
  NothingToClaim: 'There are no rewards to claim yet.',
  NothingToCompound: 'There are no rewards to compound, or the wallet is already at its maximum stake.',
  InvalidStreamDuration: 'The reward stream needs tokens and a duration between 1 second and 2 years.',
  InvalidParameter: 'A setting is outside its allowed range.',
  UnsupportedMintExtension: 'This token has a Token-2022 extension staking does not support.',
  MathOverflow: 'The numbers are too large for the staking program.',
  PositionIdMismatch: 'Another stake from this wallet landed first. Refresh and try again.',
  InvalidVoteLock: 'The vote lock must end in the future and within 90 days.',
  AccountAlreadyExists: 'The account to create already exists.',
  DuplicateAccount: 'One account was passed in two places that need different accounts.',
  ScheduleTooSmall: 'The staking schedule is still being set up. Try again in a moment.',
  ScheduleFull: 'The staking schedule needs more room before time can move on. Extend it and try again.',
  SyncRequired: 'Staking needs to catch up on past days first. Sync it and try again.',
  InvalidSchedule: 'The schedule account does not belong to this staking config.',
  NotPendingAuthority: 'Only the key proposed as the next staking authority can accept the hand-over.',
  NoPendingAuthority: 'No staking authority hand-over is pending: the current authority must propose the new key first.',
  InvalidSysvar: 'The transaction passed another account where the staking program expects the Clock sysvar.',
};

export const STAKING_ERRORS: Record<number, ProgramErrorEntry> = errorTable(StakingErrorCode, MESSAGES);

/** The entry for a `Custom(code)` returned by the staking program, if it is one of its errors. */
export function getStakingError(code: number): ProgramErrorEntry | undefined {
  return STAKING_ERRORS[code];
}
