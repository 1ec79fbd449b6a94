/**
 * `mul_div` (7): `a * b / c` returned as return data (u64 LE for the u64
 * modes, u128 LE for the u128 modes). No accounts.
 * Data (50): u8 7, u8 mode, u128 a, u128 b, u128 c.
 */
import {
  type FixedSizeEncoder,
  getStructEncoder,
  getU128Encoder,
  getU128Decoder,
  getU64Decoder,
  getU8Encoder,
  type ReadonlyUint8Array,
  transformEncoder,
} from '@solana/codecs';
import type { Address, Instruction } from '@solana/kit';
import { MulDivMode, PROBE_PROGRAM_ADDRESS, ProbeInstruction } from '../program';

export interface MulDivInstructionDataArgs {
  mode: MulDivMode;
  a: number | bigint;
  b: number | bigint;
  c: number | bigint;
}

export function getMulDivInstructionDataEncoder(): FixedSizeEncoder<MulDivInstructionDataArgs, 50> {
  return transformEncoder(
    getStructEncoder([
      ['discriminator', getU8Encoder()],
      ['mode', getU8Encoder()],
      ['a', getU128Encoder()],
      ['b', getU128Encoder()],
      ['c', getU128Encoder()],
    ]),
    (args: MulDivInstructionDataArgs) => ({ ...args, discriminator: ProbeInstruction.MulDiv }),
  ) as FixedSizeEncoder<MulDivInstructionDataArgs, 50>;
}

/** Decodes the return data of `mul_div` for `mode`. */
export function decodeMulDivReturn(mode: MulDivMode, data: ReadonlyUint8Array): bigint {
  const wide = mode === MulDivMode.U128Floor || mode === MulDivMode.U128Ceil;
  if (data.length !== (wide ? 16 : 8)) throw new Error(`mul_div returned ${data.length} bytes`);
  return wide ? getU128Decoder().decode(data) : getU64Decoder().decode(data);
}

export interface MulDivInput extends MulDivInstructionDataArgs {
  programAddress?: Address;
}

export function getMulDivInstruction(input: MulDivInput): Instruction {
  return {
    programAddress: input.programAddress ?? PROBE_PROGRAM_ADDRESS,
    accounts: [],
    data: getMulDivInstructionDataEncoder().encode(input),
  };
}
