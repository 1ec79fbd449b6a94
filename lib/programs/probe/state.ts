/**
 * Probe accounts as the app reads them: the generated decoders behind the
 * checks the program makes (length, discriminator) and the report's entry
 * count (the account may be longer than the entries written).
 */
import type { ReadonlyUint8Array } from '@solana/kit';
import {
  getProbeRecordDecoder,
  getProbeRecordSize,
  getReportDecoder,
  PROBE_RECORD_DISCRIMINATOR,
  type ProbeRecord,
  type Report,
} from '@/lib/programs/generated/probe';
import { expectAccount } from '@/lib/programs/shared/accounts';

export const RECORD_DISCRIMINATOR = PROBE_RECORD_DISCRIMINATOR;
export const RECORD_LEN = getProbeRecordSize();

/** Decodes record data; throws on a wrong length or discriminator. */
export function decodeRecord(data: ReadonlyUint8Array): ProbeRecord {
  expectAccount(data, RECORD_LEN, RECORD_DISCRIMINATOR, 'not a probe record');
  return getProbeRecordDecoder().decode(data);
}

export const REPORT_HEADER_LEN = 36;
export const REPORT_ENTRY_LEN = 48;
export const REPORT_MAX_ENTRIES = 8;

/** Space a `check_accounts` report needs for `accounts` accounts. */
export function reportLen(accounts: number): number {
  return REPORT_HEADER_LEN + REPORT_ENTRY_LEN * Math.min(accounts, REPORT_MAX_ENTRIES);
}

/** What `check_accounts` saw: the header and its first min(n, 8) entries. */
export function decodeReport(data: ReadonlyUint8Array): Report {
  return getReportDecoder().decode(data.subarray(0, reportLen(data[0] ?? 0)));
}
