/**
 * `close_vault` (9): closes an empty token account owned by the
 * `["authority"]` PDA, sending its lamports to `destination`.
 * Accounts: 0 [writable] token account; 1 [writable] destination;
 * 2 [] authority; 3 [] token program. Data (2): u8 9, u8 authority bump.
 */
import { type FixedSizeEncoder, getStructEncoder, getU8Encoder, transformEncoder } from '@solana/codecs';
import type { Address, Instruction } from '@solana/kit';
import { PROBE_PROGRAM_ADDRESS, ProbeInstruction } from '../program';
import { readonlyMeta, writableMeta } from './shared';

export interface CloseVaultInstructionDataArgs {
  authorityBump: number;
}

export function getCloseVaultInstructionDataEncoder(): FixedSizeEncoder<CloseVaultInstructionDataArgs, 2> {
  return transformEncoder(
    getStructEncoder([
      ['discriminator', getU8Encoder()],
      ['authorityBump', getU8Encoder()],
    ]),
    (args: CloseVaultInstructionDataArgs) => ({ ...args, discriminator: ProbeInstruction.CloseVault }),
  ) as FixedSizeEncoder<CloseVaultInstructionDataArgs, 2>;
}

export interface CloseVaultInput extends CloseVaultInstructionDataArgs {
  vault: Address;
  destination: Address;
  authority: Address;
  tokenProgram: Address;
  programAddress?: Address;
}

export function getCloseVaultInstruction(input: CloseVaultInput): Instruction {
  return {
    programAddress: input.programAddress ?? PROBE_PROGRAM_ADDRESS,
    accounts: [
      writableMeta(input.vault),
      writableMeta(input.destination),
      readonlyMeta(input.authority),
      readonlyMeta(input.tokenProgram),
    ],
    data: getCloseVaultInstructionDataEncoder().encode(input),
  };
}
