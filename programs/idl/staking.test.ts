/**
 * programs/idl/staking.ts against programs/staking/src/interface/: instruction
 * discriminators, account roles and data fields, update_config's fields, the
 * Config / Position / Staker / Schedule byte tables and lengths, account
 * discriminators, enums, view_position's return data, events, errors, seeds
 * and the id.
 */
import { camelCase, type ProgramNode, type TypeNode } from 'codama';
import { describe, expect, it } from 'vitest';
import {
  expectErrorsMatchRust,
  expectEventsMatchRust,
  expectInstructionsMatchRust,
  expectProgramIdMatchesRust,
  expectSeedModMatchesRust,
  fixedSize,
  idlEnum,
  instructionDiscriminator,
  layoutOf,
  layoutRows,
  rustEnum,
  rustInstructions,
  rustInterface,
  rustTypeSize,
  sdkAddress,
  structLayout,
} from './drift.testing';
import { stakingIdl } from './staking';

const read = rustInterface('staking');
const program = stakingIdl.program;
const constant = (src: string, name: string) => Number(new RegExp(`pub const ${name}: \\w+ = ([\\d_]+);`).exec(src)?.[1]?.replaceAll('_', ''));
const struct = (fields: { name: string; type: TypeNode }[]): TypeNode =>
  ({ kind: 'structTypeNode', fields: fields.map((f) => ({ kind: 'structFieldTypeNode', name: f.name, type: f.type })) }) as TypeNode;
const TYPE = /(\w+): (u8|u16|u32|u64|i64|u128|\[u8; \d+\])/g;

/** `[name, size]` of the `name: type` pairs in backticks of a `Data:` paragraph, up to any return data. */
function dataFields(doc: string): [string, number][] {
  const data = /Data: (.*?)(?:Return data|$)/s.exec(doc.replace(/\n\s*\/\/\/\s*/g, ' '))?.[1] ?? '';
  if (/^none/.test(data)) return [];
  return [...data.matchAll(/`([^`]*)`/g)].flatMap((m) => [...m[1]!.matchAll(TYPE)].map((f): [string, number] => [camelCase(f[1]!), rustTypeSize(f[2]!)]));
}

const argFields = (program: ProgramNode, args: { name: string; type: TypeNode }[]) =>
  structLayout(program, struct(args))
    .filter(([name]) => name !== 'discriminator')
    .map(([name, , size]) => [name, size]);

/** The ```text table of `file` that starts with its `off size field` header. */
const table = (file: string) => [...read(file).matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1]!).find((t) => /^\/\/!\s+off\s+size\s+field/.test(t))!;

const account = (name: string) => program.accounts.find((a) => a.name === name)!;
const discriminatorOf = (data: TypeNode) => (data.kind === 'structTypeNode' && data.fields[0]?.defaultValue?.kind === 'numberValueNode' ? data.fields[0].defaultValue.number : undefined);

describe('staking IDL against the Rust interface', () => {
  const ixSrc = read('instruction.rs');

  it('has every instruction with its discriminator, account roles and data size', () => {
    expectInstructionsMatchRust(stakingIdl, ixSrc, { names: {} });
  });

  it('gives every instruction the data fields instruction.rs lists, in order and size', () => {
    const rust = rustInstructions(ixSrc);
    for (const r of rust) {
      const ix = program.instructions.find((i) => i.name === r.name)!;
      if (r.name === 'updateConfig') {
        expect(dataFields(r.doc)[0]).toEqual(['field', 1]);
        expect(argFields(program, ix.arguments)).toEqual([['update', null]]);
        continue;
      }
      expect(argFields(program, ix.arguments), r.name).toEqual(dataFields(r.doc));
    }
  });

  it("numbers update_config's fields as ConfigField and gives each the data instruction.rs lists", () => {
    const type = program.definedTypes.find((t) => t.name === 'configUpdate')!.type;
    if (type.kind !== 'enumTypeNode') throw new Error('configUpdate is not an enum');
    expect(type.variants.map((v) => v.name)).toEqual(rustEnum(ixSrc, 'ConfigField'));
    const doc = rustInstructions(ixSrc).find((r) => r.name === 'updateConfig')!.doc;
    const lines = doc
      .split(/\n\s*\/\/\/ - /)
      .slice(1)
      .map((l) => l.split(/\n\s*\/\/\/\s*\n/)[0]!.replace(/\n\s*\/\/\/\s*/g, ' '));
    expect(lines.length).toBe(type.variants.length);
    type.variants.forEach((variant, i) => {
      const line = lines[i]!;
      expect(line.startsWith(`${i} \`${variant.name[0]!.toUpperCase()}${variant.name.slice(1)}\``), line).toBe(true);
      if (variant.kind !== 'enumStructVariantTypeNode' || variant.struct.kind !== 'structTypeNode') throw new Error(variant.name);
      const idl = variant.struct.fields.map((f) => [f.name, fixedSize(program, f.type)]);
      if (variant.name === 'setTiers') {
        // 5 × `{ lock_secs: i64, multiplier_bps: u16 }`: 10 bytes a tier, no padding.
        expect(line).toContain('5 × `{ lock_secs: i64, multiplier_bps: u16 }`');
        expect(idl).toEqual([['tiers', 5 * 10]]);
        return;
      }
      const rust = [...line.matchAll(/`([^`]*)`/g)].flatMap((m) => [...m[1]!.matchAll(TYPE)].map((f) => [camelCase(f[1]!), rustTypeSize(f[2]!)]));
      expect(idl, variant.name).toEqual(rust);
    });
  });

  it('lays out the config, position and staker as their state files', () => {
    const mod = read('state/mod.rs');
    for (const [name, file, kind] of [
      ['stakingConfig', 'state/config.rs', 'Config'],
      ['position', 'state/position.rs', 'Position'],
      ['staker', 'state/staker.rs', 'Staker'],
    ] as const) {
      const src = read(file);
      const node = account(name);
      const rows = layoutRows(table(file)).map(([n, o, s]) => [/^reserved/.test(n) ? 'reserved' : n, o, s]);
      expect(layoutOf(program, node.data), file).toEqual(rows);
      const len = Number(new RegExp(`impl ${kind} \\{\\s*pub const LEN: usize = (\\d+);`).exec(src)?.[1]);
      expect(node.size, file).toBe(len);
      expect(fixedSize(program, node.data), file).toBe(len);
      expect(discriminatorOf(node.data), file).toBe(rustEnum(mod, 'AccountKind').indexOf(camelCase(kind)));
    }
    // A stored tier is 16 bytes, the no-lock multiplier at 240 (what readers of an ended lock use).
    const tier = program.definedTypes.find((t) => t.name === 'tier')!;
    expect(fixedSize(program, tier.type)).toBe(16);
    const config = read('state/config.rs');
    const tiers = structLayout(program, account('stakingConfig').data).find(([n]) => n === 'tiers')!;
    expect(tiers[1] + 8).toBe(constant(config, 'TIER0_MULTIPLIER_OFFSET'));
    expect(structLayout(program, account('stakingConfig').data).find(([n]) => n === 'syncedDay')![1]).toBe(constant(config, 'SYNCED_DAY_OFFSET'));
  });

  it('lays out the schedule as state/schedule.rs: header, ring, history', () => {
    const src = read('state/schedule.rs');
    const node = account('schedule');
    const layout = layoutOf(program, node.data);
    const rows = layoutRows(table('state/schedule.rs')).map(([n, o, s]) => [/^reserved/.test(n) ? 'reserved' : n, o, s]);
    // The rows up to the ring; the history's size is per day of room (`16×cap`).
    expect(layout.slice(0, -1)).toEqual(rows);
    const ringDays = constant(src, 'RING_DAYS');
    expect(layout.find(([n]) => n === 'ring')).toEqual(['ring', constant(src, 'RING_OFFSET'), ringDays * constant(src, 'RING_ENTRY_LEN')]);
    expect(layout.at(-1)).toEqual(['history', 56 + ringDays * 16, null]);
    expect(Number(/assert!\(HISTORY_OFFSET == ([\d_]+)\)/.exec(src)?.[1]?.replaceAll('_', ''))).toBe(56 + ringDays * 16);
    // The head as a type of its own is the account's first fields, 56 bytes.
    const header = program.definedTypes.find((t) => t.name === 'scheduleHeader')!;
    expect(layoutOf(program, header.type)).toEqual(layout.slice(0, -2));
    expect(fixedSize(program, header.type)).toBe(constant(src, 'RING_OFFSET'));
    const drop = program.definedTypes.find((t) => t.name === 'dayDrop')!;
    expect(structLayout(program, drop.type).map(([n, , s]) => [n, s])).toEqual([
      ['rewardWeightDrop', 8],
      ['votingPowerDrop', 8],
    ]);
    expect(discriminatorOf(node.data)).toBe(rustEnum(read('state/mod.rs'), 'AccountKind').indexOf('schedule'));
  });

  it('has the enums of the interface: penalty destination, authority kind', () => {
    const config = read('state/config.rs');
    expect(idlEnum(program, 'penaltyDestination')).toEqual(rustEnum(config, 'PenaltyDestination'));
    expect(idlEnum(program, 'authorityKind')).toEqual(rustEnum(config, 'AuthorityKind'));
  });

  it("lays out view_position's return data as instruction.rs", () => {
    const doc = rustInstructions(ixSrc).find((r) => r.name === 'viewPosition')!.doc.replace(/\n\s*\/\/\/\s*/g, ' ');
    const returned = /Return data \((\d+) bytes\): (.*)$/s.exec(doc)!;
    const rust = [...returned[2]!.matchAll(/`(\w+): (u8|u16|u64|i64|\[u8; \d+\])`/g)].map((m) => [camelCase(m[1]!), rustTypeSize(m[2]!)]);
    const view = program.definedTypes.find((t) => t.name === 'positionView')!;
    expect(structLayout(program, view.type).map(([n, , s]) => [n, s])).toEqual(rust);
    expect(fixedSize(program, view.type)).toBe(Number(returned[1]));
    expect(fixedSize(program, view.type)).toBe(constant(ixSrc, 'VIEW_POSITION_LEN'));
  });

  it('lists the instructions in discriminator order (the generated StakingInstruction enum is the discriminator)', () => {
    program.instructions.forEach((ix, i) => expect(instructionDiscriminator(ix), ix.name).toBe(i));
  });

  it('has the events of event.rs: 8-byte header, then the fields in order', () => {
    expectEventsMatchRust(stakingIdl, read('event.rs'), [
      ['kind', 0, 1],
      ['headerPadding', 1, 7],
    ]);
  });

  it("fills in lock_for_vote's Clock sysvar at the address instruction.rs and keel-sdk give", () => {
    const clock = program.instructions.find((i) => i.name === 'lockForVote')!.accounts.at(-1)!;
    expect(clock.name).toBe('clock');
    const address = clock.defaultValue?.kind === 'publicKeyValueNode' ? clock.defaultValue.publicKey : undefined;
    expect(address).toBe(sdkAddress('clock.rs', 'CLOCK_ID'));
    expect(rustInstructions(ixSrc).find((r) => r.name === 'lockForVote')!.doc).toContain(`\`[]\` the Clock sysvar (\`${address}\`)`);
  });

  it('has the errors of error.rs, the seeds and the id of mod.rs', () => {
    expectErrorsMatchRust(stakingIdl, read('error.rs'));
    expectSeedModMatchesRust(stakingIdl, read('mod.rs'));
    expectProgramIdMatchesRust(stakingIdl, read('mod.rs'));
  });
});
