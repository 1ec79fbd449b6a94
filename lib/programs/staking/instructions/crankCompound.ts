/**
 * `crank_compound` (11): anyone compounds positions that opted in.
 * Accounts: 0 [w] config; 1 [w] schedule; 2 [w] reward vault; 3 [w] stake vault; 4 [] mint;
 * 5 [] token program; then pairs [w] position, [w] its owner's staker.
 * Data (1): u8 11.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { findStakerPda, StakingInstruction } from '../program';
import { type DeploymentInput, deployment, getDiscriminatorOnlyEncoder, instruction, readonly, writable } from './shared';

/** Most pairs one instruction carries (the program keeps 64 accounts). */
export const MAX_CRANK_POSITIONS = 29;

export interface CrankCompoundInput extends DeploymentInput {
  tokenProgram: PublicKey;
  positions: { position: PublicKey; owner: PublicKey }[];
}

export function getCrankCompoundInstruction(input: CrankCompoundInput): TransactionInstruction {
  const d = deployment(input);
  if (input.positions.length === 0 || input.positions.length > MAX_CRANK_POSITIONS) {
    throw new Error(`crank_compound takes 1 to ${MAX_CRANK_POSITIONS} positions`);
  }
  const pairs = input.positions.flatMap(({ position, owner }) => [
    writable(position),
    writable(findStakerPda(d.config, owner, d.programId)[0]),
  ]);
  return instruction(
    d.programId,
    [writable(d.config), writable(d.schedule), writable(d.rewardVault), writable(d.stakeVault), readonly(input.mint), readonly(input.tokenProgram), ...pairs],
    getDiscriminatorOnlyEncoder().encode({ discriminator: StakingInstruction.CrankCompound }),
  );
}
