/**
 * MurmurHash3 x86_32 with seed 0: the hash the SBPFv0 loader uses as the key of
 * syscalls (`murmur3_32("sol_log_")`) and of internal functions
 * (`murmur3_32(pc as u64, little-endian)`). The converter uses it to refuse
 * programs whose keys would collide at load time.
 */
const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

function rotl(x: number, r: number): number {
  return ((x << r) | (x >>> (32 - r))) >>> 0;
}

export function murmur3_32(data: Uint8Array | string, seed = 0): number {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  let h = seed >>> 0;
  const blocks = bytes.length >>> 2;
  for (let i = 0; i < blocks; i++) {
    const at = i * 4;
    let k = (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
    k = Math.imul(k, C1);
    k = rotl(k, 15);
    k = Math.imul(k, C2);
    h ^= k;
    h = rotl(h, 13);
    h = (Math.imul(h, 5) + 0xe6546b64) >>> 0;
  }
  const tail = blocks * 4;
  let k = 0;
  switch (bytes.length & 3) {
    case 3:
      k ^= bytes[tail + 2]! << 16;
    // falls through
    case 2:
      k ^= bytes[tail + 1]! << 8;
    // falls through
    case 1:
      k ^= bytes[tail]!;
      k = Math.imul(k, C1);
      k = rotl(k, 15);
      k = Math.imul(k, C2);
      h ^= k;
  }
  h ^= bytes.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Key of an internal function at instruction index `pc`: the hash of `pc` as a little-endian u64. */
export function functionKey(pc: number): number {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, BigInt(pc), true);
  return murmur3_32(bytes);
}
