/**
 * Keypairs of the demo token's accounts. Like the dev accounts, their seeds
 * are public on purpose (sha256 of "keel-dev:<name>"), so they exist only on
 * the local chain; the addresses are repeated in addresses.ts for the browser
 * and checked against these seeds by keys.test.ts.
 */
import { Keypair } from '@solana/web3.js';
import { devAccount, seedBytes, type DevAccount } from '@/lib/localnet/dev-accounts';

export const DEMO_KEY_SEEDS = {
  mint: 'fecada8ea37f88fe59d41f1d5f45c11b9a97f8f55565b9887d04b36af9ee401b',
  reserveVault: '128824f9c27b88a669dfd103b9b6b571c4f9df73d02b4433b9801a6c2d90a553',
  seasonVault: '52c9f7deefa3212f15f18bcaa9a7c2b6d805d5e163551649d09d9db2780e194c',
} as const;

/** The names their seeds hash: sha256("keel-dev:" + name). */
export const DEMO_KEY_NAMES = { mint: 'keel-mint', reserveVault: 'keel-reserve-vault', seasonVault: 'keel-season-vault' } as const;

function fromHex(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16)));
}

export function demoKeypair(name: keyof typeof DEMO_KEY_SEEDS): Keypair {
  return Keypair.fromSeed(fromHex(DEMO_KEY_SEEDS[name]));
}

/** A well-known dev account as a web3.js keypair. */
export function devKeypair(name: DevAccount['name']): Keypair {
  return Keypair.fromSeed(seedBytes(devAccount(name)));
}
