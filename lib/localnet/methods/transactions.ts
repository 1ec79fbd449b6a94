/** Sending, simulating and looking up transactions; airdrops; fees. */
import bs58 from 'bs58';
import { z } from 'zod';
import { accountEncoding, encodeAccount } from '../encoding';
import { send, simulate, simulationValue, usesValidNonceMessage } from '../execute';
import { airdrop } from '../faucet';
import { feeFor } from '../fees';
import { invalidParams, RpcError, TRANSACTION_SIGNATURE_VERIFICATION_FAILURE } from '../rpc-error';
import { formatTransaction, signatureStatus } from '../tx-format';
import { describeTxError } from '../tx-error';
import { parseMessage } from '../wire';
import { config, method, pubkey, signature, withContext, type MethodSpec } from './types';

const txEncoding = z.enum(['base58', 'base64']).optional();

function decodeTx(data: string, encoding: 'base58' | 'base64' | undefined): Uint8Array {
  try {
    // base58 is the default for these two methods, as on the real RPC.
    const bytes = encoding === 'base64' ? Buffer.from(data, 'base64') : bs58.decode(data);
    if (bytes.length === 0) throw new Error('empty');
    return new Uint8Array(bytes);
  } catch {
    throw invalidParams(`invalid transaction: failed to decode ${encoding ?? 'base58'} string`);
  }
}

export const transactionMethods: Record<string, MethodSpec> = {
  sendTransaction: method(
    z.tuple([
      z.string(),
      config({
        encoding: txEncoding,
        skipPreflight: z.boolean().optional(),
        preflightCommitment: z.string().optional(),
        maxRetries: z.number().int().nonnegative().optional(),
      }),
    ]),
    ([data, cfg], ctx) =>
      send(ctx.chain, decodeTx(data, cfg?.encoding), {
        skipPreflight: cfg?.skipPreflight,
        onDropped: (sig, err) => ctx.log(`transaction ${sig} dropped: ${describeTxError(err)}`),
      }),
  ),

  simulateTransaction: method(
    z.tuple([
      z.string(),
      config({
        encoding: txEncoding,
        sigVerify: z.boolean().optional(),
        replaceRecentBlockhash: z.boolean().optional(),
        innerInstructions: z.boolean().optional(),
        accounts: z.object({ addresses: z.array(pubkey), encoding: accountEncoding.optional() }).nullish(),
      }),
    ]),
    ([data, cfg], ctx) => {
      if (cfg?.sigVerify && cfg.replaceRecentBlockhash) throw invalidParams('sigVerify may not be used with replaceRecentBlockhash');
      if (cfg?.accounts?.encoding === 'base58' || cfg?.accounts?.encoding === 'binary') throw invalidParams('base58 encoding not supported');
      const { outcome, tx } = simulate(ctx.chain, decodeTx(data, cfg?.encoding), cfg ?? {});
      // As on the validator, a bad signature under sigVerify is an RPC error, not a simulation result.
      if (cfg?.sigVerify && outcome.err === 'SignatureFailure') {
        throw new RpcError(TRANSACTION_SIGNATURE_VERIFICATION_FAILURE, 'Transaction signature verification failure');
      }
      const accounts = cfg?.accounts
        ? cfg.accounts.addresses.map((a) => {
            const account = outcome.postAccounts.get(a) ?? ctx.chain.account(a);
            return account ? encodeAccount(account, cfg.accounts!.encoding ?? 'base64', undefined, { mintDecimals: ctx.chain.mintDecimals }) : null;
          })
        : null;
      const extra: Record<string, unknown> = { accounts, innerInstructions: cfg?.innerInstructions ? outcome.innerInstructions : null };
      if (cfg?.replaceRecentBlockhash) {
        extra.replacementBlockhash = { blockhash: tx.recentBlockhash, lastValidBlockHeight: ctx.chain.blockhashes.lastValidBlockHeight(tx.recentBlockhash) };
      }
      return withContext(ctx.chain, simulationValue(outcome, extra));
    },
  ),

  getSignatureStatuses: method(
    z.tuple([z.array(signature).max(256), z.looseObject({ searchTransactionHistory: z.boolean().optional() }).nullish()]),
    ([sigs], ctx) =>
      withContext(
        ctx.chain,
        sigs.map((s) => {
          const r = ctx.chain.history.get(s);
          return r ? signatureStatus(r) : null;
        }),
      ),
  ),

  getTransaction: method(
    z.tuple([
      signature,
      z
        .union([
          z.enum(['json', 'jsonParsed', 'base64', 'base58']),
          config({ encoding: z.enum(['json', 'jsonParsed', 'base64', 'base58']).optional(), maxSupportedTransactionVersion: z.number().int().nonnegative().optional() }),
        ])
        .optional(),
    ]),
    ([sig, cfg], ctx) => {
      const r = ctx.chain.history.get(sig);
      if (!r) return null;
      // Older clients pass the encoding alone instead of a config object.
      const c = typeof cfg === 'string' ? { encoding: cfg, maxSupportedTransactionVersion: undefined } : cfg;
      return formatTransaction(r, c?.encoding ?? 'json', c?.maxSupportedTransactionVersion);
    },
  ),

  getSignaturesForAddress: method(
    z.tuple([
      pubkey,
      config({ limit: z.number().int().min(1).max(1000).optional(), before: signature.optional(), until: signature.optional() }),
    ]),
    ([key, cfg], ctx) =>
      ctx.chain.history.signaturesFor(key, { before: cfg?.before, until: cfg?.until, limit: cfg?.limit ?? 1000 }).map((r) => ({
        signature: r.signature,
        slot: r.slot,
        err: r.err,
        memo: r.memo,
        blockTime: r.blockTime,
        confirmationStatus: 'finalized',
      })),
  ),

  requestAirdrop: method(z.tuple([pubkey, z.number().int().positive(), config({})]), ([key, lamports], ctx) =>
    airdrop(ctx.chain, key, BigInt(lamports)),
  ),

  getFeeForMessage: method(z.tuple([z.string(), config({})]), ([data, _cfg], ctx) => {
    let msg;
    try {
      msg = parseMessage(Buffer.from(data, 'base64'));
    } catch (e) {
      throw invalidParams(`invalid message: ${(e as Error).message}`);
    }
    ctx.chain.tick();
    const live = ctx.chain.blockhashes.isValid(msg.recentBlockhash, ctx.chain.blockHeight) || usesValidNonceMessage(ctx.chain, msg);
    return withContext(ctx.chain, live ? feeFor(msg) : null);
  }),

  getRecentPrioritizationFees: method(z.tuple([z.array(pubkey).max(128).nullish()]), ([keys], ctx) => {
    const since = Math.max(0, ctx.chain.slot - 150);
    const bySlot = new Map<number, bigint>();
    for (const r of ctx.chain.history.recent(since)) {
      if (keys?.length && !keys.some((k) => r.writableKeys.includes(k))) continue;
      const price = BigInt(r.unitPrice);
      const prev = bySlot.get(r.slot);
      bySlot.set(r.slot, prev === undefined || price < prev ? price : prev);
    }
    if (!bySlot.has(ctx.chain.slot)) bySlot.set(ctx.chain.slot, 0n);
    return [...bySlot].sort((a, b) => a[0] - b[0]).map(([slot, prioritizationFee]) => ({ slot, prioritizationFee }));
  }),
};
