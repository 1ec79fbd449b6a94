/**
 * Helpers shared by the governance instruction builders: account metas and the
 * deployment addresses every instruction derives from the mint.
 */
import { type AccountMeta, PublicKey, TransactionInstruction } from '@solana/web3.js';
import { type GovernanceAddresses, type GovernanceDeploymentInput, governanceAddresses } from '../program';

export const SYSTEM_PROGRAM_ID = new PublicKey('11111111111111111111111111111111');

export const signer = (pubkey: PublicKey, writable = false): AccountMeta => ({ pubkey, isSigner: true, isWritable: writable });
export const writable = (pubkey: PublicKey): AccountMeta => ({ pubkey, isSigner: false, isWritable: true });
export const readonly = (pubkey: PublicKey): AccountMeta => ({ pubkey, isSigner: false, isWritable: false });

export function deployment(input: GovernanceDeploymentInput): GovernanceAddresses {
  return governanceAddresses(input);
}

export function instruction(programId: PublicKey, keys: AccountMeta[], data: Uint8Array | ArrayLike<number>): TransactionInstruction {
  return new TransactionInstruction({ programId, keys, data: Buffer.from(data as Uint8Array) });
}

/** Concatenates byte arrays. */
export function concat(...parts: (Uint8Array | ArrayLike<number>)[]): Uint8Array {
  const arrays = parts.map((p) => Uint8Array.from(p as ArrayLike<number>));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

/** Data of an instruction without arguments: the discriminator alone. */
export const tag = (discriminator: number) => Uint8Array.of(discriminator);
