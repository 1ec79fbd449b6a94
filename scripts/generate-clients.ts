/**
 * `npm run generate:clients`: every program of `programs/idl/index.ts` →
 * `programs/deploy/<name>.idl.json` + `lib/programs/generated/<name>/`.
 * `programs/idl/regenerate.test.ts` fails when the committed files differ.
 */
import { KEEL_IDLS } from '@/programs/idl';
import { COMMITTED_TARGET, generateProgram } from '@/programs/idl/generate';

async function main() {
  for (const [name, root] of Object.entries(KEEL_IDLS)) {
    await generateProgram(name, root, COMMITTED_TARGET);
    console.info(`${name}: programs/deploy/${name}.idl.json, lib/programs/generated/${name}/`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
