/**
 * `npm run chain`: the local Solana chain (LiteSVM behind a JSON-RPC server) on
 * http://127.0.0.1:8899 and ws://127.0.0.1:8900.
 *
 *   --reset            forget .localnet/ state and start a fresh, seeded chain
 *   --no-dev           disable the dev-only keel_warpTime method
 *   --port N           HTTP port (websocket on N + 1)
 *   --host H           bind address (default 127.0.0.1)
 *   --state-dir DIR    where state is kept (default .localnet)
 *   --no-persist       keep nothing on disk
 *   --no-seed          skip genesis seeding on a fresh chain
 */
import { parseArgs } from 'node:util';
import { startLocalnet } from '../lib/localnet/start';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      reset: { type: 'boolean', default: false },
      'no-dev': { type: 'boolean', default: false },
      port: { type: 'string', default: '8899' },
      host: { type: 'string', default: '127.0.0.1' },
      'state-dir': { type: 'string' },
      'no-persist': { type: 'boolean', default: false },
      'no-seed': { type: 'boolean', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65534) throw new Error(`bad --port ${values.port}`);

  const net = await startLocalnet({
    host: values.host,
    port,
    reset: values.reset,
    devMode: !values['no-dev'],
    stateDir: values['no-persist'] ? null : values['state-dir'],
    seed: values['no-seed'] ? false : undefined,
  });
  console.info(`[chain] JSON-RPC ${net.url}  websocket ${net.wsUrl}  (dev mode ${values['no-dev'] ? 'off' : 'on'})`);

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
