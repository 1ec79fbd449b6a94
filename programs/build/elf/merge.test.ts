import { describe, expect, it } from 'vitest';
import { DATA, exit, makeObject, mov0 } from '../tests/helpers/objects';
import { SHT_NOBITS } from './constants';
import { demangle } from './demangle';
import { ConvertError } from './errors';
import { mergeSections } from './merge';

function expectWritable(fn: () => unknown, message: RegExp) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConvertError);
    expect((e as ConvertError).code).toBe('writable-data');
    expect((e as Error).message).toMatch(message);
    return;
  }
  throw new Error('expected a writable-data error');
}

describe('mergeSections', () => {
  it('puts every executable section into .text, in input order, 8-aligned', () => {
    const obj = makeObject(
      [{ name: '.text', bytes: [...mov0(1), ...exit()] }, { name: '.rodata', bytes: [9] }, { name: '.text.unlikely.', bytes: [...mov0(2), ...exit()] }],
      [],
    );
    const m = mergeSections(obj);
    expect(m.text.bytes.length).toBe(32);
    expect(m.placements.get(1)).toEqual({ kind: 'text', offset: 0 });
    expect(m.placements.get(3)).toEqual({ kind: 'text', offset: 16 });
    expect(m.text.bytes[16 + 4]).toBe(2); // mov r0, 2 from .text.unlikely.
  });

  it('merges read-only sections with their alignment and keeps .data.rel.ro read-only', () => {
    const obj = makeObject(
      [
        { name: '.text', bytes: [...exit()] },
        { name: '.rodata.str1.1', bytes: [0x68, 0x69, 0] },
        { name: '.rodata.cst16', bytes: new Array(16).fill(1), align: 16 },
        { name: '.data.rel.ro', bytes: new Array(8).fill(2), flags: DATA, align: 8 },
      ],
      [],
    );
    const m = mergeSections(obj);
    expect(m.placements.get(2)).toEqual({ kind: 'rodata', offset: 0 });
    expect(m.placements.get(3)).toEqual({ kind: 'rodata', offset: 16 });
    expect(m.placements.get(4)).toEqual({ kind: 'rodata', offset: 32 });
    expect(m.rodata.align).toBe(16);
    expect(m.rodata.bytes.length).toBe(40);
  });

  it('refuses .data, naming the static that put it there', () => {
    const obj = makeObject([{ name: '.text', bytes: [...exit()] }, { name: '.data', bytes: [5, 0, 0, 0, 0, 0, 0, 0], flags: DATA }], [
      { name: '_RNvCs3G0UksSrVtk_14bad_static_mut7COUNTER.0', value: 0, shndx: 2, type: 1 },
    ]);
    expectWritable(() => mergeSections(obj), /writable data section \.data \(defined there: bad_static_mut::COUNTER\).*static mut/);
  });

  it('refuses .bss (zero-initialised static mut)', () => {
    const obj = makeObject([{ name: '.text', bytes: [...exit()] }, { name: '.bss', size: 8, type: SHT_NOBITS, flags: DATA }], []);
    expectWritable(() => mergeSections(obj), /writable data section \.bss/);
  });

  it('ignores sections that are not loaded', () => {
    const obj = makeObject([{ name: '.text', bytes: [...exit()] }, { name: '.comment', bytes: [1, 2, 3], flags: 0 }], []);
    const m = mergeSections(obj);
    expect(m.placements.has(2)).toBe(false);
    expect(m.rodata.bytes.length).toBe(0);
  });
});

describe('demangle (error messages only)', () => {
  it.each([
    ['_RNvCshcw2TPN4bOx_13bad_big_stack4fill', 'bad_big_stack::fill'],
    ['_RNvCs3G0UksSrVtk_14bad_static_mut7COUNTER.0', 'bad_static_mut::COUNTER'],
    ['_ZN8bigstack4fill17h0123456789abcdefE', 'bigstack::fill'],
    ['entrypoint', 'entrypoint'],
  ])('%s → %s', (mangled, plain) => expect(demangle(mangled)).toBe(plain));
});
