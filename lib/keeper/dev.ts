/**
 * The keeper inside `npm run dev`: against the local chain and its demo mint,
 * every KEEL_KEEPER_INTERVAL_SECS (60 s). It must never take dev down, so every
 * failure (bad env, no airdrop, a pass throwing) is logged and swallowed.
 * `KEEL_KEEPER=off` leaves it out.
 */
import { Connection, PublicKey } from '@solana/web3.js';
import { DEMO_MINT } from '@/lib/demo/addresses';
import { parseKeeperEnv } from './config';
import { startKeeper, type KeeperHandle } from './loop';
import { localKeeperPayer } from './payer';

export async function startDevKeeper(rpcUrl: string, log: (message: string) => void): Promise<KeeperHandle | null> {
  if (process.env.KEEL_KEEPER === 'off') {
    log('off (KEEL_KEEPER=off)');
    return null;
  }
  try {
    // The app uses the demo mint on localnet whatever NEXT_PUBLIC_KEEL_MINT says; so does its keeper.
    const config = parseKeeperEnv({ ...process.env, KEEL_RPC_URL: rpcUrl, NEXT_PUBLIC_KEEL_MINT: DEMO_MINT, KEEL_KEEPER_KEYPAIR: undefined });
    const connection = new Connection(rpcUrl, 'confirmed');
    const payer = await localKeeperPayer(connection);
    log(`every ${config.intervalMs / 1000} s on ${rpcUrl} (payer ${payer.publicKey.toBase58()}; KEEL_KEEPER=off to disable)`);
    return startKeeper(connection, payer, new PublicKey(DEMO_MINT), {
      intervalMs: config.intervalMs,
      minCompound: config.minCompound,
      programId: config.programId,
      log,
    });
  } catch (e) {
    log(`not started: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}
