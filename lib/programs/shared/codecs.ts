/** What the app layers make of decoded fields: web3.js keys and dates. */
import { PublicKey } from '@solana/web3.js';

export const key = (a: string) => new PublicKey(a);
/** Unix seconds (i64 on chain) → Date. */
export const date = (secs: bigint) => new Date(Number(secs) * 1000);
