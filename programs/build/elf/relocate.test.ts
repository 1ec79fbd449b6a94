import { describe, expect, it } from 'vitest';
import { call, exit, lddw, makeObject, mov0, sectionSymbol, u64le, DATA } from '../tests/helpers/objects';
import { callTargets, checkInstructions, readImm, readLddwImm, readU64, rewriteCallx } from './bpf';
import { R_BPF_64_32, R_BPF_64_64, R_BPF_64_ABS32, R_BPF_64_ABS64, R_BPF_64_NODYLD32, SHT_PROGBITS } from './constants';
import { ConvertError } from './errors';
import { mergeSections } from './merge';
import { applyRelocations, type Bases } from './relocate';
import type { ObjectFile } from './reader';

// Output addresses as the writer would place them: .text after 4 program headers, .rodata after it.
const BASES: Bases = { text: 0x120, rodata: 0x200 };

function relocate(obj: ObjectFile, bases = BASES) {
  const merged = mergeSections(obj);
  const syscalls = applyRelocations(obj, merged, bases);
  return { merged, syscalls };
}

function expectError(fn: () => unknown, code: string, message: RegExp) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConvertError);
    expect((e as ConvertError).code).toBe(code);
    expect((e as Error).message).toMatch(message);
    return;
  }
  throw new Error(`expected a ${code} error`);
}

describe('R_BPF_64_64 (lddw)', () => {
  it('writes 0x1_0000_0000 + S + A split over the two immediates', () => {
    // .rodata.a (3 bytes) then .rodata.b: the symbol is .rodata.b's section symbol, A = 0x10.
    const obj = makeObject(
      [{ name: '.text', bytes: [...lddw(1, 0x10n), ...exit()] }, { name: '.rodata.a', bytes: [1, 2, 3] }, { name: '.rodata.b', bytes: new Array(32).fill(7), align: 8 }],
      [sectionSymbol(3)],
      [{ target: '.text', entries: [{ offset: 0, type: R_BPF_64_64, symbol: 1 }] }],
    );
    const { merged } = relocate(obj);
    // .rodata.b lands at offset 8 (3 bytes, aligned up to 8) → address 0x200 + 8.
    expect(merged.placements.get(3)).toEqual({ kind: 'rodata', offset: 8 });
    const text = merged.text.bytes;
    expect(readLddwImm(text, 0)).toBe(0x1_0000_0000n + 0x208n + 0x10n);
    expect([...text.subarray(4, 8)]).toEqual([0x18, 0x02, 0, 0]); // low half: 0x0000_0218
    expect([...text.subarray(12, 16)]).toEqual([1, 0, 0, 0]); // high half: 1
    expect(text[0]).toBe(0x18); // opcode and registers untouched
    expect(text[1]).toBe(1);
  });

  it('refuses it on an instruction that is not lddw', () => {
    const obj = makeObject([{ name: '.text', bytes: [...mov0(0), ...exit()] }, { name: '.rodata', bytes: [1] }], [sectionSymbol(2)], [
      { target: '.text', entries: [{ offset: 0, type: R_BPF_64_64, symbol: 1 }] },
    ]);
    expectError(() => relocate(obj), 'unsupported-relocation', /R_BPF_64_64 at \.text\+0x0 .*lddw/);
  });

  it('refuses the address of an undefined symbol', () => {
    const obj = makeObject([{ name: '.text', bytes: [...lddw(1, 0n), ...exit()] }], [{ name: 'sol_log_', value: 0, shndx: 0 }], [
      { target: '.text', entries: [{ offset: 0, type: R_BPF_64_64, symbol: 1 }] },
    ]);
    expectError(() => relocate(obj), 'undefined-symbol', /address of `sol_log_`/);
  });
});

describe('R_BPF_64_ABS64 (data)', () => {
  it('writes the absolute address of a function into read-only data', () => {
    // A function-pointer table: f at .text+0x10, addend 8 already in place.
    const obj = makeObject(
      [{ name: '.text', bytes: [...mov0(1), ...exit(), ...mov0(2), ...exit()] }, { name: '.data.rel.ro', bytes: u64le(8n), flags: DATA, align: 8 }],
      [{ name: 'f', value: 0x10, shndx: 1 }],
      [{ target: '.data.rel.ro', entries: [{ offset: 0, type: R_BPF_64_ABS64, symbol: 1 }] }],
    );
    const { merged } = relocate(obj);
    expect(readU64(merged.rodata.bytes, 0)).toBe(0x1_0000_0000n + 0x120n + 0x10n + 8n);
  });
});

describe('R_BPF_64_32 (call)', () => {
  it('turns a call to a function in another section into a pc-relative call', () => {
    // .text: call cold; exit.  .text.unlikely.: mov; exit.  Merged: .text.unlikely. at +16.
    const obj = makeObject(
      [{ name: '.text', bytes: [...call(), ...exit()] }, { name: '.text.unlikely.', bytes: [...mov0(3), ...exit()] }],
      [{ name: 'cold', value: 0, shndx: 2 }],
      [{ target: '.text', entries: [{ offset: 0, type: R_BPF_64_32, symbol: 1 }] }],
    );
    const { merged, syscalls } = relocate(obj);
    expect(syscalls).toEqual([]);
    // call at pc 36 (0x120 / 8), target pc 38: imm = 38 - (36 + 1) = 1
    expect(readImm(merged.text.bytes, 0)).toBe(1);
    expect([...callTargets(merged.text.bytes)]).toEqual([2]); // text-relative pc of `cold`
  });

  it('honours an addend in the immediate (section symbol + offset)', () => {
    // LLVM writes imm = offset/8 - 1 for `section + offset`: here offset 16 → imm 1.
    const obj = makeObject(
      [{ name: '.text', bytes: [...call(1), ...exit()] }, { name: '.text.unlikely.', bytes: [...mov0(1), ...exit(), ...mov0(2), ...exit()] }],
      [sectionSymbol(2)],
      [{ target: '.text', entries: [{ offset: 0, type: R_BPF_64_32, symbol: 1 }] }],
    );
    const { merged } = relocate(obj);
    // target = .text.unlikely. + 16 = text pc 4; call at pc 0 → imm 3
    expect(readImm(merged.text.bytes, 0)).toBe(3);
  });

  it('keeps a syscall as imm = -1, clears src and records the call site', () => {
    const obj = makeObject(
      [{ name: '.text', bytes: [...mov0(0), ...call(), ...exit()] }],
      [{ name: 'sol_log_', value: 0, shndx: 0 }],
      [{ target: '.text', entries: [{ offset: 8, type: R_BPF_64_32, symbol: 1 }] }],
    );
    const { merged, syscalls } = relocate(obj);
    expect(readImm(merged.text.bytes, 8)).toBe(-1);
    expect(merged.text.bytes[9]).toBe(0);
    expect(syscalls).toEqual([{ offset: 0x120 + 8, name: 'sol_log_' }]);
  });

  it('refuses an undefined function that is not a syscall', () => {
    const obj = makeObject([{ name: '.text', bytes: [...call(), ...exit()] }], [{ name: 'sol_lgo_', value: 0, shndx: 0 }], [
      { target: '.text', entries: [{ offset: 0, type: R_BPF_64_32, symbol: 1 }] },
    ]);
    expectError(() => relocate(obj), 'unknown-syscall', /`sol_lgo_`, which is not a Solana syscall/);
  });

  it('points a memcpy call at the sol_memcpy_ syscall', () => {
    const obj = makeObject([{ name: '.text', bytes: [...call(), ...exit()] }], [{ name: 'memcpy', value: 0, shndx: 0 }], [
      { target: '.text', entries: [{ offset: 0, type: R_BPF_64_32, symbol: 1 }] },
    ]);
    expectError(() => relocate(obj), 'unknown-syscall', /sol_memcpy_/);
  });
});

describe('unsupported relocations', () => {
  it.each([
    [R_BPF_64_ABS32, 'R_BPF_64_ABS32'],
    [R_BPF_64_NODYLD32, 'R_BPF_64_NODYLD32'],
    [77, 'type 77'],
  ])('refuses type %i in a loaded section, naming it', (type, name) => {
    const obj = makeObject([{ name: '.text', bytes: [...mov0(0), ...exit()] }, { name: '.rodata.table', bytes: [0, 0, 0, 0] }], [{ name: 'entrypoint', value: 0, shndx: 1 }], [
      { target: '.rodata.table', entries: [{ offset: 0, type, symbol: 1 }] },
    ]);
    expectError(() => relocate(obj), 'unsupported-relocation', new RegExp(`unsupported relocation ${name} at \\.rodata\\.table\\+0x0 against \`entrypoint\``));
  });

  it('ignores relocations of sections that are not loaded (debug info)', () => {
    const obj = makeObject(
      [{ name: '.text', bytes: [...mov0(0), ...exit()] }, { name: '.debug_info', bytes: [0, 0, 0, 0], flags: 0, type: SHT_PROGBITS }],
      [{ name: 'entrypoint', value: 0, shndx: 1 }],
      [{ target: '.debug_info', entries: [{ offset: 0, type: R_BPF_64_ABS32, symbol: 1 }] }],
    );
    expect(relocate(obj).syscalls).toEqual([]);
  });
});

describe('instruction fixes and checks', () => {
  it('moves the callx register from dst into imm (SBPFv0 reads reg[imm])', () => {
    const text = new Uint8Array([...[0x8d, 0x02, 0, 0, 0, 0, 0, 0], ...exit()]);
    expect(rewriteCallx(text)).toBe(1);
    expect(text[1]).toBe(0);
    expect(readImm(text, 0)).toBe(2);
  });

  it('does not mistake the second slot of lddw for an instruction', () => {
    // lddw whose high half is 0x8d: a naive scan would see a callx in slot 2.
    const text = new Uint8Array([...lddw(1, 0x8d_0000_0000n), ...exit()]);
    const before = [...text];
    expect(rewriteCallx(text)).toBe(0);
    expect([...text]).toEqual(before);
  });

  it('refuses JMP32 instructions (cpu v3)', () => {
    const jeq32 = [0x16, 0x01, 1, 0, 0, 0, 0, 0];
    expectError(() => checkInstructions(new Uint8Array([...jeq32, ...exit(), ...exit()])), 'bad-instruction', /JMP32/);
  });

  it('refuses a call outside .text', () => {
    expectError(() => callTargets(new Uint8Array([...call(5), ...exit()])), 'bad-instruction', /outside \.text/);
  });
});
