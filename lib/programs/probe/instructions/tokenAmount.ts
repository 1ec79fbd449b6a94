/**
 * Data shared by `mint_to` (3), `burn` (4) and `transfer` (5):
 * u8 discriminator, u8 authority bump, u64 amount (10 bytes).
 */
import { type FixedSizeEncoder, getStructEncoder, getU64Encoder, getU8Encoder, transformEncoder } from '@solana/codecs';
import type { ProbeInstruction } from '../program';

export interface TokenAmountInstructionDataArgs {
  authorityBump: number;
  amount: number | bigint;
}

export function getTokenAmountInstructionDataEncoder(
  discriminator: ProbeInstruction.MintTo | ProbeInstruction.Burn | ProbeInstruction.Transfer,
): FixedSizeEncoder<TokenAmountInstructionDataArgs, 10> {
  return transformEncoder(
    getStructEncoder([
      ['discriminator', getU8Encoder()],
      ['authorityBump', getU8Encoder()],
      ['amount', getU64Encoder()],
    ]),
    (args: TokenAmountInstructionDataArgs) => ({ ...args, discriminator }),
  ) as FixedSizeEncoder<TokenAmountInstructionDataArgs, 10>;
}
