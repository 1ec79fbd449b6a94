/**
 * Dev-only methods. keel_warpTime moves chain time forward so time-locked
 * flows (stake unlocks, vote periods) can be shown without waiting; it exists
 * only when the server runs in dev mode. keel_getClock is read-only and always on.
 */
import { z } from 'zod';
import type { LocalChain } from '../chain';
import { METHOD_NOT_FOUND, RpcError } from '../rpc-error';
import { method, noParams, type MethodSpec } from './types';

function clockJson(chain: LocalChain) {
  return { ...chain.clock(), blockHeight: chain.blockHeight };
}

const warp = z
  .object({ days: z.number().nonnegative().finite().optional(), seconds: z.number().nonnegative().finite().optional() })
  .refine((w) => w.days !== undefined || w.seconds !== undefined, { message: 'give days and/or seconds' });

export const devMethods: Record<string, MethodSpec> = {
  keel_warpTime: method(z.tuple([warp]), ([w], ctx) => {
    if (!ctx.devMode) throw new RpcError(METHOD_NOT_FOUND, 'Method not found', 'keel_warpTime needs the chain in dev mode');
    const before = ctx.chain.slot;
    ctx.chain.warp(w.days ?? 0, w.seconds ?? 0);
    ctx.log(`warped ${w.days ?? 0} d ${w.seconds ?? 0} s: slot ${before} -> ${ctx.chain.slot}`);
    return clockJson(ctx.chain);
  }),

  keel_getClock: method(noParams, (_p, ctx) => {
    ctx.chain.tick();
    return clockJson(ctx.chain);
  }),
};
