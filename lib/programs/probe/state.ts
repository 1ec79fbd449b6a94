/**
 * Probe account layouts (`programs/probe/src/interface/state.rs`), decoded with
 * @solana/codecs.
 */
import {
  type FixedSizeDecoder,
  getArrayDecoder,
  getStructDecoder,
  getU16Decoder,
  getU32Decoder,
  getU64Decoder,
  getU8Decoder,
  type ReadonlyUint8Array,
} from '@solana/codecs';
import { type Address, getAddressDecoder } from '@solana/kit';

export const RECORD_DISCRIMINATOR = 1;
export const RECORD_LEN = 42;

/** A caller's record. */
export interface ProbeRecord {
  discriminator: number;
  bump: number;
  authority: Address;
  value: bigint;
}

export function getRecordDecoder(): FixedSizeDecoder<ProbeRecord, 42> {
  return getStructDecoder([
    ['discriminator', getU8Decoder()],
    ['bump', getU8Decoder()],
    ['authority', getAddressDecoder()],
    ['value', getU64Decoder()],
  ]) as FixedSizeDecoder<ProbeRecord, 42>;
}

/** Decodes record data; throws on a wrong length or discriminator. */
export function decodeRecord(data: ReadonlyUint8Array): ProbeRecord {
  if (data.length !== RECORD_LEN || data[0] !== RECORD_DISCRIMINATOR) throw new Error('not a probe record');
  return getRecordDecoder().decode(data);
}

export const REPORT_HEADER_LEN = 36;
export const REPORT_ENTRY_LEN = 48;
export const REPORT_MAX_ENTRIES = 8;

/** Space a `check_accounts` report needs for `accounts` accounts. */
export function reportLen(accounts: number): number {
  return REPORT_HEADER_LEN + REPORT_ENTRY_LEN * Math.min(accounts, REPORT_MAX_ENTRIES);
}

export interface ReportEntry {
  key: Address;
  isSigner: boolean;
  isWritable: boolean;
  executable: boolean;
  /** Index of the first account that is the same account. */
  firstIndex: number;
  lamports: bigint;
  dataLen: number;
}

/** What `check_accounts` saw. */
export interface Report {
  accounts: number;
  readersRefused: number;
  dataLen: number;
  programId: Address;
  entries: ReportEntry[];
}

const entryDecoder = getStructDecoder([
  ['key', getAddressDecoder()],
  ['isSigner', getU8Decoder()],
  ['isWritable', getU8Decoder()],
  ['executable', getU8Decoder()],
  ['firstIndex', getU8Decoder()],
  ['lamports', getU64Decoder()],
  ['dataLen', getU32Decoder()],
]);

export function decodeReport(data: ReadonlyUint8Array): Report {
  const header = getStructDecoder([
    ['accounts', getU8Decoder()],
    ['readersRefused', getU8Decoder()],
    ['dataLen', getU16Decoder()],
    ['programId', getAddressDecoder()],
  ]).decode(data);
  const count = Math.min(header.accounts, REPORT_MAX_ENTRIES);
  const raw = getArrayDecoder(entryDecoder, { size: count }).decode(data, REPORT_HEADER_LEN);
  return {
    ...header,
    entries: raw.map((e) => ({
      key: e.key,
      isSigner: e.isSigner === 1,
      isWritable: e.isWritable === 1,
      executable: e.executable === 1,
      firstIndex: e.firstIndex,
      lamports: e.lamports,
      dataLen: e.dataLen,
    })),
  };
}
