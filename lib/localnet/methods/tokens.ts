/** SPL Token and Token-2022 reads: token accounts by owner or delegate, balances, supply, largest holders. */
import { z } from 'zod';
import type { LocalChain } from '../chain';
import { accountEncoding, checkEncoding, dataSlice, encodeAccount } from '../encoding';
import { invalidParams } from '../rpc-error';
import { decodeMint, decodeTokenAccount, TOKEN_2022_PROGRAM_ID, TOKEN_PROGRAM_ID, uiTokenAmount } from '../token-parse';
import { config, method, pubkey, withContext, type MethodContext, type MethodSpec } from './types';

const tokenFilter = z.union([z.object({ mint: pubkey }), z.object({ programId: pubkey })]);
const accountConfig = config({ encoding: accountEncoding.optional(), dataSlice: dataSlice.optional() });

/** Which token program to scan for a filter; the mint's owner decides when a mint is given. */
function programsFor(chain: LocalChain, f: z.infer<typeof tokenFilter>): string[] {
  if ('programId' in f) {
    if (f.programId !== TOKEN_PROGRAM_ID && f.programId !== TOKEN_2022_PROGRAM_ID) throw invalidParams('Invalid param: unrecognized Token program id');
    return [f.programId];
  }
  const mint = chain.account(f.mint);
  if (!mint || !decodeMint(mint.owner, mint.data)) throw invalidParams('Invalid param: not a Token mint');
  return [mint.owner];
}

function accountsBy(field: 'owner' | 'delegate') {
  return method(z.tuple([pubkey, tokenFilter, accountConfig]), ([key, filter, cfg], ctx: MethodContext) => {
    checkEncoding(cfg?.encoding);
    const out = [];
    for (const program of programsFor(ctx.chain, filter)) {
      for (const { pubkey: address, account } of ctx.chain.programAccounts(program)) {
        const token = decodeTokenAccount(account.owner, account.data);
        if (!token || token.state === 'uninitialized' || token[field] !== key) continue;
        if ('mint' in filter && token.mint !== filter.mint) continue;
        out.push({ pubkey: address, account: encodeAccount(account, cfg?.encoding, cfg?.dataSlice, { mintDecimals: ctx.chain.mintDecimals }) });
      }
    }
    return withContext(ctx.chain, out);
  });
}

export const tokenMethods: Record<string, MethodSpec> = {
  getTokenAccountsByOwner: accountsBy('owner'),
  getTokenAccountsByDelegate: accountsBy('delegate'),

  getTokenAccountBalance: method(z.tuple([pubkey, config({})]), ([key], ctx) => {
    const a = ctx.chain.account(key);
    const token = a ? decodeTokenAccount(a.owner, a.data) : null;
    const decimals = token ? ctx.chain.mintDecimals(token.mint) : null;
    if (!token || decimals === null) throw invalidParams('Invalid param: not a Token account');
    return withContext(ctx.chain, uiTokenAmount(token.amount, decimals));
  }),

  getTokenSupply: method(z.tuple([pubkey, config({})]), ([key], ctx) => {
    const a = ctx.chain.account(key);
    const mint = a ? decodeMint(a.owner, a.data) : null;
    if (!mint) throw invalidParams('Invalid param: not a Token mint');
    return withContext(ctx.chain, uiTokenAmount(mint.supply, mint.decimals));
  }),

  getTokenLargestAccounts: method(z.tuple([pubkey, config({})]), ([key], ctx) => {
    const a = ctx.chain.account(key);
    const mint = a ? decodeMint(a.owner, a.data) : null;
    if (!a || !mint) throw invalidParams('Invalid param: not a Token mint');
    const holders = ctx.chain
      .programAccounts(a.owner)
      .map(({ pubkey: address, account }) => ({ address, token: decodeTokenAccount(account.owner, account.data) }))
      .filter((h) => h.token && h.token.mint === key && h.token.state !== 'uninitialized')
      .sort((x, y) => (y.token!.amount > x.token!.amount ? 1 : y.token!.amount < x.token!.amount ? -1 : 0))
      .slice(0, 20);
    return withContext(
      ctx.chain,
      holders.map((h) => ({ address: h.address, ...uiTokenAmount(h.token!.amount, mint.decimals) })),
    );
  }),
};
