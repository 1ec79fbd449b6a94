/** Small decoding helpers every Keel account decoder uses. */
import { fixDecoderSize, getBytesDecoder } from '@solana/codecs';
import { getAddressDecoder } from '@solana/kit';
import { PublicKey } from '@solana/web3.js';

export const address = () => getAddressDecoder();
export const bytes = (n: number) => fixDecoderSize(getBytesDecoder(), n);
export const key = (a: string) => new PublicKey(a);
/** Unix seconds (i64 on chain) → Date. */
export const date = (secs: bigint) => new Date(Number(secs) * 1000);
