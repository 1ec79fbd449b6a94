import { describe, expect, it } from 'vitest';
import { DEMO_MINT } from '@/lib/demo/addresses';
import { parseReporterArgs, parseReporterEnv } from './config';

describe('reporter env', () => {
  it('defaults to the local chain, the demo mint, a round of one market minute every 10 s, 3 retries', () => {
    const c = parseReporterEnv({});
    expect(c).toMatchObject({ rpcUrl: 'http://127.0.0.1:8899', local: true, keypairPath: undefined, intervalMs: 10_000, minutesPerRound: 1, retries: 3 });
    expect(c.mint.toBase58()).toBe(DEMO_MINT);
  });
  it('requires a keypair and a mint off the local chain, and names a bad variable', () => {
    expect(() => parseReporterEnv({ KEEL_RPC_URL: 'https://api.devnet.solana.com' })).toThrow(/KEEL_REPORTER_KEYPAIR/);
    expect(() => parseReporterEnv({ KEEL_RPC_URL: 'https://api.devnet.solana.com', KEEL_REPORTER_KEYPAIR: 'k.json' })).toThrow(/NEXT_PUBLIC_KEEL_MINT/);
    expect(() => parseReporterEnv({ NEXT_PUBLIC_KEEL_MAKERS_ID: 'nope' })).toThrow(/NEXT_PUBLIC_KEEL_MAKERS_ID/);
    expect(() => parseReporterEnv({ KEEL_REPORTER_RETRIES: '11' })).toThrow(/KEEL_REPORTER_RETRIES/);
    expect(() => parseReporterEnv({ KEEL_REPORTER_INTERVAL_SECS: '0' })).toThrow(/KEEL_REPORTER_INTERVAL_SECS/);
  });
  it('reads --once and --file, refusing anything else', () => {
    expect(parseReporterArgs([])).toEqual({ once: false, file: undefined });
    expect(parseReporterArgs(['--file', 'f.csv', '--once'])).toEqual({ once: true, file: 'f.csv' });
    expect(() => parseReporterArgs(['--file'])).toThrow(/--file needs a path/);
    expect(() => parseReporterArgs(['--fast'])).toThrow(/unknown argument --fast/);
  });
});
