/**
 * `compound` (9): moves a position's rewards into its stake.
 * Accounts: 0 [s] owner; 1 [w] config; 2 [w] staker; 3 [w] position;
 * 4 [w] reward vault; 5 [w] stake vault; 6 [] mint; 7 [] token program.
 * Data (1): u8 9.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { findStakerPda, StakingInstruction } from '../program';
import { getDiscriminatorOnlyEncoder } from './claim';
import { type DeploymentInput, deployment, instruction, readonly, signer, writable } from './shared';

export interface CompoundInput extends DeploymentInput {
  owner: PublicKey;
  position: PublicKey;
  tokenProgram: PublicKey;
}

export function getCompoundInstruction(input: CompoundInput): TransactionInstruction {
  const d = deployment(input);
  const [staker] = findStakerPda(d.config, input.owner, d.programId);
  return instruction(
    d.programId,
    [
      signer(input.owner),
      writable(d.config),
      writable(staker),
      writable(input.position),
      writable(d.rewardVault),
      writable(d.stakeVault),
      readonly(input.mint),
      readonly(input.tokenProgram),
    ],
    getDiscriminatorOnlyEncoder().encode({ discriminator: StakingInstruction.Compound }),
  );
}
