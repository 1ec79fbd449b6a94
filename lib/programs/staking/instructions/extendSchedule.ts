/**
 * `extend_schedule` (15): anyone grows the schedule by up to 10,240 bytes and
 * pays its rent: toward the full ring first, then whole history days.
 * Accounts: 0 [s, w] payer; 1 [] config; 2 [w] schedule; 3 [] system program.
 * Data (1): u8 15.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { StakingInstruction } from '../program';
import { type DeploymentInput, SYSTEM_PROGRAM_ID, deployment, getDiscriminatorOnlyEncoder, instruction, readonly, signer, writable } from './shared';

export interface ExtendScheduleInput extends DeploymentInput {
  payer: PublicKey;
}

export function getExtendScheduleInstruction(input: ExtendScheduleInput): TransactionInstruction {
  const d = deployment(input);
  return instruction(
    d.programId,
    [signer(input.payer, true), readonly(d.config), writable(d.schedule), readonly(SYSTEM_PROGRAM_ID)],
    getDiscriminatorOnlyEncoder().encode({ discriminator: StakingInstruction.ExtendSchedule }),
  );
}
