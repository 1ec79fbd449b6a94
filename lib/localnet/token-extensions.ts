/**
 * Token-2022 extensions in the RPC's jsonParsed form:
 * `{ extension: "<camelCase name>", state?: {...} }`, unknown or confidential
 * ones as `{ extension: "unparseableExtension" }` like the real parser.
 *
 * The TLV area starts right after the account-type byte: each entry is
 * type u16 LE, length u16 LE, then `length` bytes; type 0 ends the list.
 * Optional keys are 32 bytes, all zero meaning none (OptionalNonZeroPubkey).
 */
import bs58 from 'bs58';

type Parsed = { extension: string; state?: Record<string, unknown> };

class View {
  constructor(
    readonly d: Uint8Array,
    public o = 0,
  ) {}
  key(): string | null {
    const k = this.d.subarray(this.o, (this.o += 32));
    return k.every((b) => b === 0) ? null : bs58.encode(k);
  }
  u8(): number {
    return this.d[this.o++]!;
  }
  u16(): number {
    return this.u8() | (this.u8() << 8);
  }
  i16(): number {
    const v = this.u16();
    return v >= 0x8000 ? v - 0x10000 : v;
  }
  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }
  u64(): bigint {
    const v = new DataView(this.d.buffer, this.d.byteOffset + this.o, 8).getBigUint64(0, true);
    this.o += 8;
    return v;
  }
  i64(): number {
    const v = new DataView(this.d.buffer, this.d.byteOffset + this.o, 8).getBigInt64(0, true);
    this.o += 8;
    return Number(v);
  }
  str(): string {
    const n = this.u32();
    return new TextDecoder().decode(this.d.subarray(this.o, (this.o += n)));
  }
}

function transferFee(v: View) {
  return { epoch: v.u64(), maximumFee: v.u64(), transferFeeBasisPoints: v.u16() };
}

const ACCOUNT_STATES = ['uninitialized', 'initialized', 'frozen'];

// Indexed by extension type number.
const PARSERS: Record<number, (v: View) => Parsed> = {
  1: (v) => ({
    extension: 'transferFeeConfig',
    state: {
      transferFeeConfigAuthority: v.key(),
      withdrawWithheldAuthority: v.key(),
      withheldAmount: v.u64(),
      olderTransferFee: transferFee(v),
      newerTransferFee: transferFee(v),
    },
  }),
  2: (v) => ({ extension: 'transferFeeAmount', state: { withheldAmount: v.u64() } }),
  3: (v) => ({ extension: 'mintCloseAuthority', state: { closeAuthority: v.key() } }),
  6: (v) => ({ extension: 'defaultAccountState', state: { accountState: ACCOUNT_STATES[v.u8()] } }),
  7: () => ({ extension: 'immutableOwner' }),
  8: (v) => ({ extension: 'memoTransfer', state: { requireIncomingTransferMemos: v.u8() === 1 } }),
  9: () => ({ extension: 'nonTransferable' }),
  10: (v) => ({
    extension: 'interestBearingConfig',
    state: {
      rateAuthority: v.key(),
      initializationTimestamp: v.i64(),
      preUpdateAverageRate: v.i16(),
      lastUpdateTimestamp: v.i64(),
      currentRate: v.i16(),
    },
  }),
  11: (v) => ({ extension: 'cpiGuard', state: { lockCpi: v.u8() === 1 } }),
  12: (v) => ({ extension: 'permanentDelegate', state: { delegate: v.key() } }),
  13: () => ({ extension: 'nonTransferableAccount' }),
  14: (v) => ({ extension: 'transferHook', state: { authority: v.key(), programId: v.key() } }),
  15: (v) => ({ extension: 'transferHookAccount', state: { transferring: v.u8() === 1 } }),
  18: (v) => ({ extension: 'metadataPointer', state: { authority: v.key(), metadataAddress: v.key() } }),
  19: (v) => {
    const updateAuthority = v.key();
    const mint = v.key();
    const name = v.str();
    const symbol = v.str();
    const uri = v.str();
    const count = v.u32();
    const additionalMetadata = Array.from({ length: count }, () => [v.str(), v.str()]);
    return { extension: 'tokenMetadata', state: { updateAuthority, mint, name, symbol, uri, additionalMetadata } };
  },
  20: (v) => ({ extension: 'groupPointer', state: { authority: v.key(), groupAddress: v.key() } }),
  22: (v) => ({ extension: 'groupMemberPointer', state: { authority: v.key(), memberAddress: v.key() } }),
  26: (v) => ({ extension: 'pausableConfig', state: { authority: v.key(), paused: v.u8() === 1 } }),
  27: () => ({ extension: 'pausableAccount' }),
};

export function parseExtensions(tlv: Uint8Array): Parsed[] {
  const out: Parsed[] = [];
  let o = 0;
  while (o + 4 <= tlv.length) {
    const type = tlv[o]! | (tlv[o + 1]! << 8);
    const len = tlv[o + 2]! | (tlv[o + 3]! << 8);
    if (type === 0) break;
    const value = tlv.subarray(o + 4, o + 4 + len);
    o += 4 + len;
    const parser = PARSERS[type];
    try {
      out.push(parser ? parser(new View(value)) : { extension: 'unparseableExtension' });
    } catch {
      out.push({ extension: 'unparseableExtension' });
    }
  }
  return out;
}
