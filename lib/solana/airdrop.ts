import { LAMPORTS_PER_SOL, type Connection, type PublicKey } from '@solana/web3.js';
import { toKeelError } from '@/lib/errors/decode';
import { KEEL_COMMITMENT } from './connection';

export interface AirdropOptions {
  connection: Connection;
  address: PublicKey;
  /** Defaults to 2 SOL. */
  sol?: number;
}

/** Requests an airdrop (localnet/devnet faucets) and waits until it is confirmed. */
export async function airdrop({ connection, address, sol = 2 }: AirdropOptions): Promise<string> {
  try {
    const latest = await connection.getLatestBlockhash(KEEL_COMMITMENT);
    const signature = await connection.requestAirdrop(address, Math.round(sol * LAMPORTS_PER_SOL));
    const result = await connection.confirmTransaction({ signature, ...latest }, KEEL_COMMITMENT);
    if (result.value.err) throw toKeelError(new Error(`Airdrop failed: ${JSON.stringify(result.value.err)}`), { signature });
    return signature;
  } catch (error) {
    throw toKeelError(error);
  }
}
