/**
 * Well-known localnet accounts, funded by the seed on a fresh chain. Their
 * 32-byte ed25519 seeds are public on purpose (sha256 of "keel-dev:<name>"):
 * anyone may sign as them, so they exist only on the local chain. Import them
 * with `Keypair.fromSeed(hexToBytes(seedHex))` (web3.js) or
 * `createKeyPairSignerFromPrivateKeyBytes` (kit). Browser-safe: no Node APIs.
 */
export interface DevAccount {
  name: 'authority' | 'alice' | 'bob' | 'carol';
  /** What this account is for in the demo. */
  role: string;
  seedHex: string;
  address: string;
  /** Lamports the seed gives it on a fresh chain. */
  lamports: bigint;
}

const SOL = 1_000_000_000n;

export const DEV_ACCOUNTS: readonly DevAccount[] = [
  {
    name: 'authority',
    role: 'deploys and administers the demo token, staking pool and governance realm',
    seedHex: '6496252e9e6a8139c5190eae4e9e5e330886d4687aa675f2f1555b4505071013',
    address: '9hcGcrwq1p5PGDqbu3sd7t8UMc31n6aXazvuPscCLqEw',
    lamports: 1_000n * SOL,
  },
  {
    name: 'alice',
    role: 'demo holder',
    seedHex: '5797ca5f82940dd4ca571f1d15f35fcbf42716ad1eb55908aee5710ad2eae312',
    address: '3vYoSeFn9omkD42kSWedp43yHzS4g9HHr4PFFpTT5DNM',
    lamports: 100n * SOL,
  },
  {
    name: 'bob',
    role: 'demo holder',
    seedHex: 'd98b67c568251d42a54c7b96d398822cd994879927faeaf2fa4130f754043f6b',
    address: '3SERrAPd5yQNhTQpL3GBMKknbQbYcoFiTkFzpbjbPZCh',
    lamports: 100n * SOL,
  },
  {
    name: 'carol',
    role: 'demo holder',
    seedHex: '7ee5e48f5145012e7209ce5726e5b5d617a5525fed960a32d1b76fe196a2208a',
    address: '6899wXtKUoAhBWC93DhGf2eiBpJXxzjFwHJqobVyWDqk',
    lamports: 100n * SOL,
  },
];

export function devAccount(name: DevAccount['name']): DevAccount {
  return DEV_ACCOUNTS.find((a) => a.name === name)!;
}

export function seedBytes(account: DevAccount): Uint8Array {
  return Uint8Array.from(account.seedHex.match(/../g)!.map((h) => parseInt(h, 16)));
}
