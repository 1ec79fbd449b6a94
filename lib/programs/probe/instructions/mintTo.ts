/**
 * `mint_to` (3): mints with the `["authority"]` PDA as mint authority.
 * Accounts: 0 [writable] mint; 1 [writable] destination; 2 [] authority;
 * 3 [] token program. Data (10): u8 3, u8 authority bump, u64 amount.
 */
import type { Address, Instruction } from '@solana/kit';
import { PROBE_PROGRAM_ADDRESS, ProbeInstruction } from '../program';
import { readonlyMeta, writableMeta } from './shared';
import { getTokenAmountInstructionDataEncoder, type TokenAmountInstructionDataArgs } from './tokenAmount';

export const getMintToInstructionDataEncoder = () => getTokenAmountInstructionDataEncoder(ProbeInstruction.MintTo);

export interface MintToInput extends TokenAmountInstructionDataArgs {
  mint: Address;
  destination: Address;
  authority: Address;
  tokenProgram: Address;
  programAddress?: Address;
}

export function getMintToInstruction(input: MintToInput): Instruction {
  return {
    programAddress: input.programAddress ?? PROBE_PROGRAM_ADDRESS,
    accounts: [
      writableMeta(input.mint),
      writableMeta(input.destination),
      readonlyMeta(input.authority),
      readonlyMeta(input.tokenProgram),
    ],
    data: getMintToInstructionDataEncoder().encode(input),
  };
}
