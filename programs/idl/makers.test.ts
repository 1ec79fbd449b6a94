/**
 * programs/idl/makers.ts against programs/makers/src/interface/: instruction
 * discriminators, account roles, data sizes and offsets, update_config's
 * fields, the Config / Maker / SeasonStats / Fill / FillResult byte tables,
 * events, errors, PDA seeds and the id.
 */
import { camelCase, type TypeNode } from 'codama';
import { describe, expect, it } from 'vitest';
import {
  expectErrorsMatchRust,
  expectInstructionsMatchRust,
  expectProgramIdMatchesRust,
  expectSeedsMatchRust,
  fixedSize,
  rustInterface,
  structLayout,
} from './drift.testing';
import { makersIdl } from './makers';

const read = rustInterface('makers');
const program = makersIdl.program;
const constant = (src: string, name: string) => Number(new RegExp(`pub const ${name}: \\w+ = (\\d+);`).exec(src)?.[1]);
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
const TYPE_SIZE: Record<string, number> = { u8: 1, u16: 2, u32: 4, u64: 8, i64: 8, u128: 16 };
const typeSize = (t: string) => TYPE_SIZE[t] ?? Number(/\[u8; (\d+)\]/.exec(t)?.[1]);
const struct = (fields: { name: string; type: TypeNode }[]): TypeNode =>
  ({ kind: 'structTypeNode', fields: fields.map((f) => ({ kind: 'structFieldTypeNode', name: f.name, type: f.type })) }) as TypeNode;

/** `[name, offset, size]` rows of a ```text table (`off size field ...`), camelCase. */
function tableRows(block: string, prefix: string): [string, number, number][] {
  return [...block.matchAll(new RegExp(`^${prefix}\\s+(\\d+)\\s+(\\d+) (\\w+)`, 'gm'))].map((m) => [camelCase(m[3]!), Number(m[1]), Number(m[2])]);
}

/** The doc block above `pub const NAME: u8`. */
const docOf = (src: string, name: string) => new RegExp(`((?:^\\s*///.*\\n)+)\\s*pub const ${name}: u8`, 'm').exec(src)?.[1] ?? '';

/** Backticked `` `offset type name` `` fields of an instruction's `Data` paragraph after byte 0 (keys included). */
function dataFields(src: string, name: string): [string, number][] {
  const data = /Data[^:]*:(.*(?:\n\s*\/\/\/ (?!\s*$).*)*)/.exec(docOf(src, name))?.[1] ?? '';
  return [...data.matchAll(/`(\d+) (u8|u16|u32|u64|u128|i64|\[u8; \d+\]) ([a-z][a-z ]*)`/g)].map((m) => [camelCase(m[3]!.trim()), Number(m[1])]);
}

describe('makers IDL against the Rust interface', () => {
  const ixSrc = read('instruction.rs');

  it('has every instruction with its discriminator, account roles and data size', () => {
    expectInstructionsMatchRust(makersIdl, ixSrc);
  });

  it('puts every argument at the offset instruction.rs documents', () => {
    for (const ix of program.instructions) {
      const layout = structLayout(program, struct(ix.arguments)).filter(([name]) => name !== 'discriminator');
      const idl = layout.map(([name, offset]) => [name, offset]);
      const rust = dataFields(ixSrc, snake(ix.name));
      if (ix.name === 'updateConfig') {
        expect(rust).toEqual([['field', 1]]);
        expect(idl).toEqual([['update', 1]]);
      } else if (ix.name === 'recordFills') {
        expect(idl).toEqual([...rust, ['fills', constant(ixSrc, 'FILLS_OFFSET')]]);
      } else {
        expect(idl, ix.name).toEqual(rust);
      }
    }
  });

  it("numbers update_config's fields and gives each the data instruction.rs lists", () => {
    const type = program.definedTypes.find((t) => t.name === 'configUpdate')!.type;
    if (type.kind !== 'enumTypeNode') throw new Error('configUpdate is not an enum');
    const doc = docOf(ixSrc, 'UPDATE_CONFIG');
    const lines = doc.split(/\n\s*\/\/\/ - /).slice(1).map((l) => l.replace(/\n\s*\/\/\/\s*/g, ' '));
    expect(lines.length).toBe(type.variants.length);
    type.variants.forEach((variant, i) => {
      expect(constant(ixSrc, snake(variant.name)), variant.name).toBe(i);
      const line = lines[i]!;
      expect(line.startsWith(`${i} \`${variant.name[0]!.toUpperCase()}${variant.name.slice(1)}\``), line).toBe(true);
      const rust = [...line.matchAll(/`(\w+): (u8|u16|u32|u64|i64|\[u8; 32\])`/g)].map((m) => [camelCase(m[1]!), typeSize(m[2]!)]);
      if (variant.kind !== 'enumStructVariantTypeNode' || variant.struct.kind !== 'structTypeNode') throw new Error(variant.name);
      const idl = variant.struct.fields.map((f) => [f.name, fixedSize(program, f.type)]);
      // SetVolatility's fields are named for the config's (threshold → volatilityThresholdBps).
      expect(idl.map(([, size]) => size), variant.name).toEqual(rust.map(([, size]) => size));
      if (variant.name !== 'setVolatility') expect(idl.map(([name]) => name), variant.name).toEqual(rust.map(([name]) => name));
    });
  });

  it('lays out the config as state/config.rs', () => {
    const src = read('state/config.rs');
    const config = program.accounts.find((a) => a.name === 'makersConfig')!;
    const rows = tableRows(/```text\n([\s\S]*?)```/.exec(src)![1]!, '//!');
    expect(structLayout(program, config.data)).toEqual(rows);
    expect(config.size).toBe(constant(src, 'LEN'));
    expect(fixedSize(program, config.data)).toBe(constant(src, 'LEN'));
    expect(config.data.kind === 'structTypeNode' && config.data.fields[0]?.defaultValue).toMatchObject({
      number: constant(read('state/mod.rs'), 'CONFIG_DISCRIMINATOR'),
    });
  });

  it('lays out the maker and its season stats as state/maker.rs', () => {
    const src = read('state/maker.rs');
    const [makerTable, statsTable] = [...src.matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const maker = program.accounts.find((a) => a.name === 'maker')!;
    expect(structLayout(program, maker.data)).toEqual(tableRows(makerTable!, '//!'));
    const len = Number(/impl Maker \{\s*pub const LEN: usize = (\d+);/.exec(src)?.[1]);
    expect(maker.size).toBe(len);
    expect(fixedSize(program, maker.data)).toBe(len);
    const stats = program.definedTypes.find((t) => t.name === 'seasonStats')!;
    expect(structLayout(program, stats.type)).toEqual(tableRows(statsTable!, '//!'));
    expect(fixedSize(program, stats.type)).toBe(Number(/impl SeasonStats \{\s*pub const LEN: usize = (\d+);/.exec(src)?.[1]));
    expect(maker.data.kind === 'structTypeNode' && maker.data.fields[0]?.defaultValue).toMatchObject({
      number: constant(read('state/mod.rs'), 'MAKER_DISCRIMINATOR'),
    });
  });

  it('lays out a fill as instruction.rs and a fill result as event.rs', () => {
    const fill = program.definedTypes.find((t) => t.name === 'fill')!;
    const fillTable = /One fill of `record_fills`[\s\S]*?```text\n([\s\S]*?)```/.exec(ixSrc)![1]!;
    expect(structLayout(program, fill.type)).toEqual(tableRows(fillTable, '///'));
    expect(fixedSize(program, fill.type)).toBe(constant(ixSrc, 'FILL_LEN'));
    const eventSrc = read('event.rs');
    const result = program.definedTypes.find((t) => t.name === 'fillResult')!;
    const resultTable = /What one fill earned[\s\S]*?```text\n([\s\S]*?)```/.exec(eventSrc)![1]!;
    expect(structLayout(program, result.type)).toEqual(tableRows(resultTable, '///'));
  });

  it('has the events of event.rs: kind, then the fields in order', () => {
    const table = /```text\n([\s\S]*?)```/.exec(read('event.rs'))![1]!;
    // One entry per kind, continuation lines joined.
    const entries = table.split(/\n\/\/!\s+(?=\d+ [A-Z])/).slice(1).map((e) => e.replace(/\n\/\/!\s+/g, ' '));
    expect(entries.length).toBe(program.events.length);
    for (const entry of entries) {
      const [, kind, name, rest] = /^(\d+) (\w+)\s+(.*)$/.exec(entry.trim())!;
      const event = program.events.find((e) => e.name === camelCase(name!))!;
      expect(event, name).toBeDefined();
      expect(event.discriminators).toEqual([expect.objectContaining({ kind: 'constantDiscriminatorNode', offset: 0 })]);
      const fieldsText = rest!.split(';')[0]!.replace(/\([^)]*\)/g, '');
      const rust = fieldsText.split(',').map((f) => f.trim().split(/\s+/)).map(([n, t]) => [camelCase(n!), t ? typeSize(t) : 32]);
      const layout = structLayout(program, event.data);
      expect(layout.slice(0, 2)).toEqual([['kind', 0, 1], ['headerPadding', 1, 7]]);
      expect(layout.slice(2).map(([n, , size]) => [n, size]), name).toEqual(rust);
      const first = event.data.kind === 'structTypeNode' ? event.data.fields[0]?.defaultValue : undefined;
      expect(first, name).toMatchObject({ number: Number(kind) });
    }
  });

  it('has the errors of error.rs, the seeds of state/mod.rs and the id of mod.rs', () => {
    expectErrorsMatchRust(makersIdl, read('error.rs'));
    expectSeedsMatchRust(makersIdl, read('state/mod.rs'));
    expectProgramIdMatchesRust(makersIdl, read('mod.rs'));
  });
});
