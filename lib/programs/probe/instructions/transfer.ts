/**
 * `transfer` (5): `transfer_checked` out of an account owned by the
 * `["authority"]` PDA. Accounts: 0 [writable] source; 1 [] mint;
 * 2 [writable] destination; 3 [] authority; 4 [] token program.
 * Data (10): u8 5, u8 authority bump, u64 amount.
 */
import type { Address, Instruction } from '@solana/kit';
import { PROBE_PROGRAM_ADDRESS, ProbeInstruction } from '../program';
import { readonlyMeta, writableMeta } from './shared';
import { getTokenAmountInstructionDataEncoder, type TokenAmountInstructionDataArgs } from './tokenAmount';

export const getTransferInstructionDataEncoder = () => getTokenAmountInstructionDataEncoder(ProbeInstruction.Transfer);

export interface TransferInput extends TokenAmountInstructionDataArgs {
  source: Address;
  mint: Address;
  destination: Address;
  authority: Address;
  tokenProgram: Address;
  programAddress?: Address;
}

export function getTransferInstruction(input: TransferInput): Instruction {
  return {
    programAddress: input.programAddress ?? PROBE_PROGRAM_ADDRESS,
    accounts: [
      writableMeta(input.source),
      readonlyMeta(input.mint),
      writableMeta(input.destination),
      readonlyMeta(input.authority),
      readonlyMeta(input.tokenProgram),
    ],
    data: getTransferInstructionDataEncoder().encode(input),
  };
}
