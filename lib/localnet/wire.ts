/**
 * Reads a wire-format transaction (legacy or v0) into the parts the RPC needs:
 * signatures, header, static keys, blockhash (and where it sits, so simulation
 * can replace it), instructions and address-table lookups.
 *
 * Layout: compact-u16 signature count, 64-byte signatures, then the message.
 * A message whose first byte has the top bit set is versioned (low 7 bits =
 * version) and its 3-byte header follows; otherwise that byte starts the
 * legacy header. Then compact-u16 key count + 32-byte keys, the 32-byte
 * blockhash, compact-u16 instruction count, each instruction as program index
 * (u8), compact-u16 + account indexes, compact-u16 + data; v0 appends
 * compact-u16 lookup count, each as table key, compact-u16 + writable indexes,
 * compact-u16 + readonly indexes.
 */
import bs58 from 'bs58';

export interface CompiledInstruction {
  programIdIndex: number;
  accounts: number[];
  data: Uint8Array;
}

export interface AddressTableLookup {
  accountKey: string;
  writableIndexes: number[];
  readonlyIndexes: number[];
}

export interface WireTransaction {
  bytes: Uint8Array;
  /** Base58 signatures; an all-zero signature (unsigned) is kept as written. */
  signatures: string[];
  unsigned: boolean[];
  version: 'legacy' | 0;
  messageBytes: Uint8Array;
  header: { numRequiredSignatures: number; numReadonlySignedAccounts: number; numReadonlyUnsignedAccounts: number };
  staticKeys: string[];
  recentBlockhash: string;
  /** Offset of the blockhash inside `bytes`. */
  blockhashOffset: number;
  instructions: CompiledInstruction[];
  lookups: AddressTableLookup[];
}

class Reader {
  offset = 0;
  constructor(readonly bytes: Uint8Array) {}
  u8(): number {
    if (this.offset >= this.bytes.length) throw new Error('transaction is truncated');
    return this.bytes[this.offset++]!;
  }
  compactU16(): number {
    let value = 0;
    for (let shift = 0; shift < 21; shift += 7) {
      const b = this.u8();
      value |= (b & 0x7f) << shift;
      if ((b & 0x80) === 0) return value;
    }
    throw new Error('bad compact-u16');
  }
  take(n: number): Uint8Array {
    if (this.offset + n > this.bytes.length) throw new Error('transaction is truncated');
    const out = this.bytes.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }
  list(): number[] {
    return Array.from(this.take(this.compactU16()));
  }
}

export function parseWireTransaction(bytes: Uint8Array): WireTransaction {
  const r = new Reader(bytes);
  const sigCount = r.compactU16();
  const sigs = Array.from({ length: sigCount }, () => r.take(64));
  const messageStart = r.offset;
  const msg = parseMessageFrom(r);
  if (r.offset !== bytes.length) throw new Error('trailing bytes after transaction');
  if (sigCount !== msg.header.numRequiredSignatures) throw new Error('signature count does not match header');
  return {
    bytes,
    signatures: sigs.map((s) => bs58.encode(s)),
    unsigned: sigs.map((s) => s.every((b) => b === 0)),
    messageBytes: bytes.subarray(messageStart),
    ...msg,
  };
}

/** Parses a bare message (getFeeForMessage). */
export function parseMessage(bytes: Uint8Array): Omit<WireTransaction, 'bytes' | 'signatures' | 'unsigned' | 'messageBytes'> {
  const r = new Reader(bytes);
  const msg = parseMessageFrom(r);
  if (r.offset !== bytes.length) throw new Error('trailing bytes after message');
  return msg;
}

function parseMessageFrom(r: Reader) {
  let version: 'legacy' | 0 = 'legacy';
  const first = r.bytes[r.offset] ?? 0;
  if (first & 0x80) {
    r.u8();
    if ((first & 0x7f) !== 0) throw new Error(`unsupported transaction version ${first & 0x7f}`);
    version = 0;
  }
  const header = {
    numRequiredSignatures: r.u8(),
    numReadonlySignedAccounts: r.u8(),
    numReadonlyUnsignedAccounts: r.u8(),
  };
  const keyCount = r.compactU16();
  const staticKeys = Array.from({ length: keyCount }, () => bs58.encode(r.take(32)));
  const blockhashOffset = r.offset;
  const recentBlockhash = bs58.encode(r.take(32));
  const ixCount = r.compactU16();
  const instructions = Array.from({ length: ixCount }, () => ({
    programIdIndex: r.u8(),
    accounts: r.list(),
    data: r.take(r.compactU16()),
  }));
  const lookups: AddressTableLookup[] = [];
  if (version === 0) {
    const n = r.compactU16();
    for (let i = 0; i < n; i++) {
      lookups.push({ accountKey: bs58.encode(r.take(32)), writableIndexes: r.list(), readonlyIndexes: r.list() });
    }
  }
  return { version, header, staticKeys, recentBlockhash, blockhashOffset, instructions, lookups };
}

/** A copy of the transaction with another blockhash (signatures become invalid). */
export function withBlockhash(tx: WireTransaction, blockhash: string): Uint8Array {
  const out = Uint8Array.from(tx.bytes);
  out.set(bs58.decode(blockhash), tx.blockhashOffset);
  return out;
}

/**
 * Whether static key `i` is writable: the first signers minus the read-only
 * signers, then the unsigned keys minus the read-only unsigned tail.
 */
export function isStaticWritable(tx: Pick<WireTransaction, 'header' | 'staticKeys'>, i: number): boolean {
  const h = tx.header;
  if (i < h.numRequiredSignatures) return i < h.numRequiredSignatures - h.numReadonlySignedAccounts;
  return i < tx.staticKeys.length - h.numReadonlyUnsignedAccounts;
}
