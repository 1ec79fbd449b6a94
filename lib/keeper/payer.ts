/**
 * The keeper's fee payer: a keypair file on real clusters (readKeypairFile); on
 * the local chain a fresh keypair the chain airdrops to, so `npm run dev` needs
 * no setup.
 */
import { type Connection, Keypair } from '@solana/web3.js';
import { airdrop } from '@/lib/solana/airdrop';

export { readKeypairFile } from '@/lib/solana/keypair-file';

/** A new keypair funded by the local chain's faucet: plenty for ~200k keeper transactions. */
export async function localKeeperPayer(connection: Connection, sol = 1): Promise<Keypair> {
  const payer = Keypair.generate();
  await airdrop({ connection, address: payer.publicKey, sol });
  return payer;
}
