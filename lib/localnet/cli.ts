/**
 * The command-line flags of `npm run chain` (and `npm run dev`, which passes
 * them on), turned into startLocalnet options.
 *
 *   --reset            forget saved state and start a fresh, seeded chain
 *   --no-dev           disable the dev-only keel_warpTime method
 *   --port N           HTTP port (websocket on N + 1), default 8899
 *   --host H           bind address, default 127.0.0.1
 *   --state-dir DIR    where state is kept, default .localnet
 *   --no-persist       keep nothing on disk
 *   --no-seed          skip genesis seeding on a fresh chain
 */
import { parseArgs } from 'node:util';
import type { LocalnetOptions } from './start';

export function parseChainArgs(argv: string[]): LocalnetOptions {
  const { values } = parseArgs({
    args: argv,
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
  return {
    host: values.host,
    port,
    reset: values.reset,
    devMode: !values['no-dev'],
    stateDir: values['no-persist'] ? null : values['state-dir'],
    seed: values['no-seed'] ? false : undefined,
  };
}
