/**
 * The makers program's `Program data:` events (`programs/makers/src/interface/event.rs`):
 * the kind byte of every event, and `FillsRecorded` in full — its header, the
 * fills as sent, what each earned and the makers they refer to — which is
 * what a payout explanation and an indexer need.
 */
import { type Address, getAddressDecoder, getI64Decoder, getU32Decoder, getU64Decoder, type ReadonlyUint8Array } from '@solana/kit';
import { type Fill, type FillResult, getFillDecoder, getFillResultDecoder } from '@/lib/programs/generated/makers';

export const MakersEventKind = {
  Initialized: 1,
  ConfigUpdated: 2,
  Registered: 3,
  BondAdded: 4,
  UnbondRequested: 5,
  BondWithdrawn: 6,
  FillsRecorded: 7,
  PerformanceUpdated: 8,
  Claimed: 9,
  RolledOver: 10,
  Slashed: 11,
  Funded: 12,
} as const;

export interface FillsRecordedEvent {
  sequence: bigint;
  /** Σ rewards of the batch. */
  total: bigint;
  seasonEmitted: bigint;
  seasonBudget: bigint;
  seasonIndex: number;
  /** Each fill with what it earned and its maker's address. */
  fills: (Fill & { result: FillResult; makerAddress: Address })[];
}

const FILL_LEN = 16;

/** Decodes the parts of a `FillsRecorded` log line; null for another event. */
export function decodeFillsRecorded(parts: ReadonlyUint8Array[]): FillsRecordedEvent | null {
  const [header, fills, results, ...makers] = parts;
  if (!header || header[0] !== MakersEventKind.FillsRecorded || !fills || !results) return null;
  const u64 = getU64Decoder();
  const count = getU32Decoder().decode(header, 44);
  const addresses = makers.map((m) => getAddressDecoder().decode(m));
  return {
    sequence: u64.decode(header, 8),
    total: u64.decode(header, 16),
    seasonEmitted: u64.decode(header, 24),
    seasonBudget: u64.decode(header, 32),
    seasonIndex: getU32Decoder().decode(header, 40),
    fills: Array.from({ length: count }, (_, i) => {
      const fill = getFillDecoder().decode(fills, i * FILL_LEN);
      return { ...fill, result: getFillResultDecoder().decode(results, i * FILL_LEN), makerAddress: addresses[fill.maker]! };
    }),
  };
}

/** `Program data:` lines of a transaction's logs as their base64 parts. */
export function makersEventParts(logs: readonly string[]): Uint8Array[][] {
  return logs
    .filter((l) => l.startsWith('Program data: '))
    .map((l) => l.slice('Program data: '.length).split(' ').map((part) => new Uint8Array(Buffer.from(part, 'base64'))));
}

/** The i64 at `offset` of an event part (times, as bigint seconds). */
export const eventI64 = (part: ReadonlyUint8Array, offset: number): bigint => getI64Decoder().decode(part, offset);
