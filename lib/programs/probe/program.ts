/**
 * What the probe's generated client leaves to the app: PDA finders taking
 * their seed as a plain argument, the `check_accounts` builder with a role per
 * remaining account (the IDL's remaining accounts share one role), and
 * decoding `mul_div`'s return data, whose width depends on the mode.
 */
import {
  getU128Decoder,
  getU64Decoder,
  type AccountMeta,
  type Address,
  type ProgramDerivedAddress,
  type ReadonlyUint8Array,
} from '@solana/kit';
import {
  findAuthorityPda as findAuthority,
  findRecordPda as findRecord,
  findVaultPda as findVault,
  getCheckAccountsInstruction as getGeneratedCheckAccountsInstruction,
  MulDivMode,
  PROBE_PROGRAM_ADDRESS,
} from '@/lib/programs/generated/probe';

/** `["record", payer]`: a caller's record. */
export function findRecordPda(payer: Address, programAddress: Address = PROBE_PROGRAM_ADDRESS): Promise<ProgramDerivedAddress> {
  return findRecord({ payer }, { programAddress });
}

/** `["vault", mint]`: the probe's token account for a mint. */
export function findVaultPda(mint: Address, programAddress: Address = PROBE_PROGRAM_ADDRESS): Promise<ProgramDerivedAddress> {
  return findVault({ mint }, { programAddress });
}

/** `["authority"]`: owner of the vaults and mint authority. */
export function findAuthorityPda(programAddress: Address = PROBE_PROGRAM_ADDRESS): Promise<ProgramDerivedAddress> {
  return findAuthority({ programAddress });
}

export interface CheckAccountsInput {
  report: Address;
  /** Accounts after the report, in order, with their roles. */
  remaining?: AccountMeta[];
  /** Bytes after the discriminator; only their count is recorded. */
  payload?: ReadonlyUint8Array;
}

/** `check_accounts`: the generated builder, then `remaining` with their own roles. */
export function getCheckAccountsInstruction(input: CheckAccountsInput) {
  const ix = getGeneratedCheckAccountsInstruction({ report: input.report, payload: input.payload });
  return { ...ix, accounts: [...ix.accounts, ...(input.remaining ?? [])] };
}

/** Decodes the return data of `mul_div` for `mode` (8 bytes in u64 modes, 16 in u128 modes). */
export function decodeMulDivReturn(mode: MulDivMode, data: ReadonlyUint8Array): bigint {
  const wide = mode === MulDivMode.U128Floor || mode === MulDivMode.U128Ceil;
  if (data.length !== (wide ? 16 : 8)) throw new Error(`mul_div returned ${data.length} bytes`);
  return wide ? getU128Decoder().decode(data) : getU64Decoder().decode(data);
}

/** The `Program data:` event parts after the `clock` name part (the IDL's `clock` event). */
export interface ClockEvent {
  slot: bigint;
  unixTimestamp: bigint;
  tag: bigint;
}
