/**
 * `create_pda` (1): creates the payer's record PDA `["record", payer]`.
 * Accounts: 0 [writable, signer] payer; 1 [writable] record; 2 [] System Program.
 * Data (9): u8 1, u64 value.
 */
import { type FixedSizeEncoder, getStructEncoder, getU64Encoder, getU8Encoder, transformEncoder } from '@solana/codecs';
import { type Address, address, type Instruction, type TransactionSigner } from '@solana/kit';
import { PROBE_PROGRAM_ADDRESS, ProbeInstruction } from '../program';
import { readonlyMeta, signerMeta, writableMeta } from './shared';

export const SYSTEM_PROGRAM_ADDRESS = address('11111111111111111111111111111111');

export interface CreatePdaInstructionDataArgs {
  value: number | bigint;
}

export function getCreatePdaInstructionDataEncoder(): FixedSizeEncoder<CreatePdaInstructionDataArgs, 9> {
  return transformEncoder(
    getStructEncoder([
      ['discriminator', getU8Encoder()],
      ['value', getU64Encoder()],
    ]),
    (args: CreatePdaInstructionDataArgs) => ({ ...args, discriminator: ProbeInstruction.CreatePda }),
  ) as FixedSizeEncoder<CreatePdaInstructionDataArgs, 9>;
}

export interface CreatePdaInput extends CreatePdaInstructionDataArgs {
  payer: TransactionSigner | Address;
  /** `findRecordPda(payer)`. */
  record: Address;
  systemProgram?: Address;
  programAddress?: Address;
}

export function getCreatePdaInstruction(input: CreatePdaInput): Instruction {
  return {
    programAddress: input.programAddress ?? PROBE_PROGRAM_ADDRESS,
    accounts: [
      signerMeta(input.payer, true),
      writableMeta(input.record),
      readonlyMeta(input.systemProgram ?? SYSTEM_PROGRAM_ADDRESS),
    ],
    data: getCreatePdaInstructionDataEncoder().encode(input),
  };
}
