import { describe, expect, it } from 'vitest';
import { functionKey, murmur3_32 } from './murmur3';
import { KNOWN_SYSCALLS } from './syscalls';

// Keys the Solana runtime registers syscalls under (agave / solana-define-syscall).
const KNOWN_HASHES: [string, number][] = [
  ['sol_log_', 0x207559bd],
  ['sol_log_64_', 0x5c2a3178],
  ['sol_log_compute_units_', 0x52ba5096],
  ['sol_log_pubkey', 0x7ef088ca],
  ['sol_log_data', 0x7317b434],
  ['sol_sha256', 0x11f49d86],
  ['sol_invoke_signed_rust', 0xd7449092],
  ['sol_alloc_free_', 0x83f00e8f],
  ['abort', 0xb6fc1a11],
  ['sol_panic_', 0x686093bb],
  ['sol_memcpy_', 0x717cc4a3],
  ['sol_memmove_', 0x434371f8],
  ['sol_memcmp_', 0x5fdcde31],
  ['sol_memset_', 0x3770fb22],
];

describe('murmur3_32', () => {
  it.each(KNOWN_HASHES)('hashes %s to the runtime key', (name, key) => {
    expect(murmur3_32(name)).toBe(key);
  });

  it('covers every tail length (0-3 trailing bytes) consistently with known vectors', () => {
    // Reference values of MurmurHash3_x86_32, seed 0.
    expect(murmur3_32('')).toBe(0);
    expect(murmur3_32('a')).toBe(0x3c2569b2);
    expect(murmur3_32('ab')).toBe(0x9bbfd75f);
    expect(murmur3_32('abc')).toBe(0xb3dd93fa);
    expect(murmur3_32('abcd')).toBe(0x43ed676a);
    expect(murmur3_32('Hello, world!', 1234)).toBe(0xfaf6cdb3);
  });

  it('gives distinct keys to all known syscalls', () => {
    const keys = new Set(KNOWN_SYSCALLS.map((n) => murmur3_32(n)));
    expect(keys.size).toBe(KNOWN_SYSCALLS.length);
  });

  it('keys a function by its pc as a little-endian u64', () => {
    const pc = 0x1234;
    expect(functionKey(pc)).toBe(murmur3_32(new Uint8Array([0x34, 0x12, 0, 0, 0, 0, 0, 0])));
    expect(functionKey(1)).not.toBe(functionKey(2));
  });
});
