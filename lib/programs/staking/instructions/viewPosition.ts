/**
 * `view_position` (14): read-only; return data = the position at now
 * (`decodePositionView`). Simulate it rather than sending it.
 * Accounts: 0 [] config; 1 [] schedule; 2 [] position.
 * Data (1): u8 14.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { StakingInstruction } from '../program';
import { type DeploymentInput, deployment, getDiscriminatorOnlyEncoder, instruction, readonly } from './shared';

export interface ViewPositionInput extends DeploymentInput {
  position: PublicKey;
}

export function getViewPositionInstruction(input: ViewPositionInput): TransactionInstruction {
  const d = deployment(input);
  return instruction(
    d.programId,
    [readonly(d.config), readonly(d.schedule), readonly(input.position)],
    getDiscriminatorOnlyEncoder().encode({ discriminator: StakingInstruction.ViewPosition }),
  );
}
