/**
 * web3.js instruction building shared by the staking and governance builders
 * (the probe's builders use @solana/kit and have their own metas): account
 * metas, the instruction itself, and its data put together from parts.
 */
import { getStructEncoder, getU8Encoder, mergeBytes } from '@solana/codecs';
import { type AccountMeta, PublicKey, TransactionInstruction } from '@solana/web3.js';

export const SYSTEM_PROGRAM_ID = new PublicKey('11111111111111111111111111111111');

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

/** Encoder of the data of an instruction without arguments: `{ discriminator }` as one byte. */
export const getDiscriminatorOnlyEncoder = () => getStructEncoder([['discriminator', getU8Encoder()]]);

/** Data of an instruction without arguments: the discriminator alone. */
export const tag = (discriminator: number) => Uint8Array.of(discriminator);
