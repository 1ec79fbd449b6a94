import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEV_ACCOUNTS } from '@/lib/localnet/dev-accounts';
import { DEMO_MAKERS, DEMO_MINT, DEMO_REPORTER, DEMO_RESERVE_VAULT, DEMO_SEASON_VAULT, DEMO_TREASURY } from './addresses';
import { DEMO_MAKERS_PLAN } from './plan';
import { DEMO_KEY_NAMES, DEMO_KEY_SEEDS, demoKeypair, devKeypair } from './keys';

describe('demo keys', () => {
  it.each(Object.keys(DEMO_KEY_SEEDS) as (keyof typeof DEMO_KEY_SEEDS)[])('%s: seed is sha256("keel-dev:<name>")', (name) => {
    expect(DEMO_KEY_SEEDS[name]).toBe(createHash('sha256').update(`keel-dev:${DEMO_KEY_NAMES[name]}`).digest('hex'));
  });

  it('the browser-side addresses are the keypairs’ public keys', () => {
    expect(demoKeypair('mint').publicKey.toBase58()).toBe(DEMO_MINT);
    expect(demoKeypair('reserveVault').publicKey.toBase58()).toBe(DEMO_RESERVE_VAULT);
    expect(demoKeypair('seasonVault').publicKey.toBase58()).toBe(DEMO_SEASON_VAULT);
    expect(demoKeypair('reporter').publicKey.toBase58()).toBe(DEMO_REPORTER);
    expect(DEMO_MAKERS.map((m) => m.name)).toEqual(DEMO_MAKERS_PLAN.makers.map((m) => m.name));
    expect(DEMO_MAKERS.map((m) => m.wallet)).toEqual(DEMO_MAKERS_PLAN.makers.map((m) => demoKeypair(m.key).publicKey.toBase58()));
  });

  it('dev keypairs match the dev accounts', () => {
    for (const account of DEV_ACCOUNTS) expect(devKeypair(account.name).publicKey.toBase58()).toBe(account.address);
    expect(DEMO_TREASURY).toBe(devKeypair('authority').publicKey.toBase58());
  });
});
