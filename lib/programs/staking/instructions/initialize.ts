/**
 * `initialize` (0): creates the config for a mint and its two vaults with the
 * default parameters and the first 10,240 bytes of its schedule; the payer
 * becomes authority and vote authority. `getInitializeInstructions` adds the
 * two `extend_schedule` calls that complete the schedule's ring: send the
 * three in one transaction.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getInitializeInstruction as build } from '@/lib/programs/generated/staking';
import { getExtendScheduleInstruction } from './extendSchedule';
import { type DeploymentInput, kitDeployment, signerOf, toAddress, toWeb3Instruction } from './shared';

export interface InitializeInput extends DeploymentInput {
  payer: PublicKey;
  /** SPL Token or Token-2022: the mint's owner. */
  tokenProgram: PublicKey;
}

export function getInitializeInstruction(input: InitializeInput): TransactionInstruction {
  const { a, program } = kitDeployment(input);
  return toWeb3Instruction(build({ payer: signerOf(input.payer), ...a, tokenProgram: toAddress(input.tokenProgram) }, program));
}

/** `initialize` and the two `extend_schedule` that complete the ring (one transaction). */
export function getInitializeInstructions(input: InitializeInput): TransactionInstruction[] {
  const extend = getExtendScheduleInstruction({ payer: input.payer, mint: input.mint, programId: input.programId });
  return [getInitializeInstruction(input), extend, extend];
}
