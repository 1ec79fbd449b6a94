/** How the build finds programs, and the messages when a workspace is off. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectPrograms } from '../toolchain/pipeline';
import { listPrograms } from '../toolchain/workspace';

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'keel-ws-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function crate(dir: string, name: string, crateType: string) {
  mkdirSync(path.join(root, dir, 'src'), { recursive: true });
  writeFileSync(path.join(root, dir, 'Cargo.toml'), `[package]\nname = "${name}"\nversion = "0.1.0"\nedition = "2024"\n\n[lib]\ncrate-type = ["${crateType}"]\n`);
  writeFileSync(path.join(root, dir, 'src', 'lib.rs'), '#![no_std]\n');
}

function workspace(members: string, exclude = '[]') {
  writeFileSync(path.join(root, 'Cargo.toml'), `[workspace]\nresolver = "3"\nmembers = ${members}\nexclude = ${exclude}\n`);
}

describe('listPrograms', () => {
  it('lists cdylib members by directory name, not package name, and skips rlibs', () => {
    workspace('["*"]');
    crate('sdk', 'keel-sdk', 'rlib');
    crate('staking', 'keel-staking', 'cdylib');
    crate('governance', 'governance', 'cdylib');
    expect(listPrograms(root).map((p) => [p.name, p.package])).toEqual([
      ['governance', 'governance'],
      ['staking', 'keel-staking'],
    ]);
  });

  it('says which directory to exclude when a non-crate directory matches the glob', () => {
    workspace('["*"]');
    crate('staking', 'staking', 'cdylib');
    mkdirSync(path.join(root, 'test-support'));
    expect(() => listPrograms(root)).toThrow(/test-support\/ is not a crate: add "test-support" to `exclude`/);
  });

  it('refuses a crate directory that is not a member (it would never be deployed)', () => {
    workspace('["staking"]');
    crate('staking', 'staking', 'cdylib');
    crate('governance', 'governance', 'cdylib');
    expect(() => listPrograms(root)).toThrow(/governance\/ .* is not a workspace member: add "governance" to `members`/);
  });
});

describe('selectPrograms', () => {
  const all = [
    { name: 'probe', package: 'probe', dir: '/p' },
    { name: 'staking', package: 'staking', dir: '/s' },
  ];
  it('keeps the named programs, or all', () => {
    expect(selectPrograms(all, ['staking']).map((p) => p.name)).toEqual(['staking']);
    expect(selectPrograms(all, []).map((p) => p.name)).toEqual(['probe', 'staking']);
  });
  it('names unknown programs and lists the real ones', () => {
    expect(() => selectPrograms(all, ['stakin'])).toThrow('unknown program(s): stakin. Programs: probe, staking');
  });
});
