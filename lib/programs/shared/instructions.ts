/**
 * web3.js instruction building for what has no Keel IDL: the proposal
 * actions that call other programs (SPL Token `transfer_checked`, Memo).
 * Keel's own instructions come from the generated clients
 * (`lib/programs/generated/*`, converted in `web3.ts`).
 */
import { mergeBytes } from '@solana/codecs';
import { type AccountMeta, PublicKey, TransactionInstruction } from '@solana/web3.js';

export const signer = (pubkey: PublicKey, writable = false): AccountMeta => ({ pubkey, isSigner: true, isWritable: writable });
export const writable = (pubkey: PublicKey): AccountMeta => ({ pubkey, isSigner: false, isWritable: true });
export const readonly = (pubkey: PublicKey): AccountMeta => ({ pubkey, isSigner: false, isWritable: false });

export function instruction(programId: PublicKey, keys: AccountMeta[], data: Uint8Array | ArrayLike<number>): TransactionInstruction {
  return new TransactionInstruction({ programId, keys, data: Buffer.from(data as Uint8Array) });
}

/**
 * Concatenates byte arrays into a new one. Parts may be plain number arrays
 * (short literal headers); each is copied first, so the result never aliases
 * a part (`mergeBytes` alone returns a lone non-empty part as it is).
 */
export function concat(...parts: (Uint8Array | ArrayLike<number>)[]): Uint8Array {
  return mergeBytes(parts.map((p) => Uint8Array.from(p as ArrayLike<number>)));
}
