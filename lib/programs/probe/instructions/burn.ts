/**
 * `burn` (4): burns from a token account owned by the `["authority"]` PDA.
 * Accounts: 0 [writable] source; 1 [writable] mint; 2 [] authority;
 * 3 [] token program. Data (10): u8 4, u8 authority bump, u64 amount.
 */
import type { Address, Instruction } from '@solana/kit';
import { PROBE_PROGRAM_ADDRESS, ProbeInstruction } from '../program';
import { readonlyMeta, writableMeta } from './shared';
import { getTokenAmountInstructionDataEncoder, type TokenAmountInstructionDataArgs } from './tokenAmount';

export const getBurnInstructionDataEncoder = () => getTokenAmountInstructionDataEncoder(ProbeInstruction.Burn);

export interface BurnInput extends TokenAmountInstructionDataArgs {
  source: Address;
  mint: Address;
  authority: Address;
  tokenProgram: Address;
  programAddress?: Address;
}

export function getBurnInstruction(input: BurnInput): Instruction {
  return {
    programAddress: input.programAddress ?? PROBE_PROGRAM_ADDRESS,
    accounts: [
      writableMeta(input.source),
      writableMeta(input.mint),
      readonlyMeta(input.authority),
      readonlyMeta(input.tokenProgram),
    ],
    data: getBurnInstructionDataEncoder().encode(input),
  };
}
