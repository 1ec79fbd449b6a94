import { describe, expect, it } from 'vitest';
import { DEMO_MINT } from '@/lib/demo/addresses';
import { TOKEN } from '@/lib/programs/staking';
import { keelToBaseUnits, parseKeeperEnv } from './config';

describe('keeper env', () => {
  it('defaults to the local chain, the demo mint, 60 s and 1 KEEL', () => {
    const c = parseKeeperEnv({});
    expect(c).toMatchObject({ rpcUrl: 'http://127.0.0.1:8899', local: true, intervalMs: 60_000, minCompound: TOKEN, keypairPath: undefined });
    expect(c.mint.toBase58()).toBe(DEMO_MINT);
  });
  it('reads the variables, treating empty ones as unset', () => {
    const mint = '11111111111111111111111111111112';
    const c = parseKeeperEnv({ NEXT_PUBLIC_KEEL_MINT: mint, KEEL_KEEPER_INTERVAL_SECS: '5', KEEL_KEEPER_MIN_COMPOUND: '0.5', KEEL_KEEPER_KEYPAIR: '' });
    expect(c.mint.toBase58()).toBe(mint);
    expect(c.intervalMs).toBe(5_000);
    expect(c.minCompound).toBe(TOKEN / 2n);
    expect(c.keypairPath).toBeUndefined();
  });
  it('requires a keypair and a mint off the local chain', () => {
    expect(() => parseKeeperEnv({ KEEL_RPC_URL: 'https://api.devnet.solana.com' })).toThrow(/KEEL_KEEPER_KEYPAIR/);
    expect(() => parseKeeperEnv({ KEEL_RPC_URL: 'https://api.devnet.solana.com', KEEL_KEEPER_KEYPAIR: 'k.json' })).toThrow(/NEXT_PUBLIC_KEEL_MINT/);
  });
  it('names the bad variable', () => {
    expect(() => parseKeeperEnv({ NEXT_PUBLIC_KEEL_MINT: 'nope' })).toThrow(/NEXT_PUBLIC_KEEL_MINT/);
    expect(() => parseKeeperEnv({ KEEL_KEEPER_INTERVAL_SECS: '-1' })).toThrow(/KEEL_KEEPER_INTERVAL_SECS/);
    expect(() => parseKeeperEnv({ KEEL_KEEPER_MIN_COMPOUND: '1e9' })).toThrow(/KEEL_KEEPER_MIN_COMPOUND/);
    expect(() => parseKeeperEnv({ KEEL_RPC_URL: 'not a url' })).toThrow(/KEEL_RPC_URL/);
  });
  it('converts KEEL amounts exactly', () => {
    expect(keelToBaseUnits('1')).toBe(TOKEN);
    expect(keelToBaseUnits('0.000000001')).toBe(1n);
    expect(keelToBaseUnits('12.5')).toBe(12_500_000_000n);
  });
});
