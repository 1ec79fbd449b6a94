/**
 * `init_vault` (2): creates the token account `["vault", mint]` owned by the
 * `["authority"]` PDA, for SPL Token or Token-2022.
 * Accounts: 0 [writable, signer] payer; 1 [writable] vault; 2 [] mint;
 * 3 [] authority; 4 [] System Program; 5 [] token program (the mint's owner).
 * Data (3): u8 2, u8 vault bump, u8 authority bump.
 */
import { type FixedSizeEncoder, getStructEncoder, getU8Encoder, transformEncoder } from '@solana/codecs';
import type { Address, Instruction, TransactionSigner } from '@solana/kit';
import { PROBE_PROGRAM_ADDRESS, ProbeInstruction } from '../program';
import { SYSTEM_PROGRAM_ADDRESS } from './createPda';
import { readonlyMeta, signerMeta, writableMeta } from './shared';

export interface InitVaultInstructionDataArgs {
  vaultBump: number;
  authorityBump: number;
}

export function getInitVaultInstructionDataEncoder(): FixedSizeEncoder<InitVaultInstructionDataArgs, 3> {
  return transformEncoder(
    getStructEncoder([
      ['discriminator', getU8Encoder()],
      ['vaultBump', getU8Encoder()],
      ['authorityBump', getU8Encoder()],
    ]),
    (args: InitVaultInstructionDataArgs) => ({ ...args, discriminator: ProbeInstruction.InitVault }),
  ) as FixedSizeEncoder<InitVaultInstructionDataArgs, 3>;
}

export interface InitVaultInput extends InitVaultInstructionDataArgs {
  payer: TransactionSigner | Address;
  vault: Address;
  mint: Address;
  authority: Address;
  tokenProgram: Address;
  systemProgram?: Address;
  programAddress?: Address;
}

export function getInitVaultInstruction(input: InitVaultInput): Instruction {
  return {
    programAddress: input.programAddress ?? PROBE_PROGRAM_ADDRESS,
    accounts: [
      signerMeta(input.payer, true),
      writableMeta(input.vault),
      readonlyMeta(input.mint),
      readonlyMeta(input.authority),
      readonlyMeta(input.systemProgram ?? SYSTEM_PROGRAM_ADDRESS),
      readonlyMeta(input.tokenProgram),
    ],
    data: getInitVaultInstructionDataEncoder().encode(input),
  };
}
