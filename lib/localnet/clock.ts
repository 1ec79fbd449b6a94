/**
 * The local chain's time model. Chain time is wall time plus a warp offset
 * (`keel_warpTime` only ever adds to it); the slot is chain time since genesis
 * divided into 400 ms slots, as on mainnet, and never goes backwards. Block
 * height equals the slot: a single local leader skips no slots.
 */
export const SLOT_MS = 400;
export const SLOTS_PER_EPOCH = 432_000;

export interface ChainTime {
  /** Wall-clock ms of slot 0. */
  genesisUnixMs: number;
  /** Total warp added so far, in ms. */
  warpMs: number;
}

export function chainNowMs(time: ChainTime, wallMs: number): number {
  return wallMs + time.warpMs;
}

export function slotAt(time: ChainTime, wallMs: number): number {
  return Math.max(0, Math.floor((chainNowMs(time, wallMs) - time.genesisUnixMs) / SLOT_MS));
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
