/**
 * What every Keel program's events share: they are `sol_log_data` payloads,
 * logged as `Program data: <base64>` lines, with fixed little-endian fields.
 */
import { getI64Decoder, getU32Decoder, getU64Decoder } from '@solana/codecs';
import { PublicKey } from '@solana/web3.js';

/** Reads an event's fields in order, starting after its header. */
export class EventReader {
  private at: number;
  constructor(
    private readonly data: Uint8Array,
    headerLen: number,
  ) {
    this.at = headerLen;
  }
  key() {
    const k = new PublicKey(this.data.subarray(this.at, this.at + 32));
    this.at += 32;
    return k;
  }
  u8() {
    return this.data[this.at++] ?? 0;
  }
  u32() {
    const v = getU32Decoder().decode(this.data, this.at);
    this.at += 4;
    return v;
  }
  u64() {
    const v = getU64Decoder().decode(this.data, this.at);
    this.at += 8;
    return v;
  }
  i64() {
    const v = getI64Decoder().decode(this.data, this.at);
    this.at += 8;
    return v;
  }
}

/**
 * The `Program data:` payloads logged while `programId` is the innermost
 * running program, followed through the `invoke [n]` / `success` / `failed`
 * lines: events of a CPI into it count, events of programs it calls do not.
 * Each payload is its line's parts in order (`sol_log_data` logs several
 * slices as space-separated base64; most Keel events are one part).
 */
export function programDataPartsOf(logs: readonly string[], programId: PublicKey | string): Uint8Array[][] {
  const id = programId.toString();
  const stack: string[] = [];
  const payloads: Uint8Array[][] = [];
  for (const line of logs) {
    const invoke = /^Program (\S+) invoke \[\d+\]$/.exec(line);
    if (invoke?.[1]) {
      stack.push(invoke[1]);
      continue;
    }
    if (/^Program \S+ (success|failed)/.test(line)) {
      stack.pop();
      continue;
    }
    const data = /^Program data: (.+)$/.exec(line);
    if (data?.[1] && stack[stack.length - 1] === id) {
      payloads.push(data[1].split(' ').map((part) => Buffer.from(part, 'base64')));
    }
  }
  return payloads;
}

/** The first part of each payload `programDataPartsOf` finds: the whole event for single-part events. */
export function programDataOf(logs: string[], programId: PublicKey): Uint8Array[] {
  return programDataPartsOf(logs, programId).map((parts) => parts[0]!);
}

/**
 * The events of `programId` in a transaction's logs: its payloads (as
 * `programDataOf`) decoded, those `decode` does not know (null) left out.
 */
export function parseEvents<E>(logs: string[], programId: PublicKey, decode: (data: Uint8Array) => E | null): E[] {
  return programDataOf(logs, programId)
    .map(decode)
    .filter((e): e is E => e !== null);
}
