/** Cluster state: blockhashes, slots, epochs, version, health. */
import { z } from 'zod';
import { SLOTS_PER_EPOCH } from '../clock';
import { BLOCK_NOT_AVAILABLE, RpcError } from '../rpc-error';
import { config, FEATURE_SET, method, noParams, onlyConfig, SOLANA_CORE_VERSION, withContext, type MethodSpec } from './types';

export const clusterMethods: Record<string, MethodSpec> = {
  getLatestBlockhash: method(onlyConfig, (_p, ctx) => {
    ctx.chain.tick();
    return withContext(ctx.chain, ctx.chain.latestBlockhash());
  }),

  isBlockhashValid: method(z.tuple([z.string(), config({})]), ([hash], ctx) => {
    ctx.chain.tick();
    return withContext(ctx.chain, ctx.chain.blockhashes.isValid(hash, ctx.chain.blockHeight));
  }),

  getSlot: method(onlyConfig, (_p, ctx) => ctx.chain.slot),
  getBlockTime: method(z.tuple([z.number().int().nonnegative()]), ([slot], ctx) => {
    const time = ctx.chain.blockTime(slot);
    if (time === null) throw new RpcError(BLOCK_NOT_AVAILABLE, `Block not available for slot ${slot}`);
    return time;
  }),
  getBlockHeight: method(onlyConfig, (_p, ctx) => ctx.chain.blockHeight),
  getTransactionCount: method(onlyConfig, (_p, ctx) => ctx.chain.history.size),
  getFirstAvailableBlock: method(noParams, () => 0),

  getEpochInfo: method(onlyConfig, (_p, ctx) => {
    const slot = ctx.chain.slot;
    return {
      absoluteSlot: slot,
      blockHeight: ctx.chain.blockHeight,
      epoch: Math.floor(slot / SLOTS_PER_EPOCH),
      slotIndex: slot % SLOTS_PER_EPOCH,
      slotsInEpoch: SLOTS_PER_EPOCH,
      transactionCount: ctx.chain.history.size,
    };
  }),

  getEpochSchedule: method(noParams, () => ({
    slotsPerEpoch: SLOTS_PER_EPOCH,
    leaderScheduleSlotOffset: SLOTS_PER_EPOCH,
    warmup: false,
    firstNormalEpoch: 0,
    firstNormalSlot: 0,
  })),

  getVersion: method(noParams, () => ({ 'solana-core': SOLANA_CORE_VERSION, 'feature-set': FEATURE_SET })),
  getGenesisHash: method(noParams, (_p, ctx) => ctx.chain.genesisHash),
  getHealth: method(noParams, () => 'ok'),
  // One node, named after its chain: any stable 32-byte value will do.
  getIdentity: method(noParams, (_p, ctx) => ({ identity: ctx.chain.genesisHash })),
};
