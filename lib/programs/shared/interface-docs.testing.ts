/**
 * Test helpers (vitest): a program client checked against its program's
 * interface docs (`programs/<name>/src/interface/`), the Rust source being the
 * one description of the layouts, errors, events and instructions. Each
 * client's `client.test.ts` uses these; what is particular to a program stays
 * in its test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { ProgramErrorEntry } from './errors';

/** Reads the interface files of `programs/<program>/src/interface/`. */
export function interfaceDocs(program: 'staking' | 'governance') {
  const dir = path.resolve(__dirname, '../../../programs', program, 'src/interface');
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
  return {
    read,
    /** The error enum's variant names in order (`error.rs`). */
    errorNames: () => [...read('error.rs').matchAll(/^\s{4}([A-Z]\w+)(?: = 0)?,$/gm)].map((m) => m[1]),
    /** `[name, value]` of the `Name = n,` variant lines in `src` (an enum with explicit values). */
    variants: (src: string) => [...src.matchAll(/^\s{4}(\w+) = (\d+),$/gm)].map((m) => [m[1], Number(m[2])]),
    /** `//! off size field` rows of a layout table, in order: [field, offset, size]. */
    layout: (file: string): [string, number, number][] =>
      [...read(file).matchAll(/^\/\/!\s+(\d+)\s+(\d+)\s+([a-z_]+)/gm)].map((m) => [m[3]!, Number(m[1]), Number(m[2])]),
  };
}

/**
 * Expects the client's error table to list `error.rs`'s `count` variants in
 * code order, each with a message that is a sentence (shown to users as is).
 */
export function expectErrorTableMirrors(
  docs: ReturnType<typeof interfaceDocs>,
  table: Record<number, ProgramErrorEntry>,
  count: number,
): void {
  const names = docs.errorNames();
  expect(names.length).toBe(count);
  expect(Object.values(table).map((e) => e.name)).toEqual(names);
  for (const e of Object.values(table)) expect(e.message).toMatch(/^[A-Z].*\.$/);
}

/** A TypeScript enum's numeric members as `[name, value]` (what `variants` reads from the Rust enum). */
export const enumEntries = (e: object) => Object.entries(e).filter(([, v]) => typeof v === 'number');

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Expects each offset to be its field's row in `file`'s layout table, and the
 * rows to run contiguous from 0 to `len` (no field missed or overlapping).
 */
export function expectDocumentedLayout(
  docs: ReturnType<typeof interfaceDocs>,
  file: string,
  offsets: Readonly<Record<string, number>>,
  len: number,
): void {
  const rows = docs.layout(file);
  for (const [field, offset] of Object.entries(offsets)) {
    const row = rows.find(([name]) => camel(name) === field);
    expect(row?.[1], `${file} ${field}`).toBe(offset);
  }
  let next = 0;
  for (const [name, offset, size] of rows) {
    expect(offset, `${file} ${name}`).toBe(next);
    next = offset + size;
  }
  expect(next, file).toBe(len);
}

/** Each account's role as the interface docs write it: `s`, `w`, `sw` or `-`, space-separated. */
export const accountFlags = (ix: { keys: { isSigner: boolean; isWritable: boolean }[] }) =>
  ix.keys.map((k) => `${k.isSigner ? 's' : ''}${k.isWritable ? 'w' : ''}` || '-').join(' ');
