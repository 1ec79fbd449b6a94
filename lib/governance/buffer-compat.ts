/**
 * The browser's `Buffer` (Next's compiled `buffer` polyfill, an older version
 * than node_modules/buffer) has no BigInt methods, and the governance client's
 * `findProposalPda` (lib/programs/governance/program.ts) encodes the proposal
 * number with `Buffer#writeBigUInt64LE`: every proposal address would throw in
 * the browser. Until that client encodes it without Buffer (asked of its
 * owner), this adds the one method it uses, exactly as Node defines it.
 * Imported first by the governance pages' data access; a no-op on Node.
 */
type WithBigInt = { writeBigUInt64LE?: (value: bigint, offset?: number) => number };

const proto = Buffer.prototype as unknown as WithBigInt & Uint8Array;
if (typeof proto.writeBigUInt64LE !== 'function') {
  proto.writeBigUInt64LE = function (this: Uint8Array, value: bigint, offset = 0) {
    new DataView(this.buffer, this.byteOffset, this.byteLength).setBigUint64(offset, BigInt(value), true);
    return offset + 8;
  };
}

export {};
