/**
 * programs/idl/governance.ts against programs/governance/src/interface/:
 * instruction discriminators, account roles, data sizes and offsets,
 * update_config's fields, the GovernanceConfig / Proposal / Action /
 * VoteRecord / VoterRecord byte tables and lengths, discriminators, enums,
 * events, errors, seeds and the id; and the staking offsets and instructions
 * governance relies on (`interface/staking.rs`) against the staking IDL.
 */
import { camelCase, type TypeNode } from 'codama';
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
import { governanceIdl } from './governance';
import { stakingIdl } from './staking';

const read = rustInterface('governance');
const program = governanceIdl.program;
const constant = (src: string, name: string) => Number(new RegExp(`pub const ${name}: \\w+ = ([\\d_]+);`).exec(src)?.[1]?.replaceAll('_', ''));
const struct = (fields: { name: string; type: TypeNode }[]): TypeNode =>
  ({ kind: 'structTypeNode', fields: fields.map((f) => ({ kind: 'structFieldTypeNode', name: f.name, type: f.type })) }) as TypeNode;
const FIELD = /`(\d+) (\w+) (u8|u16|u32|u64|i64|\[u8; \d+\])`/g;

/** `[name, offset]` of the `` `offset name type` `` fields of a `Data` paragraph (offsets after byte 0), as IDL offsets. */
const dataFields = (doc: string): [string, number][] =>
  [...(/Data[^:]*:(.*)$/s.exec(doc.replace(/\n\s*\/\/\/\s*/g, ' '))?.[1] ?? '').matchAll(FIELD)].map((m) => [camelCase(m[2]!), Number(m[1]) + 1]);

const argOffsets = (args: { name: string; type: TypeNode }[]) =>
  structLayout(program, struct(args))
    .filter(([name]) => name !== 'discriminator')
    .map(([name, offset]) => [name, offset]);

const account = (name: string) => program.accounts.find((a) => a.name === name)!;
const discriminatorOf = (data: TypeNode) => (data.kind === 'structTypeNode' && data.fields[0]?.defaultValue?.kind === 'numberValueNode' ? data.fields[0].defaultValue.number : undefined);
/** The ```text table of `file` that starts with its `off size field` header. */
const table = (file: string) => [...read(file).matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1]!).find((t) => /^\/\/!\s+off\s+size\s+field/.test(t))!;
const rows = (file: string) => layoutRows(table(file)).map(([n, o, s]) => [/^reserved/.test(n) ? 'reserved' : n, o, s]);

describe('governance IDL against the Rust interface', () => {
  const ixSrc = read('instruction.rs');

  it('has every instruction with its discriminator, account roles and data size', () => {
    expectInstructionsMatchRust(governanceIdl, ixSrc, { afterDiscriminator: true, names: { 'cancel.authority': 'proposerOrGuardian' } });
  });

  it('puts every argument at the offset instruction.rs documents', () => {
    for (const r of rustInstructions(ixSrc)) {
      const ix = program.instructions.find((i) => i.name === r.name)!;
      const idl = argOffsets(ix.arguments);
      const rust = dataFields(r.doc);
      if (r.name === 'createProposal') {
        // `44 title, then uri`: both after both lengths.
        expect(r.doc).toMatch(/`44 title`, then `uri`/);
        expect(idl).toEqual([...rust, ['titleAndUri', 45]]);
      } else if (r.name === 'addAction') {
        // `34 account_count u8` is the metas' count prefix; then `data_len u16` prefixes the data.
        expect(rust.at(-1)).toEqual(['accountCount', 35]);
        expect(idl.slice(0, -1)).toEqual([...rust.slice(0, -1), ['metas', 35]]);
        expect(idl.at(-1)?.[0]).toBe('data');
        const args = Object.fromEntries(ix.arguments.map((a) => [a.name, a.type]));
        expect(args.metas).toMatchObject({ kind: 'arrayTypeNode', count: { kind: 'prefixedCountNode', prefix: { format: 'u8' } } });
        expect(args.data).toMatchObject({ kind: 'sizePrefixTypeNode', prefix: { format: 'u16' } });
        expect(r.doc).toMatch(/`data_len u16`/);
        expect(r.doc).toMatch(/`\{ pubkey \[u8; 32\], flags u8 \}`/);
        expect(fixedSize(program, program.definedTypes.find((t) => t.name === 'actionAccount')!.type)).toBe(33);
      } else if (r.name === 'castVote') {
        expect(idl).toEqual([...rust, ['bumps', 2]]);
      } else if (r.name === 'updateConfig') {
        expect(rust).toEqual([['field', 1]]);
        expect(idl).toEqual([['update', 1]]);
      } else {
        expect(idl, r.name).toEqual(rust);
      }
    }
    expect(constant(ixSrc, 'PARAMS_LEN') + 1).toBe(fixedSize(program, struct(program.instructions.find((i) => i.name === 'initialize')!.arguments)));
    expect(constant(ixSrc, 'CREATE_PROPOSAL_HEADER_LEN') + 1).toBe(45);
  });

  it("numbers update_config's fields as ConfigField and gives each the value instruction.rs lists", () => {
    const type = program.definedTypes.find((t) => t.name === 'configUpdate')!.type;
    if (type.kind !== 'enumTypeNode') throw new Error('configUpdate is not an enum');
    expect(type.variants.map((v) => v.name)).toEqual(rustEnum(ixSrc, 'ConfigField'));
    const doc = rustInstructions(ixSrc).find((r) => r.name === 'updateConfig')!.doc.replace(/\n\s*\/\/\/\s*/g, ' ');
    const values = /then by field[^:]*: (.*?)\. Running/s.exec(doc)![1]!.split(', ');
    expect(values.length).toBe(type.variants.length);
    type.variants.forEach((variant, i) => {
      const [index, , valueType] = values[i]!.split(' ');
      expect(Number(index), variant.name).toBe(i);
      const idl = variant.kind === 'enumStructVariantTypeNode' && variant.struct.kind === 'structTypeNode' ? variant.struct.fields.map((f) => fixedSize(program, f.type)) : [];
      if (variant.kind === 'enumEmptyVariantTypeNode') expect(values[i]).toMatch(/no value/);
      else expect(idl, variant.name).toEqual([rustTypeSize(values[i]!.slice(values[i]!.indexOf(valueType!)))]);
    });
  });

  it('lays out every account as its state file, with its length and discriminator', () => {
    const kinds = rustEnum(read('state/mod.rs'), 'AccountKind');
    for (const [name, file, rustName, kind] of [
      ['governanceConfig', 'state/config.rs', 'GovernanceConfig', 'config'],
      ['proposal', 'state/proposal.rs', 'Proposal', 'proposal'],
      ['voteRecord', 'state/vote_record.rs', 'VoteRecord', 'voteRecord'],
      ['voterRecord', 'state/voter_record.rs', 'VoterRecord', 'voterRecord'],
    ] as const) {
      const node = account(name);
      expect(layoutOf(program, node.data), file).toEqual(rows(file));
      const len = Number(new RegExp(`impl ${rustName} \\{\\s*pub const LEN: usize = (\\d+);`).exec(read(file))?.[1]);
      expect(node.size, file).toBe(len);
      expect(fixedSize(program, node.data), file).toBe(len);
      expect(discriminatorOf(node.data), file).toBe(kinds.indexOf(kind));
    }
    // The action: its header as the table, then the metas and data the header counts.
    const src = read('state/action.rs');
    const action = account('action');
    expect(layoutOf(program, action.data).slice(0, -1)).toEqual(rows('state/action.rs'));
    expect(layoutOf(program, action.data).at(-1)).toEqual(['metasAndData', Number(/pub const HEADER_LEN: usize = (\d+);/.exec(src)?.[1]), null]);
    expect(discriminatorOf(action.data)).toBe(kinds.indexOf('action'));
    const meta = program.definedTypes.find((t) => t.name === 'actionMeta')!;
    expect(fixedSize(program, meta.type)).toBe(constant(src, 'ACTION_META_LEN'));
    expect(table('state/action.rs')).toMatch(/\{ pubkey \[u8; 32\], is_signer u8, is_writable u8, reserved \[u8; 6\] \}/);
    expect(structLayout(program, meta.type).map(([n, , s]) => [n, s])).toEqual([
      ['pubkey', 32],
      ['isSigner', 1],
      ['isWritable', 1],
      ['reserved', 6],
    ]);
  });

  it('has the enums of the interface', () => {
    expect(idlEnum(program, 'proposalState')).toEqual(rustEnum(read('state/proposal.rs'), 'ProposalState'));
    expect(idlEnum(program, 'proposalType')).toEqual(rustEnum(read('state/proposal.rs'), 'ProposalType'));
    expect(idlEnum(program, 'voteSide')).toEqual(rustEnum(read('state/proposal.rs'), 'VoteSide'));
    expect(idlEnum(program, 'voteWeighting')).toEqual(rustEnum(read('state/config.rs'), 'VoteWeighting'));
    expect(idlEnum(program, 'stakingAuthorityKind')).toEqual(rustEnum(rustInterface('staking')('state/config.rs'), 'AuthorityKind'));
  });

  it('lists the instructions in discriminator order (the generated GovernanceInstruction enum is the discriminator)', () => {
    program.instructions.forEach((ix, i) => expect(instructionDiscriminator(ix), ix.name).toBe(i));
  });

  it('has the events of event.rs: kind, then the fields in order', () => {
    expectEventsMatchRust(governanceIdl, read('event.rs'), [['kind', 0, 1]]);
  });

  it("fills in cast_vote's Clock and Rent sysvars at keel-sdk's addresses", () => {
    const castVote = program.instructions.find((i) => i.name === 'castVote')!;
    const sysvars = castVote.extraArguments?.find((a) => a.name === 'sysvars')?.defaultValue;
    const addresses = sysvars?.kind === 'arrayValueNode' ? sysvars.items.map((v) => (v.kind === 'publicKeyValueNode' ? v.publicKey : undefined)) : [];
    expect(addresses).toEqual([sdkAddress('clock.rs', 'CLOCK_ID'), sdkAddress('rent.rs', 'RENT_ID')]);
  });

  it('has the errors of error.rs, the seeds and the id of mod.rs', () => {
    expectErrorsMatchRust(governanceIdl, read('error.rs'));
    expectSeedModMatchesRust(governanceIdl, read('mod.rs'), { voteRecord: 'VOTE', voterRecord: 'VOTER' });
    expectProgramIdMatchesRust(governanceIdl, read('mod.rs'));
  });

  it('reads staking at the offsets of the staking IDL and calls its instructions by their discriminators', () => {
    const src = read('staking.rs');
    const mod = (name: string) => [...src.matchAll(/pub mod (\w+) \{([\s\S]*?)\n\}/g)].find((m) => m[1] === name)![2]!;
    const staking = stakingIdl.program;
    for (const [modName, accountName] of [
      ['config', 'stakingConfig'],
      ['position', 'position'],
    ] as const) {
      const node = staking.accounts.find((a) => a.name === accountName)!;
      const layout = structLayout(staking, node.data);
      for (const [, constName, value] of mod(modName).matchAll(/pub const (\w+): usize = (\d+);/g)) {
        if (constName === 'LEN') expect(node.size, `${modName}::LEN`).toBe(Number(value));
        else expect(layout.find(([n]) => n === camelCase(constName!.toLowerCase()))?.[1], `${modName}::${constName}`).toBe(Number(value));
      }
      expect(discriminatorOf(node.data)).toBe(constant(mod(modName), 'DISCRIMINATOR'));
    }
    const ix = mod('instruction');
    for (const [name, constName] of [
      ['updateConfig', 'UPDATE_CONFIG'],
      ['lockForVote', 'LOCK_FOR_VOTE'],
      ['acceptAuthority', 'ACCEPT_AUTHORITY'],
    ]) {
      expect(instructionDiscriminator(staking.instructions.find((i) => i.name === name)!), name).toBe(constant(ix, constName!));
    }
    expect(idlEnum(staking, 'configUpdate').indexOf('setPaused')).toBe(constant(ix, 'SET_PAUSED'));
    // cast_vote passes staking's lock_for_vote its accounts: the config, then the schedule.
    const castVote = program.instructions.find((i) => i.name === 'castVote')!;
    expect(castVote.accounts.map((a) => a.name).slice(4, 7)).toEqual(['stakingConfig', 'stakingSchedule', 'stakingProgram']);
    // The lock's accounts as staking.rs lists them (without the optional staker): the staking IDL's, roles and names.
    const lockDoc = /`lock_for_vote`: accounts `([^`]*)`/.exec(src.replace(/\n\s*\/\/\/\s*/g, ' '))![1]!.split(', ');
    const lock = staking.instructions.find((i) => i.name === 'lockForVote')!.accounts.filter((a) => !a.isOptional);
    expect(lockDoc.map((d) => /^\[(\w*)\]/.exec(d)![1] || '-')).toEqual(lock.map((a) => `${a.isSigner === true ? 's' : ''}${a.isWritable ? 'w' : ''}` || '-'));
    lock.forEach((a, i) => expect(lockDoc[i]!.toLowerCase().replace(/ /g, ''), a.name).toContain(a.name.toLowerCase()));
  });
});
