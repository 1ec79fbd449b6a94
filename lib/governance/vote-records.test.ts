/** Quadratic weights as the vote list shows them: per wallet and side, ⌊√ of the summed power. */
import { PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { TOKEN } from '@/lib/programs/governance';
import { walletSideKey, walletSideWeights } from './vote-records';

describe('walletSideWeights', () => {
  it('sums a wallet’s records per side before the root, as the program’s voter record does', () => {
    const [a, b] = [PublicKey.unique(), PublicKey.unique()];
    const records = [
      ...Array.from({ length: 10 }, () => ({ voter: a, side: 'for' as const, power: 1_000n * TOKEN })),
      { voter: a, side: 'against' as const, power: 4n },
      { voter: b, side: 'for' as const, power: 10_000n * TOKEN },
    ];
    const weights = walletSideWeights(records);
    // Ten positions of 1,000 weigh what one of 10,000 does: ⌊√(10,000e9)⌋.
    expect(weights.get(walletSideKey({ voter: a, side: 'for' }))).toBe(3_162_277n);
    expect(weights.get(walletSideKey({ voter: b, side: 'for' }))).toBe(3_162_277n);
    expect(weights.get(walletSideKey({ voter: a, side: 'against' }))).toBe(2n);
    expect(weights.size).toBe(3);
  });
});
