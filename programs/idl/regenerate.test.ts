/**
 * `npm run generate:clients` changes nothing: every program of KEEL_IDLS is
 * generated into a temporary folder and compared file by file (both ways)
 * with the committed `programs/deploy/<name>.idl.json` and
 * `lib/programs/generated/<name>/`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMMITTED_TARGET, generateProgram, type GenerateTarget } from './generate';
import { KEEL_IDLS } from './index';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

const tmp = mkdtempSync(path.join(tmpdir(), 'keel-idl-'));
const fresh: GenerateTarget = { idlDir: path.join(tmp, 'deploy'), clientsDir: path.join(tmp, 'generated') };
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.each(Object.entries(KEEL_IDLS))('generate:clients for %s', (name, root) => {
  it('writes exactly the committed IDL and client (run `npm run generate:clients` after changing the IDL)', async () => {
    await generateProgram(name, root, fresh);
    const idl = `${name}.idl.json`;
    expect(readFileSync(path.join(fresh.idlDir, idl), 'utf8'), idl).toBe(readFileSync(path.join(COMMITTED_TARGET.idlDir, idl), 'utf8'));
    const generated = path.join(fresh.clientsDir, name);
    const committed = path.join(COMMITTED_TARGET.clientsDir, name);
    expect(files(committed)).toEqual(files(generated));
    for (const file of files(generated)) {
      expect(readFileSync(path.join(committed, file), 'utf8'), file).toBe(readFileSync(path.join(generated, file), 'utf8'));
    }
  }, 60_000);
});
