/**
 * `fail` (8): returns `DeliberateFailure` (Custom(0)) or panics. No accounts.
 * Data (2): u8 8, u8 kind.
 */
import { type FixedSizeEncoder, getStructEncoder, getU8Encoder, transformEncoder } from '@solana/codecs';
import type { Address, Instruction } from '@solana/kit';
import { FailKind, PROBE_PROGRAM_ADDRESS, ProbeInstruction } from '../program';

export interface FailInstructionDataArgs {
  kind: FailKind;
}

export function getFailInstructionDataEncoder(): FixedSizeEncoder<FailInstructionDataArgs, 2> {
  return transformEncoder(
    getStructEncoder([
      ['discriminator', getU8Encoder()],
      ['kind', getU8Encoder()],
    ]),
    (args: FailInstructionDataArgs) => ({ ...args, discriminator: ProbeInstruction.Fail }),
  ) as FixedSizeEncoder<FailInstructionDataArgs, 2>;
}

export interface FailInput extends FailInstructionDataArgs {
  programAddress?: Address;
}

export function getFailInstruction(input: FailInput): Instruction {
  return {
    programAddress: input.programAddress ?? PROBE_PROGRAM_ADDRESS,
    accounts: [],
    data: getFailInstructionDataEncoder().encode(input),
  };
}
