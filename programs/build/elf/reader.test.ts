import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, fixtureObject } from '../tests/helpers/fixtures';
import { call, exit, makeObject, toElf } from '../tests/helpers/objects';
import { EM_BPF, R_BPF_64_32, R_BPF_64_64, R_BPF_64_ABS64, SHF_EXECINSTR, STB_GLOBAL, STT_FUNC } from './constants';
import { ConvertError } from './errors';
import { readObject, type ObjectFile } from './reader';

// The converter's real input: the object rustc + LLVM leave after fat LTO of the hello fixture.
let bytes: Uint8Array;
let obj: ObjectFile;
beforeAll(async () => {
  bytes = new Uint8Array(readFileSync(await fixtureObject('hello')));
  obj = readObject(bytes);
}, BUILD_TIMEOUT);

describe('readObject on a rustc-produced object', () => {
  it('finds the executable sections (the cold panic path in .text.unlikely.) and the read-only data', () => {
    const text = obj.sections.filter((s) => s.flags & SHF_EXECINSTR);
    expect(text.map((s) => s.name)).toEqual(['.text', '.text.unlikely.']);
    for (const s of text) expect(s.size % 8).toBe(0);
    expect(obj.sections.some((s) => s.name.startsWith('.rodata'))).toBe(true);
    // The fn-pointer table lands in .data.rel.ro (writable in the object, read-only for us).
    expect(obj.sections.some((s) => s.name === '.data.rel.ro')).toBe(true);
  });

  it('reads the entrypoint as a global function in .text', () => {
    const entry = obj.symbols.find((s) => s.name === 'entrypoint')!;
    expect(entry).toBeDefined();
    expect(entry.type).toBe(STT_FUNC);
    expect(entry.bind).toBe(STB_GLOBAL);
    expect(obj.sections[entry.shndx]!.name).toBe('.text');
    expect(entry.size).toBeGreaterThan(0);
  });

  it('reads the relocations the converter has to apply', () => {
    const all = obj.relocations.flatMap((t) => t.entries.map((e) => ({ ...e, table: t, sym: obj.symbols[e.symbol]! })));
    const syscalls = all.filter((r) => r.type === R_BPF_64_32 && r.sym.shndx === 0).map((r) => r.sym.name);
    expect(new Set(syscalls)).toEqual(new Set(['abort', 'sol_log_', 'sol_log_64_']));
    // Calls between .text and .text.unlikely. go through section symbols (+ addend in imm).
    const crossCalls = all.filter((r) => r.type === R_BPF_64_32 && r.sym.shndx !== 0);
    expect(new Set(crossCalls.map((r) => `${obj.sections[r.table.target]!.name}→${obj.sections[r.sym.shndx]!.name}`))).toEqual(
      new Set(['.text→.text.unlikely.', '.text.unlikely.→.text']),
    );
    // lddw of rodata addresses, and the table's 64-bit function addresses.
    expect(all.some((r) => r.type === R_BPF_64_64 && obj.sections[r.table.target]!.name === '.text')).toBe(true);
    const tableRelocs = all.filter((r) => obj.sections[r.table.target]!.name === '.data.rel.ro');
    expect(tableRelocs.map((r) => r.type)).toEqual([R_BPF_64_ABS64, R_BPF_64_ABS64]);
    // Each relocation points inside its section; REL, not RELA.
    for (const r of all) {
      expect(r.table.rela).toBe(false);
      expect(r.offset).toBeLessThan(obj.sections[r.table.target]!.size);
    }
  });

  it('returns copies of section data, so patching them leaves the input intact', () => {
    const text = obj.sections.find((s) => s.name === '.text')!;
    const before = bytes[text.offset];
    text.data[0] = (text.data[0]! + 1) & 0xff;
    expect(bytes[text.offset]).toBe(before);
    text.data[0] = before!;
  });
});

describe('readObject refuses what is not a BPF relocatable object', () => {
  const expectBad = (input: Uint8Array, message: RegExp) => {
    try {
      readObject(input);
    } catch (e) {
      expect(e).toBeInstanceOf(ConvertError);
      expect((e as ConvertError).code).toBe('bad-object');
      expect((e as Error).message).toMatch(message);
      return;
    }
    throw new Error('expected readObject to throw');
  };

  it('rejects non-ELF bytes', () => expectBad(new TextEncoder().encode('#!/bin/sh\necho not an object\n'.repeat(4)), /not an ELF/));

  it('rejects another machine', () => {
    const copy = new Uint8Array(bytes);
    new DataView(copy.buffer).setUint16(18, 62, true); // EM_X86_64
    expectBad(copy, new RegExp(`e_machine is 62, expected ${EM_BPF}`));
  });

  it('rejects a shared object as input', () => {
    const copy = new Uint8Array(bytes);
    new DataView(copy.buffer).setUint16(16, 3, true); // ET_DYN
    expectBad(copy, /e_type is 3/);
  });

  it('rejects section headers past the end of the file', () => {
    expectBad(bytes.subarray(0, bytes.length - 64), /section headers run past/);
  });
});

describe('readObject on a serialised hand-made object', () => {
  it('round-trips sections, symbols and relocations', () => {
    const made = makeObject([{ name: '.text', bytes: [...call(), ...exit()] }], [{ name: 'sol_log_', value: 0, shndx: 0 }], [
      { target: '.text', entries: [{ offset: 0, type: R_BPF_64_32, symbol: 1 }] },
    ]);
    const back = readObject(toElf(made));
    expect(back.sections.slice(0, 2).map((s) => [s.name, [...s.data]])).toEqual(made.sections.slice(0, 2).map((s) => [s.name, [...s.data]]));
    expect(back.symbols.map((s) => [s.name, s.shndx])).toEqual(made.symbols.map((s) => [s.name, s.shndx]));
    expect(back.relocations).toEqual([{ target: 1, name: '.rel.text', entries: made.relocations[0]!.entries, rela: false }]);
  });
});
