/**
 * The simulated market: reproducible for a seed, ids consecutive from the
 * first, and varied the way the reward formula needs (volatility on both
 * sides of the 200 bp threshold, improvements from 0 up, better makers
 * drawing more flow).
 */
import { Keypair } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { type MakerProfile, profileFromAddress, SimulatedMarket } from './market';

const makers: MakerProfile[] = [
  { wallet: Keypair.generate().publicKey, edgeBps: 5, jitterBps: 1.5, sizeSol: 60, uptime: 0.95 },
  { wallet: Keypair.generate().publicKey, edgeBps: 0.8, jitterBps: 1, sizeSol: 15, uptime: 0.8 },
];

describe('SimulatedMarket', () => {
  it('gives the same fills for the same seed, others for another', () => {
    const a = new SimulatedMarket({ seed: 'demo', makers, firstId: 1n }).ticks(200);
    const b = new SimulatedMarket({ seed: 'demo', makers, firstId: 1n }).ticks(200);
    const c = new SimulatedMarket({ seed: 'other', makers, firstId: 1n }).ticks(200);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('numbers fills consecutively from firstId, and skipTo jumps past a recorded sequence', () => {
    const market = new SimulatedMarket({ seed: 1, makers, firstId: 41n });
    const fills = market.ticks(50);
    fills.forEach((f, i) => expect(f.id).toBe(41n + BigInt(i)));
    market.skipTo(10_000n);
    const later = market.ticks(50);
    expect(later[0]!.id).toBe(10_001n);
  });

  it('varies volatility around the threshold, improvements and sizes, and sends more flow to the tighter maker', () => {
    const fills = new SimulatedMarket({ seed: 'vary', makers, firstId: 1n }).ticks(2_000);
    const vols = fills.map((f) => f.volatilityBps);
    expect(Math.min(...vols)).toBeLessThan(200);
    expect(Math.max(...vols)).toBeGreaterThan(200);
    expect(fills.some((f) => f.improvementBps === 0)).toBe(true);
    expect(Math.max(...fills.map((f) => f.improvementBps))).toBeGreaterThanOrEqual(6);
    expect(new Set(fills.map((f) => f.notional)).size).toBeGreaterThan(fills.length / 2);
    for (const f of fills) expect(f.notional > 0n && f.notional % 1_000_000n === 0n).toBe(true);
    const share = fills.filter((f) => f.maker.equals(makers[0]!.wallet)).length / fills.length;
    expect(share).toBeGreaterThan(0.6);
  });

  it('takeStats sums each maker’s notional since the last call', () => {
    const market = new SimulatedMarket({ seed: 3, makers, firstId: 1n });
    const fills = market.ticks(100);
    const stats = market.takeStats();
    for (const m of makers) {
      const own = fills.filter((f) => f.maker.equals(m.wallet));
      expect(stats.get(m.wallet.toBase58())?.notional ?? 0n).toBe(own.reduce((n, f) => n + f.notional, 0n));
      expect(stats.get(m.wallet.toBase58())?.fills ?? 0).toBe(own.length);
    }
    expect(market.takeStats().size).toBe(0);
  });

  it('derives a stable profile for an unknown maker from its address', () => {
    const wallet = Keypair.generate().publicKey;
    expect(profileFromAddress(wallet)).toEqual(profileFromAddress(wallet));
    expect(profileFromAddress(wallet).uptime).toBeGreaterThan(0);
  });
});
