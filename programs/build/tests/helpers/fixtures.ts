/** Builds fixture programs (programs/build/fixtures) for the build's tests. */
import path from 'node:path';
import { cargoBuild } from '../../toolchain/cargo';
import { FIXTURES_DIR, TARGET_DIR } from '../../toolchain/paths';
import { buildPrograms, BuildError, type ProgramBuild } from '../../toolchain/pipeline';
import { ensureSysroot } from '../../toolchain/sysroot';
import { checkToolchain } from '../../toolchain/version';

/** Fixture builds share one target directory, apart from programs/target/keel-sbf. */
export const FIXTURE_TARGET_DIR = path.join(TARGET_DIR, 'fixtures');

/** Generous: a cold cache builds the sysroot first (~15-20 s on 2 cores). */
export const BUILD_TIMEOUT = 180_000;

export interface FixtureOptions {
  workspace?: string;
  targetDir?: string;
  outDir?: string;
}

export async function buildFixture(name: string, options: FixtureOptions = {}): Promise<ProgramBuild> {
  const [built] = await buildPrograms({
    workspace: options.workspace ?? FIXTURES_DIR,
    only: [name],
    outDir: options.outDir ?? path.join(FIXTURE_TARGET_DIR, 'deploy'),
    targetDir: options.targetDir ?? FIXTURE_TARGET_DIR,
  });
  return built!;
}

/** The build's failure for a fixture that must not build. */
export async function fixtureFailure(name: string): Promise<BuildError> {
  try {
    await buildFixture(name);
  } catch (e) {
    if (e instanceof BuildError) return e;
    throw e;
  }
  throw new Error(`fixture ${name} built, but it must fail`);
}

/** The relocatable LTO object rustc produced for a fixture (the converter's input). */
export async function fixtureObject(name: string): Promise<string> {
  checkToolchain('minimum');
  const sysroot = await ensureSysroot();
  const outcome = await cargoBuild({ workspace: FIXTURES_DIR, packages: [name], targetDir: FIXTURE_TARGET_DIR, sysroot });
  const object = outcome.objects.get(name);
  if (!outcome.ok || !object) throw new Error(`building fixture ${name} failed:\n${outcome.errors.join('\n')}`);
  return object;
}
