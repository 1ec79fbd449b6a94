/**
 * `npm run chain`: the local Solana chain (LiteSVM behind a JSON-RPC server) on
 * http://127.0.0.1:8899 and ws://127.0.0.1:8900. Flags: lib/localnet/cli.ts
 * (`npm run chain -- --reset` starts a fresh chain).
 */
import { parseChainArgs } from '../lib/localnet/cli';
import { startLocalnet } from '../lib/localnet/start';

async function main(): Promise<void> {
  const opts = parseChainArgs(process.argv.slice(2));
  const net = await startLocalnet(opts);
  console.info(`[chain] JSON-RPC ${net.url}  websocket ${net.wsUrl}  (dev mode ${opts.devMode ? 'on' : 'off'})`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.info(`[chain] ${signal}: saving and stopping`);
    net.close().then(
      () => process.exit(0),
      (e: Error) => {
        console.error(`[chain] shutdown failed: ${e.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((e: Error) => {
  console.error(`[chain] ${e.message}`);
  process.exit(1);
});
