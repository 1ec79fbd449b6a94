/**
 * The keeper's fee payer: a keypair file on real clusters; on the local chain
 * a fresh keypair the chain airdrops to, so `npm run dev` needs no setup.
 */
import { readFileSync } from 'node:fs';
import { type Connection, Keypair, LAMPORTS_PER_SOL } from '@solana/web3.js';

/** Reads a solana-keygen JSON file (64 numbers). */
export function readKeypairFile(path: string): Keypair {
  const bytes: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(bytes) || bytes.length !== 64 || !bytes.every((b) => Number.isInteger(b) && b >= 0 && b <= 255)) {
    throw new Error(`${path} is not a keypair file (a JSON array of 64 bytes)`);
  }
  return Keypair.fromSecretKey(Uint8Array.from(bytes as number[]));
}

/** A new keypair funded by the local chain's faucet: plenty for ~200k keeper transactions. */
export async function localKeeperPayer(connection: Connection, sol = 1): Promise<Keypair> {
  const payer = Keypair.generate();
  const signature = await connection.requestAirdrop(payer.publicKey, sol * LAMPORTS_PER_SOL);
  await connection.confirmTransaction({ signature, ...(await connection.getLatestBlockhash()) }, 'confirmed');
  return payer;
}
