/**
 * `clock_event` (6): reads the Clock, logs, emits the `clock` event and
 * returns (slot, unix_timestamp, epoch, tag). No accounts.
 * Data (9): u8 6, u64 tag.
 */
import {
  type FixedSizeDecoder,
  type FixedSizeEncoder,
  getI64Decoder,
  getStructDecoder,
  getStructEncoder,
  getU64Decoder,
  getU64Encoder,
  getU8Encoder,
  transformEncoder,
} from '@solana/codecs';
import type { Address, Instruction } from '@solana/kit';
import { PROBE_PROGRAM_ADDRESS, ProbeInstruction } from '../program';

export interface ClockEventInstructionDataArgs {
  tag: number | bigint;
}

export function getClockEventInstructionDataEncoder(): FixedSizeEncoder<ClockEventInstructionDataArgs, 9> {
  return transformEncoder(
    getStructEncoder([
      ['discriminator', getU8Encoder()],
      ['tag', getU64Encoder()],
    ]),
    (args: ClockEventInstructionDataArgs) => ({ ...args, discriminator: ProbeInstruction.ClockEvent }),
  ) as FixedSizeEncoder<ClockEventInstructionDataArgs, 9>;
}

export interface ClockEventReturn {
  slot: bigint;
  unixTimestamp: bigint;
  epoch: bigint;
  tag: bigint;
}

/** The 32 bytes of return data. */
export function getClockEventReturnDecoder(): FixedSizeDecoder<ClockEventReturn, 32> {
  return getStructDecoder([
    ['slot', getU64Decoder()],
    ['unixTimestamp', getI64Decoder()],
    ['epoch', getU64Decoder()],
    ['tag', getU64Decoder()],
  ]) as FixedSizeDecoder<ClockEventReturn, 32>;
}

/** The `Program data:` event parts after the `clock` name part. */
export interface ClockEvent {
  slot: bigint;
  unixTimestamp: bigint;
  tag: bigint;
}

export interface ClockEventInput extends ClockEventInstructionDataArgs {
  programAddress?: Address;
}

export function getClockEventInstruction(input: ClockEventInput): Instruction {
  return {
    programAddress: input.programAddress ?? PROBE_PROGRAM_ADDRESS,
    accounts: [],
    data: getClockEventInstructionDataEncoder().encode(input),
  };
}
