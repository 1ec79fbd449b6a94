/**
 * `refresh` (12): anyone settles positions and recomputes them at now, so lapsed
 * boosters stop earning and ended locks fall to the no-lock multiplier.
 * Accounts: 0 [w] config; 1 [w] schedule; then pairs [w] position, [w] its owner's staker.
 * Data (1): u8 12.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { findStakerPda, StakingInstruction } from '../program';
import { type DeploymentInput, deployment, getDiscriminatorOnlyEncoder, instruction, writable } from './shared';

export interface RefreshInput extends DeploymentInput {
  positions: { position: PublicKey; owner: PublicKey }[];
}

export function getRefreshInstruction(input: RefreshInput): TransactionInstruction {
  const d = deployment(input);
  if (input.positions.length === 0) throw new Error('refresh takes at least one position');
  const pairs = input.positions.flatMap(({ position, owner }) => [
    writable(position),
    writable(findStakerPda(d.config, owner, d.programId)[0]),
  ]);
  return instruction(
    d.programId,
    [writable(d.config), writable(d.schedule), ...pairs],
    getDiscriminatorOnlyEncoder().encode({ discriminator: StakingInstruction.Refresh }),
  );
}
