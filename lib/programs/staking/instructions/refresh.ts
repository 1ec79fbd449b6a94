/**
 * `refresh` (12): anyone recomputes positions' boosters so expired ones stop earning.
 * Accounts: 0 [w] config; 1.. [w] positions.
 * Data (1): u8 12.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { StakingInstruction } from '../program';
import { getDiscriminatorOnlyEncoder } from './claim';
import { type DeploymentInput, deployment, instruction, writable } from './shared';

export interface RefreshInput extends DeploymentInput {
  positions: PublicKey[];
}

export function getRefreshInstruction(input: RefreshInput): TransactionInstruction {
  const d = deployment(input);
  if (input.positions.length === 0) throw new Error('refresh takes at least one position');
  return instruction(
    d.programId,
    [writable(d.config), ...input.positions.map(writable)],
    getDiscriminatorOnlyEncoder().encode({ discriminator: StakingInstruction.Refresh }),
  );
}
