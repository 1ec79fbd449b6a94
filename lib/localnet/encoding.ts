/**
 * Accounts in the RPC's UiAccount shape, in the encodings clients ask for.
 * `binary` (also what an absent encoding means) is the legacy bare base58
 * string; `base58`/`base64` are [data, encoding] pairs; `jsonParsed` parses token
 * accounts and mints and otherwise falls back to base64, as the real RPC does.
 */
import bs58 from 'bs58';
import { z } from 'zod';
import { invalidParams } from './rpc-error';
import { parseTokenProgramAccount } from './token-parse';

export interface ChainAccount {
  lamports: bigint;
  data: Uint8Array;
  owner: string;
  executable: boolean;
}

export const accountEncoding = z.enum(['binary', 'base58', 'base64', 'base64+zstd', 'jsonParsed']);
export type AccountEncoding = z.infer<typeof accountEncoding>;
export const dataSlice = z.object({ offset: z.number().int().nonnegative(), length: z.number().int().nonnegative() });
export type DataSlice = z.infer<typeof dataSlice>;

/** Rent-exempt accounts report u64::MAX, like the validator since rent collection ended. */
const RENT_EPOCH = 18446744073709551615n;
// The validator refuses to base58-encode more than this; it is slow and long.
const MAX_BASE58_BYTES = 128;

export interface EncodeContext {
  mintDecimals: (mint: string) => number | null;
}

export function checkEncoding(encoding: AccountEncoding | undefined): void {
  if (encoding === 'base64+zstd') throw invalidParams('Invalid param: base64+zstd encoding is not supported by the local chain; use base64');
}

export function encodeData(data: Uint8Array, encoding: AccountEncoding | undefined): unknown {
  if (encoding === 'base58' || encoding === 'binary' || encoding === undefined) {
    if (data.length > MAX_BASE58_BYTES) {
      throw invalidParams('Encoded binary (base 58) data should be less than 128 bytes, please use Base64 encoding.');
    }
    return encoding === 'base58' ? [bs58.encode(data), 'base58'] : bs58.encode(data);
  }
  return [Buffer.from(data).toString('base64'), 'base64'];
}

export function encodeAccount(
  account: ChainAccount,
  encoding: AccountEncoding | undefined,
  slice: DataSlice | undefined,
  ctx: EncodeContext,
): Record<string, unknown> {
  checkEncoding(encoding);
  let data: unknown;
  const parsed = encoding === 'jsonParsed' ? parseTokenProgramAccount(account.owner, account.data, ctx.mintDecimals) : null;
  if (parsed) data = parsed;
  else {
    const bytes = slice ? account.data.subarray(slice.offset, slice.offset + slice.length) : account.data;
    data = encodeData(bytes, encoding === 'jsonParsed' ? 'base64' : encoding);
  }
  return {
    data,
    executable: account.executable,
    lamports: account.lamports,
    owner: account.owner,
    rentEpoch: RENT_EPOCH,
    space: account.data.length,
  };
}
