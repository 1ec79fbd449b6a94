/**
 * A solana-keygen keypair file (a JSON array of 64 bytes: secret then public
 * key). Node only: program keys for the local chain, the keeper's fee payer.
 */
import { readFileSync } from 'node:fs';
import { Keypair } from '@solana/web3.js';

export function readKeypairFile(path: string): Keypair {
  const bytes: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(bytes) || bytes.length !== 64 || !bytes.every((b) => Number.isInteger(b) && b >= 0 && b <= 255)) {
    throw new Error(`${path} is not a keypair file (a JSON array of 64 bytes)`);
  }
  return Keypair.fromSecretKey(Uint8Array.from(bytes as number[]));
}
