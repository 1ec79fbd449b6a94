import { createHash } from 'node:crypto';
import { Keypair } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { DEV_ACCOUNTS, seedBytes } from './dev-accounts';

describe('DEV_ACCOUNTS', () => {
  it.each(DEV_ACCOUNTS.map((a) => [a.name, a]))('%s: seed is sha256("keel-dev:<name>") and the address is its key', (_name, account) => {
    expect(account.seedHex).toBe(createHash('sha256').update(`keel-dev:${account.name}`).digest('hex'));
    expect(Keypair.fromSeed(seedBytes(account)).publicKey.toBase58()).toBe(account.address);
  });
});
