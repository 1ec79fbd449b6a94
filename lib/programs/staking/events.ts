/**
 * Staking events (`programs/staking/src/interface/event.rs`), read from
 * `Program data: <base64>` log lines.
 */
import { PublicKey } from '@solana/web3.js';
import { EventReader, parseEvents } from '../shared/events';
import { STAKING_PROGRAM_ID } from './program';

export enum StakingEventKind {
  Initialized = 1,
  ConfigUpdated = 2,
  Staked = 3,
  StakeAdded = 4,
  LockExtended = 5,
  Unstaked = 6,
  RewardsDeposited = 7,
  StreamFunded = 8,
  Claimed = 9,
  Compounded = 10,
  AutoCompoundSet = 11,
  CrankCompounded = 12,
  Refreshed = 13,
  VoteLocked = 14,
  ScheduleExtended = 15,
  Synced = 16,
  AuthorityProposed = 17,
  AuthorityProposalCancelled = 18,
  AuthorityAccepted = 19,
}

export type StakingEvent =
  | { kind: 'Initialized'; config: PublicKey; mint: PublicKey; authority: PublicKey }
  | { kind: 'ConfigUpdated'; field: number }
  | { kind: 'Staked'; position: PublicKey; owner: PublicKey; tier: number; amount: bigint; lockEnd: bigint; votingPower: bigint }
  | { kind: 'StakeAdded'; position: PublicKey; owner: PublicKey; amount: bigint; total: bigint; lockEnd: bigint; votingPower: bigint }
  | { kind: 'LockExtended'; position: PublicKey; owner: PublicKey; tier: number; lockEnd: bigint; votingPower: bigint }
  | { kind: 'Unstaked'; position: PublicKey; owner: PublicKey; amount: bigint; penalty: bigint; rewardsPaid: bigint; closed: boolean }
  | { kind: 'RewardsDeposited'; depositor: PublicKey; amount: bigint; dripRemaining: bigint; dripEnd: bigint }
  | { kind: 'StreamFunded'; amount: bigint; remaining: bigint; end: bigint }
  | { kind: 'Claimed'; position: PublicKey; owner: PublicKey; amount: bigint }
  | { kind: 'Compounded'; position: PublicKey; owner: PublicKey; amount: bigint }
  | { kind: 'AutoCompoundSet'; position: PublicKey; enabled: boolean }
  | { kind: 'CrankCompounded'; positions: number; amount: bigint }
  | { kind: 'Refreshed'; positions: number; totalRewardWeight: bigint }
  | { kind: 'VoteLocked'; position: PublicKey; voteLockedUntil: bigint; voterBoostUntil: bigint }
  | { kind: 'ScheduleExtended'; schedule: PublicKey; dataLen: bigint; historyCap: number }
  | { kind: 'Synced'; totalVotingPower: bigint; totalRewardWeight: bigint; syncedDay: number; reached: boolean }
  | { kind: 'AuthorityProposed'; which: AuthorityName; pending: PublicKey }
  /** `pending`: the proposal dropped (the zero key when nothing was pending). */
  | { kind: 'AuthorityProposalCancelled'; which: AuthorityName; pending: PublicKey }
  | { kind: 'AuthorityAccepted'; which: AuthorityName; authority: PublicKey; previous: PublicKey };

/** The authority a hand-over event concerns (`which`: 0, 1). */
export type AuthorityName = 'authority' | 'voteAuthority';
const authorityName = (which: number): AuthorityName => (which === 1 ? 'voteAuthority' : 'authority');

/** Events start with an 8-byte header: the kind, then 7 zero bytes. */
const HEADER = 8;

/** Decodes one event (the first base64 part of a `Program data:` line; `ConfigUpdated` has the field's data in a second). */
export function decodeStakingEvent(data: Uint8Array): StakingEvent | null {
  const r = new EventReader(data, HEADER);
  switch (data[0]) {
    case StakingEventKind.Initialized:
      return { kind: 'Initialized', config: r.key(), mint: r.key(), authority: r.key() };
    case StakingEventKind.ConfigUpdated:
      return { kind: 'ConfigUpdated', field: r.u8() };
    case StakingEventKind.Staked:
      return { kind: 'Staked', position: r.key(), owner: r.key(), amount: r.u64(), lockEnd: r.i64(), votingPower: r.u64(), tier: r.u8() };
    case StakingEventKind.StakeAdded:
      return { kind: 'StakeAdded', position: r.key(), owner: r.key(), amount: r.u64(), total: r.u64(), lockEnd: r.i64(), votingPower: r.u64() };
    case StakingEventKind.LockExtended:
      return { kind: 'LockExtended', position: r.key(), owner: r.key(), lockEnd: r.i64(), votingPower: r.u64(), tier: r.u8() };
    case StakingEventKind.Unstaked:
      return { kind: 'Unstaked', position: r.key(), owner: r.key(), amount: r.u64(), penalty: r.u64(), rewardsPaid: r.u64(), closed: r.u8() !== 0 };
    case StakingEventKind.RewardsDeposited:
      return { kind: 'RewardsDeposited', depositor: r.key(), amount: r.u64(), dripRemaining: r.u64(), dripEnd: r.i64() };
    case StakingEventKind.StreamFunded:
      return { kind: 'StreamFunded', amount: r.u64(), remaining: r.u64(), end: r.i64() };
    case StakingEventKind.Claimed:
      return { kind: 'Claimed', position: r.key(), owner: r.key(), amount: r.u64() };
    case StakingEventKind.Compounded:
      return { kind: 'Compounded', position: r.key(), owner: r.key(), amount: r.u64() };
    case StakingEventKind.AutoCompoundSet:
      return { kind: 'AutoCompoundSet', position: r.key(), enabled: r.u8() !== 0 };
    case StakingEventKind.CrankCompounded:
      return { kind: 'CrankCompounded', amount: r.u64(), positions: r.u32() };
    case StakingEventKind.Refreshed:
      return { kind: 'Refreshed', totalRewardWeight: r.u64(), positions: r.u32() };
    case StakingEventKind.VoteLocked:
      return { kind: 'VoteLocked', position: r.key(), voteLockedUntil: r.i64(), voterBoostUntil: r.i64() };
    case StakingEventKind.ScheduleExtended:
      return { kind: 'ScheduleExtended', schedule: r.key(), dataLen: r.u64(), historyCap: r.u32() };
    case StakingEventKind.Synced:
      return { kind: 'Synced', totalVotingPower: r.u64(), totalRewardWeight: r.u64(), syncedDay: r.u32(), reached: r.u8() !== 0 };
    case StakingEventKind.AuthorityProposed:
      return { kind: 'AuthorityProposed', pending: r.key(), which: authorityName(r.u8()) };
    case StakingEventKind.AuthorityProposalCancelled:
      return { kind: 'AuthorityProposalCancelled', pending: r.key(), which: authorityName(r.u8()) };
    case StakingEventKind.AuthorityAccepted:
      return { kind: 'AuthorityAccepted', authority: r.key(), previous: r.key(), which: authorityName(r.u8()) };
    default:
      return null;
  }
}

/**
 * Every staking event in a transaction's logs: `Program data: …` lines logged
 * while `programId` is the innermost running program (followed through the
 * `invoke [n]` / `success` / `failed` lines, so CPIs into it count too).
 */
export function parseStakingEvents(logs: string[], programId: PublicKey = STAKING_PROGRAM_ID): StakingEvent[] {
  return parseEvents(logs, programId, decodeStakingEvent);
}
