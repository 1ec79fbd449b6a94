/**
 * The local chain's time model. Chain time is wall time plus a warp offset
 * (`keel_warpTime` only ever adds to it); the slot is chain time since genesis
 * divided into 400 ms slots, as on mainnet, and never goes backwards.
 *
 * Block height counts blocks actually produced: one per 400 ms of wall time.
 * A warp skips slots without producing blocks (as a real cluster skips slots),
 * so blockhashes — whose lifetime is counted in blocks — survive a warp: a
 * wallet's cached blockhash (web3.js keeps one for 30 s) still works right
 * after the demo jumps a week ahead.
 */
export const SLOT_MS = 400;
export const SLOTS_PER_EPOCH = 432_000;

export interface ChainTime {
  /** Wall-clock ms of slot 0. */
  genesisUnixMs: number;
  /** Total warp added so far, in ms. */
  warpMs: number;
  /** Blocks produced faster than wall time (test hook `advanceBlocks`). */
  extraBlocks: number;
}

export function chainNowMs(time: ChainTime, wallMs: number): number {
  return wallMs + time.warpMs;
}

export function slotAt(time: ChainTime, wallMs: number): number {
  return Math.max(0, Math.floor((chainNowMs(time, wallMs) - time.genesisUnixMs) / SLOT_MS));
}

export function heightAt(time: ChainTime, wallMs: number): number {
  return Math.max(0, Math.floor((wallMs - time.genesisUnixMs) / SLOT_MS) + time.extraBlocks);
}

/**
 * Unix time of a past slot. Chain time and slot advance together (a warp adds
 * both), so slot s began at genesis + s × 400 ms of chain time.
 */
export function blockTimeOfSlot(time: ChainTime, slot: number): number {
  return Math.floor((time.genesisUnixMs + slot * SLOT_MS) / 1000);
}

export interface ClockFields {
  slot: number;
  epoch: number;
  epochStartTimestamp: number;
  leaderScheduleEpoch: number;
  unixTimestamp: number;
}

/** The Clock sysvar for `slot`, with unix_timestamp from chain time. */
export function clockFor(time: ChainTime, slot: number, wallMs: number): ClockFields {
  const epoch = Math.floor(slot / SLOTS_PER_EPOCH);
  const epochStartMs = time.genesisUnixMs + epoch * SLOTS_PER_EPOCH * SLOT_MS;
  return {
    slot,
    epoch,
    epochStartTimestamp: Math.floor(epochStartMs / 1000),
    leaderScheduleEpoch: epoch + 1,
    unixTimestamp: Math.floor(chainNowMs(time, wallMs) / 1000),
  };
}

/** Milliseconds a warp of `days` + `seconds` adds. */
export function warpMs(days = 0, seconds = 0): number {
  return Math.round((days * 86_400 + seconds) * 1000);
}
