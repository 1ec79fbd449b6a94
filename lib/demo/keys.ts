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
  /** Signs the makers program's fill batches (the config's reporter). */
  reporter: 'af9471ea6653ae86d070e5cc571755d3ed71d87198ff34d5d1bd365fa8d00c64',
  makerHarbor: '5f542f53b3235e07d03dc5bf08658fdbf6920ead4a43703cb78099579131f0a6',
  makerMeridian: '628a2fca85b1613c3b1c216fbe16180ff875f5ebf28e2e123be5b245478fdf85',
  makerTidewater: '8d18e68c66e7b5b347aac10a52ef03c4a67a1665e88c9c05d923701cf9ef3e41',
  makerLeeward: '5b733205a4c85b6fc4b0b4c93e77ef1f96d474cef5d82baa9ad6937f4e6106a0',
  makerDriftwood: '68ff101d8d4ff085947991152f8c4223c1b4e5799443f3b8b520abd8f2f4955b',
} as const;

/** The names their seeds hash: sha256("keel-dev:" + name). */
export const DEMO_KEY_NAMES = {
  mint: 'keel-mint',
  reserveVault: 'keel-reserve-vault',
  seasonVault: 'keel-season-vault',
  reporter: 'keel-reporter',
  makerHarbor: 'keel-maker-harbor',
  makerMeridian: 'keel-maker-meridian',
  makerTidewater: 'keel-maker-tidewater',
  makerLeeward: 'keel-maker-leeward',
  makerDriftwood: 'keel-maker-driftwood',
} as const;

export type DemoKeyName = keyof typeof DEMO_KEY_SEEDS;

function fromHex(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16)));
}

export function demoKeypair(name: DemoKeyName): Keypair {
  return Keypair.fromSeed(fromHex(DEMO_KEY_SEEDS[name]));
}

/** A well-known dev account as a web3.js keypair. */
export function devKeypair(name: DevAccount['name']): Keypair {
  return Keypair.fromSeed(seedBytes(devAccount(name)));
}
