/**
 * `check_accounts` (0): records what the entrypoint parsed into a report account.
 * Accounts: 0 [writable] report (probe-owned); 1.. any, duplicates allowed.
 * Data: u8 0, then any bytes (only their count is recorded).
 */
import { type Encoder, getBytesEncoder, getStructEncoder, getU8Encoder, transformEncoder, type ReadonlyUint8Array } from '@solana/codecs';
import type { AccountMeta, Address, Instruction } from '@solana/kit';
import { PROBE_PROGRAM_ADDRESS, ProbeInstruction } from '../program';
import { writableMeta } from './shared';

export interface CheckAccountsInstructionDataArgs {
  /** Bytes after the discriminator; only their count is recorded. */
  payload?: ReadonlyUint8Array;
}

export function getCheckAccountsInstructionDataEncoder(): Encoder<CheckAccountsInstructionDataArgs> {
  return transformEncoder(
    getStructEncoder([
      ['discriminator', getU8Encoder()],
      ['payload', getBytesEncoder()],
    ]),
    (args: CheckAccountsInstructionDataArgs) => ({
      discriminator: ProbeInstruction.CheckAccounts,
      payload: args.payload ?? new Uint8Array(),
    }),
  );
}

export interface CheckAccountsInput extends CheckAccountsInstructionDataArgs {
  report: Address;
  /** Accounts after the report, in order, with their roles. */
  remaining?: AccountMeta[];
  programAddress?: Address;
}

export function getCheckAccountsInstruction(input: CheckAccountsInput): Instruction {
  return {
    programAddress: input.programAddress ?? PROBE_PROGRAM_ADDRESS,
    accounts: [writableMeta(input.report), ...(input.remaining ?? [])],
    data: getCheckAccountsInstructionDataEncoder().encode(input),
  };
}
