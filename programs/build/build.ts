/**
 * `npm run build:programs [name…] [--accept-toolchain]`: builds programs into
 * programs/deploy/<name>.so and rewrites programs/deploy/SHA256SUMS. Without
 * names, every program is built, .so files of programs that no longer exist are
 * removed, and programs/deploy/TOOLCHAIN records the compiler (a partial build
 * leaves it: the other .so files are still the recorded compiler's).
 *
 * The compiler must be the recorded one; `--accept-toolchain` takes a newer or
 * different one and rebuilds every program with it (toolchain/version.ts).
 */
import { existsSync } from 'node:fs';
import { DEPLOY_DIR } from './toolchain/paths';
import { BuildError, buildPrograms } from './toolchain/pipeline';
import { pruneStale, writeSums } from './toolchain/deploy';
import { readToolchainRecord, recordPath, ToolchainError, writeToolchainRecord, type RustcVersion } from './toolchain/version';

const ACCEPT_FLAG = '--accept-toolchain';

function parseArgs(args: string[]): { only: string[]; accept: boolean } {
  const accept = args.includes(ACCEPT_FLAG);
  const only = args.filter((a) => a !== ACCEPT_FLAG);
  if (accept && only.length) {
    // The programs not named would stay the old compiler's, and TOOLCHAIN would name only one of the two.
    throw new ToolchainError(`build:programs: ${ACCEPT_FLAG} rebuilds every program with the new compiler; run it without program names.`);
  }
  return { only, accept };
}

const versionText = (v: RustcVersion | undefined) => (v ? `rustc ${v.release} (LLVM ${v.llvm})` : 'none');

/** Writes TOOLCHAIN after a full build and says whether the recorded compiler changed. */
function recordToolchain(): string {
  const before = readToolchainRecord();
  const after = writeToolchainRecord();
  const changed = before?.release !== after.release || before.commitHash !== after.commitHash || before.llvm !== after.llvm;
  return changed ? `${recordPath()}: ${versionText(before)} → ${versionText(after)}` : `${recordPath()}: ${versionText(after)} (unchanged)`;
}

async function main(): Promise<void> {
  const { only, accept } = parseArgs(process.argv.slice(2));
  const started = performance.now();
  console.info(`building ${only.length ? only.join(', ') : 'all programs'} → programs/deploy/`);
  let built;
  try {
    built = await buildPrograms({ only, outDir: DEPLOY_DIR, toolchain: accept ? 'accept' : 'build', log: (l) => console.info(l) });
    if (!only.length) {
      for (const f of pruneStale(DEPLOY_DIR, new Set(built.map((b) => `${b.name}.so`)))) console.info(`  removed stale ${f}`);
      console.info(recordToolchain());
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
  // Build and toolchain failures are already written for people; a stack trace only on request.
  if (e instanceof BuildError || e instanceof ToolchainError) console.error(`\n${e.message}\n`);
  else console.error(process.env.KEEL_DEBUG ? e : `build:programs: ${(e as Error).message ?? e}`);
  process.exit(1);
});
