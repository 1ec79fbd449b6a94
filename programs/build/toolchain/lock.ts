/**
 * A cross-process lock made of a directory (mkdir is atomic). Used so that
 * parallel test workers or two terminals build the sysroot once, not twice.
 * A lock older than `staleMs` is taken to belong to a dead process.
 */
import { mkdirSync, rmSync, statSync } from 'node:fs';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function withLock<T>(dir: string, fn: () => Promise<T>, staleMs = 10 * 60_000): Promise<T> {
  for (;;) {
    try {
      mkdirSync(dir);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      try {
        if (Date.now() - statSync(dir).mtimeMs > staleMs) rmSync(dir, { recursive: true, force: true });
      } catch {
        // removed by its owner between the two calls
      }
      await sleep(200);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
