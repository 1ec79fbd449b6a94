/**
 * The schedule account (`programs/staking/src/interface/state/schedule.rs`),
 * read in place through the generated decoders: its head
 * (`scheduleHeader`), then only the days asked for (a ring slot, a history
 * entry), since the whole account is thousands of entries. What clients need
 * to settle a position's rewards along its curve exactly as the program does
 * (`position-rewards.ts`).
 */
import { getDayDropDecoder, getScheduleHeaderDecoder } from '@/lib/programs/generated/staking';
import { getU128Decoder, type ReadonlyUint8Array } from '@solana/kit';
import { SCHEDULE_RING_END } from './program';

/** Days the ring covers and its layout (schedule.rs): the ring right after the head, 16 bytes a day. */
export const SCHEDULE_RING_DAYS = 1_464n;
const RING_OFFSET = 56; // the head's size (`scheduleHeader`)
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
  const header = getScheduleHeaderDecoder().decode(data);
  const [firstDay, historyLen, historyCap] = [BigInt(header.firstDay), BigInt(header.historyLen), BigInt(header.historyCap)];
  // As the program's `Schedule::load`: the length is the capacity's, the recorded days fit it.
  if (BigInt(data.length) !== BigInt(SCHEDULE_RING_END) + BigInt(ENTRY_LEN) * historyCap || historyLen > historyCap) {
    throw new RangeError('not a complete staking schedule');
  }
  const drop = getDayDropDecoder();
  const acc = getU128Decoder();
  return {
    firstDay,
    lastDay: firstDay + historyLen,
    historyLen,
    historyCap,
    accAt(day) {
      const index = day - firstDay - 1n;
      if (index < 0n || index >= historyLen) return undefined;
      return acc.decode(data, SCHEDULE_RING_END + Number(index) * ENTRY_LEN);
    },
    dropAt(day) {
      const slot = drop.decode(data, RING_OFFSET + Number(day % SCHEDULE_RING_DAYS) * ENTRY_LEN);
      return { rewardWeight: slot.rewardWeightDrop, votingPower: slot.votingPowerDrop };
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
