/**
 * `stake` (2): opens a position at a tier; creates the wallet's staker record on
 * its first stake.
 * Accounts: 0 [s, w] owner; 1 [w] config; 2 [w] schedule; 3 [w] staker; 4 [w] position;
 * 5 [w] owner's token account; 6 [w] stake vault; 7 [] mint; 8 [] token program;
 * 9 [] system program.
 * Data (15): u8 2, u8 tier, u64 amount, u32 position_id, u8 position_bump.
 */
import { getStructEncoder, getU32Encoder, getU64Encoder, getU8Encoder } from '@solana/codecs';
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { findPositionPda, findStakerPda, StakingInstruction } from '../program';
import { type DeploymentInput, SYSTEM_PROGRAM_ID, deployment, instruction, readonly, signer, writable } from './shared';

export const getStakeDataEncoder = () =>
  getStructEncoder([
    ['discriminator', getU8Encoder()],
    ['tier', getU8Encoder()],
    ['amount', getU64Encoder()],
    ['positionId', getU32Encoder()],
    ['positionBump', getU8Encoder()],
  ]);

export interface StakeInput extends DeploymentInput {
  owner: PublicKey;
  ownerToken: PublicKey;
  tokenProgram: PublicKey;
  tier: number;
  amount: bigint;
  /** The staker record's `nextPositionId` (0 when the wallet has none yet). */
  positionId: number;
}

export function getStakeInstruction(input: StakeInput): TransactionInstruction {
  const d = deployment(input);
  const [staker] = findStakerPda(d.config, input.owner, d.programId);
  const [position, positionBump] = findPositionPda(d.config, input.owner, input.positionId, d.programId);
  return instruction(
    d.programId,
    [
      signer(input.owner, true),
      writable(d.config),
      writable(d.schedule),
      writable(staker),
      writable(position),
      writable(input.ownerToken),
      writable(d.stakeVault),
      readonly(input.mint),
      readonly(input.tokenProgram),
      readonly(SYSTEM_PROGRAM_ID),
    ],
    getStakeDataEncoder().encode({
      discriminator: StakingInstruction.Stake,
      tier: input.tier,
      amount: input.amount,
      positionId: input.positionId,
      positionBump,
    }),
  );
}
