/**
 * programs/idl/probe.ts against programs/probe/src/interface/: instruction
 * discriminators, account roles, data sizes and offsets, the report and
 * record layouts, enum values, errors, PDA seeds and the id.
 */
import { camelCase } from 'codama';
import { describe, expect, it } from 'vitest';
import {
  expectErrorsMatchRust,
  expectInstructionsMatchRust,
  expectProgramIdMatchesRust,
  expectSeedsMatchRust,
  fixedSize,
  rustDataFields,
  rustInterface,
  structLayout,
} from './drift.testing';
import { probeIdl } from './probe';

const read = rustInterface('probe');
const program = probeIdl.program;
const constant = (src: string, name: string) => Number(new RegExp(`pub const ${name}: \\w+ = (\\d+);`).exec(src)?.[1]);

describe('probe IDL against the Rust interface', () => {
  it('has every instruction with its discriminator, account roles and data size', () => {
    expectInstructionsMatchRust(probeIdl, read('instruction.rs'));
  });

  it('puts every argument at the offset instruction.rs documents', () => {
    const src = read('instruction.rs');
    for (const ix of program.instructions) {
      const constName = ix.name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
      const layout = structLayout(program, { kind: 'structTypeNode', fields: ix.arguments.map((a) => ({ kind: 'structFieldTypeNode', name: a.name, type: a.type })) });
      const idl = layout.filter(([name]) => name !== 'discriminator').map(([name, offset]) => [name, offset]);
      const rust = rustDataFields(src, constName);
      if (ix.name === 'checkAccounts') expect(idl).toEqual([['payload', 1]]);
      else expect(idl, ix.name).toEqual(rust);
    }
  });

  it('numbers the mul_div modes and fail kinds as instruction.rs', () => {
    const src = read('instruction.rs');
    const variants = (name: string) => {
      const type = program.definedTypes.find((t) => t.name === name)!.type;
      return type.kind === 'enumTypeNode' ? type.variants.map((v) => v.name) : [];
    };
    variants('mulDivMode').forEach((v, i) => expect(constant(src, `MUL_DIV_${v.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`), v).toBe(i));
    variants('failKind').forEach((v, i) => expect(constant(src, `FAIL_${v.toUpperCase()}`), v).toBe(i));
  });

  it('lays out the record as state.rs', () => {
    const src = read('state.rs');
    const record = program.accounts.find((a) => a.name === 'probeRecord')!;
    const rows = [...src.matchAll(/^\/\/\/\s+(\d+)\s+(?:u8|u64|\[u8; 32\])\s+(\w+)/gm)].map((m) => [m[2], Number(m[1])]);
    expect(structLayout(program, record.data).map(([name, offset]) => [name, offset])).toEqual(rows);
    expect(record.size).toBe(constant(src, 'LEN'));
    expect(fixedSize(program, record.data)).toBe(constant(src, 'LEN'));
    const discriminator = record.data.kind === 'structTypeNode' ? record.data.fields[0]?.defaultValue : undefined;
    expect(discriminator).toMatchObject({ kind: 'numberValueNode', number: constant(src, 'RECORD_DISCRIMINATOR') });
  });

  it('lays out the check_accounts report as instruction.rs and state.rs', () => {
    const ixSrc = read('instruction.rs');
    const stateSrc = read('state.rs');
    const report = program.accounts.find((a) => a.name === 'report')!;
    const entry = program.definedTypes.find((t) => t.name === 'reportEntry')!;
    const block = /Report layout[\s\S]*?```text\n([\s\S]*?)```/.exec(ixSrc)![1]!;
    const header = [...block.matchAll(/^\/\/\/\s{1,2}(\d+)\s+(u8|u16|u64|u32|\[u8; 32\])\s/gm)].map((m) => Number(m[1]));
    const entries = [...block.matchAll(/^\/\/\/\s{5,}(\d+)\s+(u8|u16|u64|u32|\[u8; 32\])\s/gm)].map((m) => Number(m[1]));
    expect(structLayout(program, report.data).slice(0, -1).map(([, offset]) => offset)).toEqual(header);
    expect(structLayout(program, report.data).at(-1)).toEqual(['entries', constant(stateSrc, 'REPORT_HEADER_LEN'), null]);
    expect(structLayout(program, entry.type).map(([, offset]) => offset)).toEqual(entries);
    expect(fixedSize(program, entry.type)).toBe(constant(stateSrc, 'REPORT_ENTRY_LEN'));
  });

  it('has the clock event of instruction.rs: name part, then its fields in order', () => {
    const doc = /Event \(`Program data:`\): `"(\w+)"`, (.*)\./.exec(read('instruction.rs'))!;
    const sizes: Record<string, number> = { u64: 8, i64: 8 };
    const rust = doc[2]!.split(', ').map((f) => f.split(' ')).map(([name, type]) => [camelCase(name!), sizes[type!]]);
    const event = program.events.find((e) => e.name === doc[1])!;
    expect(event.discriminators).toEqual([{ kind: 'constantDiscriminatorNode', offset: 0, constant: expect.objectContaining({ value: expect.objectContaining({ string: doc[1] }) }) }]);
    const layout = structLayout(program, event.data);
    expect(layout.map(([name, , size]) => [name, size])).toEqual(rust);
  });

  it('has the errors of error.rs, the seeds of state.rs and the id of mod.rs', () => {
    expectErrorsMatchRust(probeIdl, read('error.rs'));
    expectSeedsMatchRust(probeIdl, read('state.rs'));
    expectProgramIdMatchesRust(probeIdl, read('mod.rs'));
  });
});
