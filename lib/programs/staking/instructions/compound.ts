/**
 * `compound` (9): moves a position's rewards into its stake.
 * Accounts: 0 [s] owner; 1 [w] config; 2 [w] schedule; 3 [w] staker; 4 [w] position;
 * 5 [w] reward vault; 6 [w] stake vault; 7 [] mint; 8 [] token program.
 * Data (1): u8 9.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { StakingInstruction } from '../program';
import { type DeploymentInput, deployment, getDiscriminatorOnlyEncoder, instruction, topUpAccounts } from './shared';

export interface CompoundInput extends DeploymentInput {
  owner: PublicKey;
  position: PublicKey;
  tokenProgram: PublicKey;
}

export function getCompoundInstruction(input: CompoundInput): TransactionInstruction {
  const d = deployment(input);
  return instruction(
    d.programId,
    topUpAccounts(d, input, d.rewardVault),
    getDiscriminatorOnlyEncoder().encode({ discriminator: StakingInstruction.Compound }),
  );
}
