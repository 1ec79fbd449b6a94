/**
 * `sync` (16): anyone walks the schedule across the day boundaries since the
 * last one crossed (at most 200 per call), applying each day's scheduled
 * weight drops, and sets `synced_day`.
 */
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getSyncInstruction as build } from '@/lib/programs/generated/staking';
import { extendsNeeded, type ScheduleView } from '../schedule-account';
import { getExtendScheduleInstruction } from './extendSchedule';
import { type DeploymentInput, kitDeployment, toWeb3Instruction } from './shared';

export function getSyncInstruction(input: DeploymentInput): TransactionInstruction {
  const { a, program } = kitDeployment(input);
  return toWeb3Instruction(build({ config: a.config, schedule: a.schedule }, program));
}

/** Boundaries one `sync` crosses (schedule.rs MAX_SYNC_DAYS). */
export const MAX_SYNC_DAYS = 200n;

/**
 * What brings the schedule to `day`: `extend_schedule` while its history has
 * no room for the days to cross plus `marginDays` (a walk without room fails
 * with `ScheduleFull`), then one `sync` per 200 days behind. Each goes in a
 * transaction of its own (a 200-day sync takes ~67k CU). Empty when synced.
 */
export function getScheduleUpkeepInstructions(
  input: DeploymentInput & { payer: PublicKey; schedule: Pick<ScheduleView, 'lastDay' | 'historyLen' | 'historyCap'>; day: bigint; marginDays?: bigint },
): TransactionInstruction[] {
  const extend = getExtendScheduleInstruction(input);
  const behind = input.day > input.schedule.lastDay ? input.day - input.schedule.lastDay : 0n;
  return [
    ...Array.from({ length: extendsNeeded(input.schedule, input.day, input.marginDays ?? 0n) }, () => extend),
    ...Array.from({ length: Number((behind + MAX_SYNC_DAYS - 1n) / MAX_SYNC_DAYS) }, () => getSyncInstruction(input)),
  ];
}
