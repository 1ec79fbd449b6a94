/**
 * `extend_lock` (4): moves a position to the same or a longer tier.
 * Accounts: 0 [s] owner; 1 [w] config; 2 [w] schedule; 3 [w] staker; 4 [w] position.
 * Data (2): u8 4, u8 tier.
 */
import { getStructEncoder, getU8Encoder } from '@solana/codecs';
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { findStakerPda, StakingInstruction } from '../program';
import { type DeploymentInput, deployment, instruction, signer, writable } from './shared';

export const getExtendLockDataEncoder = () =>
  getStructEncoder([
    ['discriminator', getU8Encoder()],
    ['tier', getU8Encoder()],
  ]);

export interface ExtendLockInput extends DeploymentInput {
  owner: PublicKey;
  position: PublicKey;
  tier: number;
}

export function getExtendLockInstruction(input: ExtendLockInput): TransactionInstruction {
  const d = deployment(input);
  const [staker] = findStakerPda(d.config, input.owner, d.programId);
  return instruction(
    d.programId,
    [signer(input.owner), writable(d.config), writable(d.schedule), writable(staker), writable(input.position)],
    getExtendLockDataEncoder().encode({ discriminator: StakingInstruction.ExtendLock, tier: input.tier }),
  );
}
