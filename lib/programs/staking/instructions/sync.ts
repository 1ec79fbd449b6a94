/**
 * `sync` (16): anyone walks the schedule across the day boundaries since the
 * last one crossed (at most 200 per call), applying each day's scheduled
 * weight drops, and sets `synced_day`.
 * Accounts: 0 [w] config; 1 [w] schedule.
 * Data (1): u8 16.
 */
import type { TransactionInstruction } from '@solana/web3.js';
import { StakingInstruction } from '../program';
import { type DeploymentInput, deployment, getDiscriminatorOnlyEncoder, instruction, writable } from './shared';

export function getSyncInstruction(input: DeploymentInput): TransactionInstruction {
  const d = deployment(input);
  return instruction(
    d.programId,
    [writable(d.config), writable(d.schedule)],
    getDiscriminatorOnlyEncoder().encode({ discriminator: StakingInstruction.Sync }),
  );
}
