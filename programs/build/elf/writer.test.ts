import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, fixtureObject } from '../tests/helpers/fixtures';
import { inspect, section, type OutElf } from '../tests/helpers/inspect';
import { call, exit, makeObject, mov0, toElf } from '../tests/helpers/objects';
import { convert } from './convert';
import { ConvertError } from './errors';
import { mergeSections } from './merge';
import { applyRelocations } from './relocate';
import { planLayout, writeSharedObject } from './writer';
import { R_BPF_64_32 } from './constants';

const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const DT = { SYMTAB: 6, STRTAB: 5, STRSZ: 10, SYMENT: 11, REL: 17, RELSZ: 18, RELENT: 19 };

function dynamic(elf: OutElf): Map<number, number> {
  const d = section(elf, '.dynamic');
  const tags = new Map<number, number>();
  for (let at = d.offset; at < d.offset + d.size; at += 16) {
    const tag = Number(elf.view.getBigUint64(at, true));
    if (tag === 0) break;
    tags.set(tag, Number(elf.view.getBigUint64(at + 8, true)));
  }
  return tags;
}

/** The SBPFv0 loader's requirements, checked on any output. */
function checkLayout(elf: OutElf) {
  expect([...elf.bytes.subarray(0, 4)]).toEqual([0x7f, 0x45, 0x4c, 0x46]);
  expect(elf.type).toBe(3); // ET_DYN
  expect(elf.machine).toBe(247); // EM_BPF
  expect(elf.flags).toBe(0); // SBPFv0
  expect(elf.osabi).toBe(0);
  expect(elf.phoff).toBe(64);

  // Exactly one .text; the entry inside it, on an instruction boundary.
  expect(elf.sections.filter((s) => s.name === '.text')).toHaveLength(1);
  const text = section(elf, '.text');
  expect(elf.entry % 8).toBe(0);
  expect(elf.entry).toBeGreaterThanOrEqual(text.addr);
  expect(elf.entry).toBeLessThan(text.addr + text.size);

  // Names fit the loader's 16-byte window; no writable data sections.
  for (const s of elf.sections) {
    expect(s.name.length).toBeLessThanOrEqual(15);
    expect(s.name.startsWith('.bss') || (s.name.startsWith('.data') && !s.name.startsWith('.data.rel'))).toBe(false);
    expect(s.flags & 1).toBe(0); // SHF_WRITE
  }

  // Loaded sections: sh_addr == sh_offset; all sections ascending and non-overlapping;
  // nothing overlaps the headers or the section header table.
  const ordered = elf.sections.slice(1);
  let end = 64 + elf.phdrs.length * 56;
  for (const s of ordered) {
    if (s.flags & 2) expect(s.addr).toBe(s.offset);
    expect(s.offset).toBeGreaterThanOrEqual(end);
    end = s.offset + s.size;
  }
  expect(elf.shoff).toBeGreaterThanOrEqual(end);
  expect(elf.shoff % 8).toBe(0);
  expect(elf.shoff + elf.sections.length * 64).toBe(elf.bytes.length);

  // Program headers: PT_LOADs ascending, each covering loaded sections exactly; PT_DYNAMIC = .dynamic.
  const loads = elf.phdrs.filter((p) => p.type === PT_LOAD);
  expect(loads.map((p) => p.vaddr)).toEqual([...loads.map((p) => p.vaddr)].sort((a, b) => a - b));
  for (const p of elf.phdrs) {
    expect(p.vaddr).toBe(p.offset);
    expect(p.filesz).toBe(p.memsz);
  }
  expect(loads[0]).toMatchObject({ offset: text.offset, filesz: text.size, flags: 5 });
  const dyn = section(elf, '.dynamic');
  expect(elf.phdrs.find((p) => p.type === PT_DYNAMIC)).toMatchObject({ offset: dyn.offset, filesz: dyn.size });

  // .dynamic points at the sections the loader looks up by address; tables are 8-aligned.
  const tags = dynamic(elf);
  const dynsym = section(elf, '.dynsym');
  const dynstr = section(elf, '.dynstr');
  expect(tags.get(DT.SYMTAB)).toBe(dynsym.addr);
  expect(tags.get(DT.SYMENT)).toBe(24);
  expect(tags.get(DT.STRTAB)).toBe(dynstr.addr);
  expect(tags.get(DT.STRSZ)).toBe(dynstr.size);
  for (const s of [dyn, dynsym]) expect(s.offset % 8).toBe(0);
  return { text, tags };
}

let hello: OutElf;
let helloSyscalls: string[];
beforeAll(async () => {
  const result = convert(readFileSync(await fixtureObject('hello')));
  hello = inspect(result.so);
  helloSyscalls = result.syscalls;
}, BUILD_TIMEOUT);

describe('the .so written for a real program (hello fixture)', () => {
  it('meets the loader layout invariants', () => {
    checkLayout(hello);
    expect(hello.sections.map((s) => s.name)).toEqual(['', '.text', '.rodata', '.dynamic', '.dynsym', '.dynstr', '.rel.dyn', '.shstrtab']);
    expect(hello.phdrs.map((p) => p.type)).toEqual([PT_LOAD, PT_LOAD, PT_LOAD, PT_DYNAMIC]);
  });

  it('has a .rel.dyn entry of type 10 on each syscall call, naming an undefined dynsym', () => {
    const { text, tags } = checkLayout(hello);
    const rel = section(hello, '.rel.dyn');
    const dynsym = section(hello, '.dynsym');
    const dynstr = section(hello, '.dynstr');
    expect(tags.get(DT.REL)).toBe(rel.addr);
    expect(tags.get(DT.RELSZ)).toBe(rel.size);
    expect(tags.get(DT.RELENT)).toBe(16);
    const names = new Set<string>();
    for (let at = rel.offset; at < rel.offset + rel.size; at += 16) {
      const offset = Number(hello.view.getBigUint64(at, true));
      const info = hello.view.getBigUint64(at + 8, true);
      expect(Number(info & 0xffffffffn)).toBe(10);
      // r_offset is a file offset inside .text, at a `call -1` with src 0.
      expect(offset).toBeGreaterThanOrEqual(text.offset);
      expect(offset).toBeLessThan(text.offset + text.size);
      expect(hello.bytes[offset]).toBe(0x85);
      expect(hello.bytes[offset + 1]).toBe(0);
      expect(hello.view.getInt32(offset + 4, true)).toBe(-1);
      const sym = dynsym.offset + Number(info >> 32n) * 24;
      expect(hello.view.getUint16(sym + 6, true)).toBe(0); // SHN_UNDEF
      expect(hello.bytes[sym + 4]! >> 4).toBe(1); // STB_GLOBAL
      let end = dynstr.offset + hello.view.getUint32(sym, true);
      const start = end;
      while (hello.bytes[end] !== 0) end++;
      names.add(Buffer.from(hello.bytes.subarray(start, end)).toString());
    }
    expect([...names].sort()).toEqual(helloSyscalls);
    expect(helloSyscalls).toEqual(['abort', 'sol_log_', 'sol_log_64_']);
  });

  it('leaves no relocatable call behind: every call is a syscall (-1) or lands inside .text', () => {
    const text = section(hello, '.text');
    for (let at = text.offset; at < text.offset + text.size; at += 8) {
      const op = hello.bytes[at];
      if (op === 0x18) {
        at += 8;
        continue;
      }
      if (op !== 0x85) continue;
      const imm = hello.view.getInt32(at + 4, true);
      if (imm === -1) continue;
      const target = (at - text.offset) / 8 + 1 + imm;
      expect(target).toBeGreaterThanOrEqual(0);
      expect(target).toBeLessThan(text.size / 8);
    }
  });
});

describe('layout edge cases', () => {
  it('omits .rodata and .rel.dyn when a program has neither data nor syscalls', () => {
    const obj = makeObject([{ name: '.text', bytes: [...mov0(0), ...exit()] }], [{ name: 'entrypoint', value: 0, shndx: 1 }]);
    const elf = inspect(convert(toElf(obj)).so);
    const { tags } = checkLayout(elf);
    expect(elf.sections.map((s) => s.name)).toEqual(['', '.text', '.dynamic', '.dynsym', '.dynstr', '.shstrtab']);
    expect(elf.phdrs.map((p) => p.type)).toEqual([PT_LOAD, PT_LOAD, PT_DYNAMIC]);
    // DT_RELSZ = 0 is rejected by the loader, so there is no DT_REL at all.
    expect(tags.has(DT.REL)).toBe(false);
    expect(tags.has(DT.RELSZ)).toBe(false);
  });

  it('is deterministic: one input, one output, whatever the call order of syscalls', () => {
    const obj = () =>
      makeObject(
        [{ name: '.text', bytes: [...call(), ...call(), ...mov0(0), ...exit()] }],
        [
          { name: 'sol_log_64_', value: 0, shndx: 0 },
          { name: 'sol_log_', value: 0, shndx: 0 },
          { name: 'entrypoint', value: 0, shndx: 1 },
        ],
        [{ target: '.text', entries: [{ offset: 8, type: R_BPF_64_32, symbol: 2 }, { offset: 0, type: R_BPF_64_32, symbol: 1 }] }],
      );
    const write = (o: ReturnType<typeof obj>) => {
      const merged = mergeSections(o);
      const layout = planLayout(merged.text.bytes.length, 0, 1);
      const syscalls = applyRelocations(o, merged, { text: layout.textOffset, rodata: layout.rodataOffset });
      return writeSharedObject({ layout, text: merged.text.bytes, rodata: merged.rodata.bytes, rodataAlign: 1, entry: layout.textOffset, syscalls });
    };
    const a = write(obj());
    const b = write(obj());
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const elf = inspect(a);
    checkLayout(elf);
    // dynsym is sorted by name: sol_log_ (1) before sol_log_64_ (2); .rel.dyn by offset.
    const rel = section(elf, '.rel.dyn');
    expect(Number(elf.view.getBigUint64(rel.offset + 8, true) >> 32n)).toBe(2); // call at +0 → sol_log_64_
    expect(Number(elf.view.getBigUint64(rel.offset + 24, true) >> 32n)).toBe(1); // call at +8 → sol_log_
  });

  it('refuses an object without an entrypoint', () => {
    const obj = makeObject([{ name: '.text', bytes: [...mov0(0), ...exit()] }], [{ name: 'process_instruction', value: 0, shndx: 1 }]);
    expect(() => convert(toElf(obj))).toThrow(ConvertError);
    expect(() => convert(toElf(obj))).toThrow(/no `entrypoint` function/);
  });
});
