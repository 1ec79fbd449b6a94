/**
 * `npm run keeper`: the staking keeper loop (lib/keeper). Env: KEEL_RPC_URL
 * (default http://127.0.0.1:8899), KEEL_KEEPER_KEYPAIR (JSON keypair file;
 * required off the local chain, where a fresh airdropped payer is used
 * otherwise), NEXT_PUBLIC_KEEL_MINT (default the demo mint),
 * NEXT_PUBLIC_KEEL_STAKING_ID, KEEL_KEEPER_INTERVAL_SECS (60),
 * KEEL_KEEPER_MIN_COMPOUND (KEEL, 1). `--once` runs a single pass and exits.
 */
import { Connection } from '@solana/web3.js';
import { localKeeperPayer, parseKeeperEnv, readKeypairFile, runKeeperPass, startKeeper } from '../lib/keeper';

const log = (m: string) => console.info(`[keeper] ${m}`);

async function main(): Promise<void> {
  const config = parseKeeperEnv(process.env);
  const connection = new Connection(config.rpcUrl, 'confirmed');
  const payer = config.keypairPath ? readKeypairFile(config.keypairPath) : await localKeeperPayer(connection);
  const options = { minCompound: config.minCompound, programId: config.programId, log };
  log(`${config.rpcUrl}, mint ${config.mint.toBase58()}, payer ${payer.publicKey.toBase58()}, every ${config.intervalMs / 1000} s`);

  if (process.argv.includes('--once')) {
    const summary = await runKeeperPass(connection, payer, config.mint, options);
    log(`${summary.compounded} compounded, ${summary.synced ? 'synced' : 'in sync'}, ${summary.transactions} tx, ${summary.errors.length} errors`);
    process.exit(summary.errors.length > 0 ? 1 : 0);
  }

  const keeper = startKeeper(connection, payer, config.mint, { ...options, intervalMs: config.intervalMs });
  const stop = (signal: string) => {
    log(`${signal}: stopping after the pass in flight`);
    void keeper.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: Error) => {
  console.error(`[keeper] ${e.message}`);
  process.exit(1);
});
