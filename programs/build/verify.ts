/**
 * `npm run verify:programs`: rebuilds every program from scratch (fresh target
 * directory, Cargo.lock must be current) into a temporary directory and fails,
 * naming each file, if anything differs from programs/deploy/ (.so bytes and
 * SHA256SUMS). Passing means the committed binaries are exactly what this
 * source and toolchain produce. It first requires the compiler recorded in
 * programs/deploy/TOOLCHAIN: no other one can reproduce the bytes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { compareDeploy } from './toolchain/deploy';
import { DEPLOY_DIR } from './toolchain/paths';
import { BuildError, buildPrograms } from './toolchain/pipeline';
import { ToolchainError } from './toolchain/version';

async function main(): Promise<number> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'keel-verify-'));
  try {
    console.info('rebuilding all programs from scratch to compare with programs/deploy/');
    const built = await buildPrograms({
      outDir: path.join(tmp, 'deploy'),
      targetDir: path.join(tmp, 'target'),
      locked: true,
      toolchain: 'exact',
      log: (l) => console.info(l),
    });
    const problems = compareDeploy(DEPLOY_DIR, new Map(built.map((b) => [`${b.name}.so`, b.bytes])));
    if (problems.length) {
      console.error(`\nverify:programs FAILED — the committed files are not what this source builds:`);
      for (const p of problems) console.error(`  ${p}`);
      console.error('Run `npm run build:programs` and commit programs/deploy/ (or find what made the build differ).');
      return 1;
    }
    console.info(`verify:programs OK: ${built.length} program(s) byte-identical to programs/deploy/, SHA256SUMS matches`);
    return 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof ToolchainError) {
      console.error(`\nverify:programs FAILED:\n${e.message}\n`);
    } else {
      const message = e instanceof BuildError ? `the programs do not build:\n\n${e.message}\n` : process.env.KEEL_DEBUG ? e : (e as Error).message ?? e;
      console.error(`\nverify:programs FAILED: `, message);
    }
    process.exit(1);
  },
);
