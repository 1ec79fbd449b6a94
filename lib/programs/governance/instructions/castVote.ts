/**
 * `cast_vote` (5): votes with the voter's staking positions (each once per
 * proposal; each locked in staking until the vote can no longer be extended).
 * Accounts: 0 [s, w] voter; 1 [] governance config; 2 [w] proposal;
 * 3 [] authority PDA; 4 [w] staking config; 5 [w] staking schedule;
 * 6 [] staking program; 7 [] system program; 8.. pairs [w] position, [w] vote record PDA;
 * then (quadratic proposals) [w] voter record PDA; last [] the Clock sysvar, [] the Rent sysvar
 * (read from their accounts rather than by syscall; the clock is passed on to staking's
 * lock_for_vote).
 * Data: u8 5, u8 side (0 for, 1 against, 2 abstain), one u8 bump per pair,
 * then (quadratic) the voter record's u8 bump.
 */
import { type PublicKey, SYSVAR_CLOCK_PUBKEY, SYSVAR_RENT_PUBKEY, type TransactionInstruction } from '@solana/web3.js';
import {
  findVoteRecordPda,
  findVoterRecordPda,
  GovernanceInstruction,
  type GovernanceDeploymentInput,
  MAX_VOTE_POSITIONS,
  VOTE_SIDES,
  type VoteSide,
  type VoteWeighting,
} from '../program';
import { deployment, instruction, readonly, signer, SYSTEM_PROGRAM_ID, writable } from './shared';

export interface CastVoteInput extends GovernanceDeploymentInput {
  voter: PublicKey;
  proposal: PublicKey;
  /** The proposal's weighting (`Proposal.voteWeighting`): quadratic adds the wallet's voter record. */
  weighting: VoteWeighting;
  side: VoteSide;
  /** The voter's staking positions (1..=16), none of which has voted on this proposal. */
  positions: PublicKey[];
}

export function getCastVoteInstruction(input: CastVoteInput): TransactionInstruction {
  const d = deployment(input);
  if (input.positions.length === 0 || input.positions.length > MAX_VOTE_POSITIONS) {
    throw new Error(`vote with 1 to ${MAX_VOTE_POSITIONS} positions`);
  }
  const records = input.positions.map((p) => findVoteRecordPda(input.proposal, p, d.programId));
  const voterRecord = input.weighting === 'quadratic' ? [findVoterRecordPda(input.proposal, input.voter, d.programId)] : [];
  return instruction(
    d.programId,
    [
      signer(input.voter, true),
      readonly(d.governance),
      writable(input.proposal),
      readonly(d.authority),
      writable(d.stakingConfig),
      writable(d.stakingSchedule),
      readonly(d.stakingProgramId),
      readonly(SYSTEM_PROGRAM_ID),
      ...input.positions.flatMap((p, i) => [writable(p), writable(records[i]![0])]),
      ...voterRecord.map(([address]) => writable(address)),
      readonly(SYSVAR_CLOCK_PUBKEY),
      readonly(SYSVAR_RENT_PUBKEY),
    ],
    Uint8Array.from([
      GovernanceInstruction.CastVote,
      VOTE_SIDES.indexOf(input.side),
      ...records.map(([, bump]) => bump),
      ...voterRecord.map(([, bump]) => bump),
    ]),
  );
}
