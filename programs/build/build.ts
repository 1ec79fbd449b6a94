/**
 * `npm run build:programs [name…]`: builds programs into programs/deploy/<name>.so
 * and rewrites programs/deploy/SHA256SUMS. Without names, every program is built
 * and .so files of programs that no longer exist are removed.
 */
import { existsSync } from 'node:fs';
import { DEPLOY_DIR } from './toolchain/paths';
import { BuildError, buildPrograms } from './toolchain/pipeline';
import { pruneStale, writeSums } from './toolchain/deploy';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const started = performance.now();
  console.info(`building ${only.length ? only.join(', ') : 'all programs'} → programs/deploy/`);
  let built;
  try {
    built = await buildPrograms({ only, outDir: DEPLOY_DIR, log: (l) => console.info(l) });
    if (!only.length) {
      for (const f of pruneStale(DEPLOY_DIR, new Set(built.map((b) => `${b.name}.so`)))) console.info(`  removed stale ${f}`);
    }
  } finally {
    // Even after a failure, SHA256SUMS describes the .so files that are there
    // (the programs that did build were written).
    if (existsSync(DEPLOY_DIR)) writeSums(DEPLOY_DIR);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.info(`built ${built.length} program(s) in ${seconds} s; programs/deploy/SHA256SUMS updated`);
}

main().catch((e: unknown) => {
  // Build failures are already written for people; a stack trace only on request.
  console.error(e instanceof BuildError ? `\n${e.message}\n` : process.env.KEEL_DEBUG ? e : `build:programs: ${(e as Error).message ?? e}`);
  process.exit(1);
});
