/**
 * What every Keel account shares: a fixed length per account type and a
 * discriminator in its first byte. Decoders check both before reading fields,
 * so an account of another type or program is refused rather than misread.
 */
import type { ReadonlyUint8Array } from '@solana/codecs';

/** Throws `new Error(notThis)` unless `data` is `len` bytes starting with `discriminator`. */
export function expectAccount(data: ReadonlyUint8Array, len: number, discriminator: number, notThis: string): void {
  if (data.length !== len || data[0] !== discriminator) throw new Error(notThis);
}
