/**
 * `initialize` (0): creates the config for a mint and its two vaults with the
 * default parameters; the payer becomes authority and vote authority.
 * Accounts: 0 [s, w] payer; 1 [w] config; 2 [] mint; 3 [w] stake vault;
 * 4 [w] reward vault; 5 [] token program; 6 [] system program; 7 [w] schedule
 * (created with its first 10,240 bytes).
 * Data (1): u8 0.
 *
 * `getInitializeInstructions` adds the two `extend_schedule` calls that
 * complete the schedule's ring: send the three in one transaction.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { StakingInstruction } from '../program';
import { getExtendScheduleInstruction } from './extendSchedule';
import { type DeploymentInput, SYSTEM_PROGRAM_ID, deployment, getDiscriminatorOnlyEncoder, instruction, readonly, signer, writable } from './shared';

/** `initialize` takes no arguments: its data is the discriminator alone. */
export const getInitializeDataEncoder = getDiscriminatorOnlyEncoder;

export interface InitializeInput extends DeploymentInput {
  payer: PublicKey;
  /** SPL Token or Token-2022: the mint's owner. */
  tokenProgram: PublicKey;
}

export function getInitializeInstruction(input: InitializeInput): TransactionInstruction {
  const d = deployment(input);
  return instruction(
    d.programId,
    [
      signer(input.payer, true),
      writable(d.config),
      readonly(input.mint),
      writable(d.stakeVault),
      writable(d.rewardVault),
      readonly(input.tokenProgram),
      readonly(SYSTEM_PROGRAM_ID),
      writable(d.schedule),
    ],
    getInitializeDataEncoder().encode({ discriminator: StakingInstruction.Initialize }),
  );
}

/** `initialize` and the two `extend_schedule` that complete the ring (one transaction). */
export function getInitializeInstructions(input: InitializeInput): TransactionInstruction[] {
  const extend = getExtendScheduleInstruction({ payer: input.payer, mint: input.mint, programId: input.programId });
  return [getInitializeInstruction(input), extend, extend];
}
