/**
 * The keeper loop: a pass now, then one `intervalMs` after each pass ends (so
 * passes never overlap on a slow RPC). A failing pass is logged and the loop
 * goes on: a keeper that dies on one RPC hiccup keeps nothing.
 */
import type { Connection, Keypair, PublicKey } from '@solana/web3.js';
import { toKeelError } from '@/lib/errors';
import { type KeeperOptions, type KeeperSummary, runKeeperPass } from './pass';

export interface KeeperLoopOptions extends KeeperOptions {
  intervalMs: number;
  /** Called after every pass that ran (tests, metrics). */
  onPass?: (summary: KeeperSummary) => void;
}

export interface KeeperHandle {
  /** Stops scheduling; resolves once a pass in flight has finished. */
  stop(): Promise<void>;
}

export function startKeeper(connection: Connection, payer: Keypair, mint: PublicKey, options: KeeperLoopOptions): KeeperHandle {
  const log = options.log ?? (() => {});
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<void> = Promise.resolve();

  const tick = async () => {
    try {
      const summary = await runKeeperPass(connection, payer, mint, options);
      if (summary.transactions > 0 || summary.errors.length > 0) {
        log(`pass: ${summary.compounded} compounded, ${summary.synced ? 'synced, ' : ''}${summary.transactions} tx, ${summary.errors.length} errors`);
      }
      options.onPass?.(summary);
    } catch (e) {
      const error = toKeelError(e);
      log(`pass failed: ${error.code}: ${error.message}`);
    }
  };
  const schedule = () => {
    if (stopped) return;
    inFlight = tick().finally(() => {
      if (!stopped) timer = setTimeout(schedule, options.intervalMs);
    });
  };
  schedule();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await inFlight;
    },
  };
}
