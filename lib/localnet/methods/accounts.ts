/** Account reads: getAccountInfo, getMultipleAccounts, getBalance, getProgramAccounts, rent. */
import bs58 from 'bs58';
import { z } from 'zod';
import { accountEncoding, checkEncoding, dataSlice, encodeAccount, type ChainAccount } from '../encoding';
import { invalidParams } from '../rpc-error';
import { config, method, pubkey, withContext, type MethodContext, type MethodSpec } from './types';

const accountConfig = config({ encoding: accountEncoding.optional(), dataSlice: dataSlice.optional() });

const memcmp = z.object({
  offset: z.number().int().nonnegative(),
  bytes: z.string(),
  encoding: z.enum(['base58', 'base64']).optional(),
});
export const filter = z.union([
  z.object({ dataSize: z.number().int().nonnegative() }),
  z.object({ memcmp }),
  z.object({ tokenAccountState: z.unknown() }),
]);
export type AccountFilter = z.infer<typeof filter>;

// The validator's limits on filters.
const MAX_FILTERS = 4;
const MAX_MEMCMP_BYTES = 128;

export function compileFilters(filters: AccountFilter[] | undefined): (a: ChainAccount) => boolean {
  if (!filters?.length) return () => true;
  if (filters.length > MAX_FILTERS) throw invalidParams(`Too many filters provided; max ${MAX_FILTERS}`);
  const tests = filters.map((f): ((a: ChainAccount) => boolean) => {
    if ('dataSize' in f) return (a) => a.data.length === f.dataSize;
    if ('memcmp' in f) {
      const { offset, bytes, encoding } = f.memcmp;
      let want: Uint8Array;
      try {
        want = encoding === 'base64' ? Buffer.from(bytes, 'base64') : bs58.decode(bytes);
      } catch {
        throw invalidParams('Invalid param: invalid memcmp bytes');
      }
      if (want.length > MAX_MEMCMP_BYTES) throw invalidParams('Invalid param: memcmp bytes too long');
      return (a) => offset + want.length <= a.data.length && Buffer.compare(a.data.subarray(offset, offset + want.length), want) === 0;
    }
    // tokenAccountState: an initialized token account (account type 2 when extended).
    return (a) => a.data.length >= 165 && (a.data[108] === 1 || a.data[108] === 2);
  });
  return (a) => tests.every((t) => t(a));
}

function encodeFor(ctx: MethodContext, cfg: z.infer<typeof accountConfig>) {
  checkEncoding(cfg?.encoding);
  return (a: ChainAccount) => encodeAccount(a, cfg?.encoding, cfg?.dataSlice, { mintDecimals: ctx.chain.mintDecimals });
}

export const accountMethods: Record<string, MethodSpec> = {
  getAccountInfo: method(z.tuple([pubkey, accountConfig]), ([key, cfg], ctx) => {
    const a = ctx.chain.account(key);
    return withContext(ctx.chain, a ? encodeFor(ctx, cfg)(a) : null);
  }),

  getMultipleAccounts: method(z.tuple([z.array(pubkey).max(100), accountConfig]), ([keys, cfg], ctx) => {
    const encode = encodeFor(ctx, cfg);
    return withContext(
      ctx.chain,
      keys.map((k) => {
        const a = ctx.chain.account(k);
        return a ? encode(a) : null;
      }),
    );
  }),

  getBalance: method(z.tuple([pubkey, config({})]), ([key], ctx) => withContext(ctx.chain, ctx.chain.account(key)?.lamports ?? 0n)),

  getProgramAccounts: method(
    z.tuple([
      pubkey,
      config({
        encoding: accountEncoding.optional(),
        dataSlice: dataSlice.optional(),
        filters: z.array(filter).optional(),
        withContext: z.boolean().optional(),
      }),
    ]),
    ([program, cfg], ctx) => {
      const keep = compileFilters(cfg?.filters);
      const encode = encodeFor(ctx, cfg);
      const list = ctx.chain
        .programAccounts(program)
        .filter(({ account }) => keep(account))
        .map(({ pubkey: key, account }) => ({ pubkey: key, account: encode(account) }));
      return cfg?.withContext ? withContext(ctx.chain, list) : list;
    },
  ),

  getMinimumBalanceForRentExemption: method(z.tuple([z.number().int().nonnegative(), config({})]), ([size], ctx) =>
    ctx.chain.svm.minimumBalanceForRentExemption(BigInt(size)),
  ),
};
