/**
 * How an RPC method is declared: a zod schema for its positional params and a
 * handler. The server validates params before calling the handler, so handlers
 * only see well-formed input; a schema failure is a -32602.
 */
import bs58 from 'bs58';
import { z } from 'zod';
import type { LocalChain } from '../chain';

export const SOLANA_CORE_VERSION = '3.0.0';
/** Arbitrary but stable, as the real value is a hash of the active feature ids. */
export const FEATURE_SET = 3_294_202_862;

export interface MethodContext {
  chain: LocalChain;
  devMode: boolean;
  log(message: string): void;
}

export interface MethodSpec {
  params: z.ZodType;
  handler(params: never, ctx: MethodContext): unknown;
}

export function method<S extends z.ZodType>(params: S, handler: (params: z.infer<S>, ctx: MethodContext) => unknown): MethodSpec {
  return { params, handler: handler as MethodSpec['handler'] };
}

function decodes32(s: string): boolean {
  try {
    return bs58.decode(s).length === 32;
  } catch {
    return false;
  }
}

export const pubkey = z.string().refine(decodes32, { message: 'Invalid param: Invalid pubkey' });
export const signature = z.string().refine(
  (s) => {
    try {
      return bs58.decode(s).length === 64;
    } catch {
      return false;
    }
  },
  { message: 'Invalid param: Invalid signature' },
);

export const commitment = z.enum(['processed', 'confirmed', 'finalized', 'recent', 'single', 'singleGossip', 'root', 'max']);

/** A config object: known fields checked, unknown ones ignored, null same as absent. */
export function config<T extends z.ZodRawShape>(shape: T) {
  return z.looseObject({ commitment: commitment.optional(), minContextSlot: z.number().int().nonnegative().optional(), ...shape }).nullish();
}

export const noParams = z.tuple([]).rest(z.unknown());
export const onlyConfig = z.tuple([config({})]);

/** `{ context, value }`, the wrapper of every "RpcResponse" method. */
export function withContext(chain: LocalChain, value: unknown) {
  return { context: { apiVersion: SOLANA_CORE_VERSION, slot: chain.slot }, value };
}
