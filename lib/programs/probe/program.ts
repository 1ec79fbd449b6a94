/**
 * Probe program interface: address, instruction discriminators and PDA seeds,
 * mirroring `programs/probe/src/interface/`. The probe is test-only; this
 * folder is the pattern the staking and governance clients follow.
 */
import { type Address, address, getAddressEncoder, getProgramDerivedAddress, type ProgramDerivedAddress } from '@solana/kit';
import { LOCALNET_PROGRAM_IDS } from '@/lib/config/programs';

/** Localnet address (programs/keys/probe-keypair.json). Builders take another via `programAddress`. */
export const PROBE_PROGRAM_ADDRESS: Address = address(LOCALNET_PROGRAM_IDS.probe);

/** First byte of the instruction data (`interface/instruction.rs`). */
export enum ProbeInstruction {
  CheckAccounts = 0,
  CreatePda = 1,
  InitVault = 2,
  MintTo = 3,
  Burn = 4,
  Transfer = 5,
  ClockEvent = 6,
  MulDiv = 7,
  Fail = 8,
  CloseVault = 9,
}

/** `mul_div` modes. */
export enum MulDivMode {
  U64Floor = 0,
  U64Ceil = 1,
  U128Floor = 2,
  U128Ceil = 3,
}

/** `fail` kinds. */
export enum FailKind {
  Error = 0,
  Panic = 1,
}

export const RECORD_SEED = 'record';
export const VAULT_SEED = 'vault';
export const AUTHORITY_SEED = 'authority';

/** `["record", payer]`: a caller's record. */
export function findRecordPda(payer: Address, programAddress: Address = PROBE_PROGRAM_ADDRESS): Promise<ProgramDerivedAddress> {
  return getProgramDerivedAddress({ programAddress, seeds: [RECORD_SEED, getAddressEncoder().encode(payer)] });
}

/** `["vault", mint]`: the probe's token account for a mint. */
export function findVaultPda(mint: Address, programAddress: Address = PROBE_PROGRAM_ADDRESS): Promise<ProgramDerivedAddress> {
  return getProgramDerivedAddress({ programAddress, seeds: [VAULT_SEED, getAddressEncoder().encode(mint)] });
}

/** `["authority"]`: owner of the vaults and mint authority. */
export function findAuthorityPda(programAddress: Address = PROBE_PROGRAM_ADDRESS): Promise<ProgramDerivedAddress> {
  return getProgramDerivedAddress({ programAddress, seeds: [AUTHORITY_SEED] });
}
