/**
 * The schedule account (`programs/staking/src/interface/state/schedule.rs`),
 * read in place: the per-day ring of scheduled weight drops and the
 * accumulator recorded at every crossed 00:00 UTC boundary. What clients need
 * to settle a position's rewards along its curve exactly as the program does
 * (`position-rewards.ts`).
 */
import type { ReadonlyUint8Array } from '@solana/codecs';
import { SCHEDULE_RING_END } from './program';

/** Days the ring covers and its layout (schedule.rs). */
export const SCHEDULE_RING_DAYS = 1_464n;
const RING_OFFSET = 56;
const ENTRY_LEN = 16;
const SCHEDULE_DISCRIMINATOR = 4;

/** One day's scheduled drop of the config's totals. */
export interface DayDrop {
  rewardWeight: bigint;
  votingPower: bigint;
}

/** A decoded schedule: days are `unix_ts / 86_400`. */
export interface ScheduleView {
  /** The config's creation day (history[0] is the boundary after it). */
  firstDay: bigint;
  /** The last boundary crossed (= the config's `syncedDay`). */
  lastDay: bigint;
  /** Boundaries recorded, and how many the account has room for (`extend_schedule` adds 640 a call). */
  historyLen: bigint;
  historyCap: bigint;
  /** The accumulator recorded at boundary `day`; undefined when not crossed yet (or before the first). */
  accAt(day: bigint): bigint | undefined;
  /** What the totals lose at boundary `day` (not crossed yet, within the ring's reach). */
  dropAt(day: bigint): DayDrop;
}

/** Decodes schedule data; throws when it is not a complete schedule. */
export function decodeSchedule(data: ReadonlyUint8Array): ScheduleView {
  if (data.length < SCHEDULE_RING_END || data[0] !== SCHEDULE_DISCRIMINATOR) throw new RangeError('not a complete staking schedule');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const firstDay = BigInt(view.getUint32(40, true));
  const historyLen = BigInt(view.getUint32(44, true));
  const historyCap = BigInt(view.getUint32(48, true));
  // As the program's `Schedule::load`: the length is the capacity's, the recorded days fit it.
  if (BigInt(data.length) !== BigInt(SCHEDULE_RING_END) + BigInt(ENTRY_LEN) * historyCap || historyLen > historyCap) {
    throw new RangeError('not a complete staking schedule');
  }
  const u128 = (at: number) => view.getBigUint64(at, true) | (view.getBigUint64(at + 8, true) << 64n);
  return {
    firstDay,
    lastDay: firstDay + historyLen,
    historyLen,
    historyCap,
    accAt(day) {
      const index = day - firstDay - 1n;
      if (index < 0n || index >= historyLen) return undefined;
      return u128(SCHEDULE_RING_END + Number(index) * ENTRY_LEN);
    },
    dropAt(day) {
      const at = RING_OFFSET + Number(day % SCHEDULE_RING_DAYS) * ENTRY_LEN;
      return { rewardWeight: view.getBigUint64(at, true), votingPower: view.getBigUint64(at + 8, true) };
    },
  };
}

/** Days of history one `extend_schedule` adds (10,240 bytes of 16-byte entries). */
export const SCHEDULE_DAYS_PER_EXTEND = 640n;

/**
 * `extend_schedule` calls needed before the schedule can cross every boundary
 * up to `day` plus `marginDays` more (a walk that runs out of room fails with
 * `ScheduleFull`; anyone may extend, paying the rent).
 */
export function extendsNeeded(schedule: Pick<ScheduleView, 'lastDay' | 'historyLen' | 'historyCap'>, day: bigint, marginDays = 0n): number {
  const needed = schedule.historyLen + (day > schedule.lastDay ? day - schedule.lastDay : 0n) + marginDays;
  if (needed <= schedule.historyCap) return 0;
  return Number((needed - schedule.historyCap + SCHEDULE_DAYS_PER_EXTEND - 1n) / SCHEDULE_DAYS_PER_EXTEND);
}
