/**
 * PDA seed encodings as the programs write them in their `seeds` arrays:
 * UTF-8 tags and little-endian integers, for `PublicKey.findProgramAddressSync`.
 * @solana/codecs encoders, not `Buffer#writeBigUInt64LE`: the browser's Buffer
 * polyfill lacks the bigint writers.
 */
import { getU32Encoder, getU64Encoder, getUtf8Encoder } from '@solana/codecs';

/** A seed tag such as `"config"`. */
export const textSeed = (tag: string) => Uint8Array.from(getUtf8Encoder().encode(tag));
/** A u32 id as 4 little-endian bytes. */
export const u32Seed = (value: number) => Uint8Array.from(getU32Encoder().encode(value));
/** A u64 id as 8 little-endian bytes. */
export const u64Seed = (value: bigint) => Uint8Array.from(getU64Encoder().encode(value));
