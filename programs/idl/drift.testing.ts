/**
 * Test helpers (vitest): a program's Codama IDL checked against its Rust
 * interface (`programs/<name>/src/interface/`), which stays the spec the
 * program is written to. They read what style.md asks every interface to
 * document — per instruction its discriminator (`pub const NAME: u8 = n;` or
 * an enum variant `Name = n,`), its `Accounts:` list (`n. [flags] name`, flags
 * `s`/`signer`, `w`/`writable`; `then, last: [flags] name, …` for accounts
 * after any optional or variable ones) and its data size (`Data (N bytes)`, `Data:
 * none`) — plus the error enum (`Name = n,`, or numbered on from the previous
 * variant), the seeds (`*_SEED` constants or a `pub mod seeds`) and the
 * program id, and compare them with the IDL: a drift fails `npm test`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { camelCase, pascalCase, type InstructionNode, type ProgramNode, type RootNode, type TypeNode } from 'codama';
import { expect } from 'vitest';

/** Reads `programs/<program>/src/interface/<file>`. */
export function rustInterface(program: string) {
  const dir = path.resolve(__dirname, '..', program, 'src/interface');
  return (file: string) => readFileSync(path.join(dir, file), 'utf8');
}

/** The address keel-sdk's `programs/sdk/src/<file>` declares as `pub const <name>: Pubkey = crate::pubkey!("...")`. */
export function sdkAddress(file: string, name: string): string | undefined {
  const src = readFileSync(path.resolve(__dirname, '..', 'sdk/src', file), 'utf8');
  return new RegExp(`pub const ${name}: Pubkey = crate::pubkey!\\("(\\w+)"\\)`).exec(src)?.[1];
}

/** Bytes of a fixed-size type, null when its size varies. */
export function fixedSize(program: ProgramNode, type: TypeNode): number | null {
  switch (type.kind) {
    case 'numberTypeNode':
      return { u8: 1, i8: 1, u16: 2, i16: 2, u32: 4, i32: 4, f32: 4, u64: 8, i64: 8, f64: 8, u128: 16, i128: 16, shortU16: null }[type.format];
    case 'publicKeyTypeNode':
      return 32;
    case 'booleanTypeNode':
    case 'enumTypeNode':
      return type.kind === 'enumTypeNode' && type.variants.some((v) => v.kind !== 'enumEmptyVariantTypeNode') ? null : fixedSize(program, type.size);
    case 'fixedSizeTypeNode':
      return type.size;
    case 'arrayTypeNode': {
      const item = fixedSize(program, type.item);
      return type.count.kind === 'fixedCountNode' && item !== null ? item * type.count.value : null;
    }
    case 'definedTypeLinkNode': {
      const defined = program.definedTypes.find((t) => t.name === type.name);
      return defined ? fixedSize(program, defined.type) : null;
    }
    case 'structTypeNode': {
      let total = 0;
      for (const f of type.fields) {
        const size = fixedSize(program, f.type);
        if (size === null) return null;
        total += size;
      }
      return total;
    }
    default:
      return null;
  }
}

/** `[field, offset, size]` of a struct's fields in order (size null once they vary). */
export function structLayout(program: ProgramNode, type: TypeNode): [string, number, number | null][] {
  if (type.kind !== 'structTypeNode') throw new Error(`${type.kind} is not a struct`);
  let offset = 0;
  return type.fields.map((f) => {
    const size = fixedSize(program, f.type);
    const row: [string, number, number | null] = [f.name, offset, size];
    offset += size ?? 0;
    return row;
  });
}

/** The instruction's discriminator: the omitted `discriminator` argument's value. */
export function instructionDiscriminator(ix: InstructionNode): number | undefined {
  const arg = ix.arguments.find((a) => a.name === 'discriminator');
  return arg?.defaultValue?.kind === 'numberValueNode' ? arg.defaultValue.number : undefined;
}

export interface RustInstruction {
  name: string;
  discriminator: number;
  /** The doc block above it. */
  doc: string;
  /** `s`/`w` flags per documented account, e.g. `sw`, `w`, `-`. */
  accounts: string[];
  /** The text after each documented account's flags (its name and notes), lowercase. */
  accountDocs: string[];
  /** Whether `N..` documents more accounts after the listed ones. */
  remaining: boolean;
  /** `then, last:` accounts (sysvars) after the listed and the remaining ones: flags, and their text lowercase. */
  last: string[];
  lastDocs: string[];
  /**
   * Bytes of data with the discriminator: `Data (N bytes)` (N + 1 when the
   * interface counts from the byte after it), 1 for `Data: none`; null when
   * the data has no fixed size, undefined when the docs give fields but no
   * size (the program's test checks them).
   */
  dataLen: number | null | undefined;
}

/** `sw`, `s`, `w` or `-` of a documented account's flags (`s`/`signer`, `w`/`writable`). */
function roleOf(flagList: string): string {
  const flags = flagList.split(',').map((f) => f.trim());
  const s = flags.includes('s') || flags.includes('signer') ? 's' : '';
  const w = flags.includes('w') || flags.includes('writable') ? 'w' : '';
  return s + w || '-';
}

/**
 * Instructions documented in `instruction.rs`: each `pub const NAME: u8 = n;`
 * or enum variant `Name = n,` with a doc block holding `Accounts:`.
 * `afterDiscriminator`: the documented sizes leave out byte 0.
 */
export function rustInstructions(source: string, { afterDiscriminator = false } = {}): RustInstruction[] {
  const blocks = [...source.matchAll(/((?:^\s*\/\/\/.*\n)+)\s*(?:pub const (\w+): u8 = (\d+);|([A-Z]\w*) = (\d+),)/gm)];
  return blocks
    .filter((m) => /Accounts:/.test(m[1]!))
    .map((m) => {
      const doc = m[1]!;
      const constName = m[2] ?? m[4]!;
      const listed = [...doc.matchAll(/^\s*\/\/\/\s+\d+\.\s+`\[([^\]]*)\]`(.*)$/gm)];
      const lastLine = /^\s*\/\/\/\s+then, last: (.*)$/m.exec(doc)?.[1] ?? '';
      const last = [...lastLine.matchAll(/`\[([^\]]*)\]`([^,]*)/g)];
      const sized = /Data \((\d+) bytes?[,)]/.exec(doc);
      const dataLen = sized ? Number(sized[1]) + (afterDiscriminator ? 1 : 0) : /Data: none/.test(doc) ? 1 : /Data: `/.test(doc) ? undefined : null;
      return {
        name: m[2] ? camelCase(constName.toLowerCase()) : camelCase(constName),
        discriminator: Number(m[3] ?? m[5]),
        doc,
        accounts: listed.map((a) => roleOf(a[1]!)),
        accountDocs: listed.map((a) => a[2]!.toLowerCase()),
        remaining: /^\s*\/\/\/\s+\d+\.\.\s/m.test(doc),
        last: last.map((a) => roleOf(a[1]!)),
        lastDocs: last.map((a) => a[2]!.toLowerCase()),
        dataLen,
      };
    });
}

/** Every documented instruction is in the IDL and the other way round, alike in discriminator, account roles, data size. */
/** Whether every word of the camelCase `name` starts a word of `doc` (`ownerToken` in "owner's token account"). */
const namedIn = (name: string, doc: string) =>
  name
    .split(/(?=[A-Z])/)
    .map((w) => w.toLowerCase())
    .every((w) => new RegExp(`(^|[^a-z])${w}`).test(doc));

/**
 * Every documented instruction is in the IDL and the other way round, alike in discriminator, account
 * roles, account names (each word of the IDL name in the account's doc line, so two accounts of the
 * same role cannot swap; `names` gives other words where the IDL names one differently, as
 * `instruction.account` → words) and data size.
 */
export function expectInstructionsMatchRust(
  root: RootNode,
  instructionRs: string,
  options: { afterDiscriminator?: boolean; names?: Record<string, string> } = {},
): void {
  const program = root.program;
  const rust = rustInstructions(instructionRs, options);
  expect(rust.length, 'instructions documented in instruction.rs').toBeGreaterThan(0);
  expect(program.instructions.map((ix) => ix.name).sort()).toEqual(rust.map((r) => r.name).sort());
  for (const r of rust) {
    const ix = program.instructions.find((i) => i.name === r.name)!;
    expect(instructionDiscriminator(ix), `${r.name} discriminator`).toBe(r.discriminator);
    // `then, last:` accounts end the IDL's accounts, or after variable ones its last remaining list.
    const trailing = r.remaining && r.last.length > 0;
    if (trailing) expectTrailingList(ix, r);
    const roles = ix.accounts.map(roleOfNode);
    expect(roles, `${r.name} accounts`).toEqual(trailing ? r.accounts : [...r.accounts, ...r.last]);
    if (options.names) {
      const docs = trailing ? r.accountDocs : [...r.accountDocs, ...r.lastDocs];
      ix.accounts.forEach((a, i) => {
        const words = options.names![`${r.name}.${a.name}`] ?? a.name;
        expect(namedIn(words, docs[i] ?? ''), `${r.name} account ${i} "${a.name}" in "${docs[i]}"`).toBe(true);
      });
    }
    expect((ix.remainingAccounts ?? []).length - (trailing ? 1 : 0) > 0, `${r.name} remaining accounts`).toBe(r.remaining);
    const args = { kind: 'structTypeNode', fields: ix.arguments.map((a) => ({ kind: 'structFieldTypeNode', name: a.name, type: a.type })) } as TypeNode;
    if (r.dataLen !== undefined) expect(fixedSize(program, args), `${r.name} data size`).toBe(r.dataLen);
  }
}

const roleOfNode = (a: { isSigner?: boolean | 'either'; isWritable?: boolean }) => `${a.isSigner === true ? 's' : ''}${a.isWritable ? 'w' : ''}` || '-';

/**
 * The `then, last:` accounts after variable ones, where Codama has no fixed accounts: the IDL's last
 * remaining-accounts list, an argument of exactly that many keys with their roles, whose default
 * names each in order (`sysvarClock` for "the Clock sysvar").
 */
function expectTrailingList(ix: InstructionNode, r: RustInstruction): void {
  const node = ix.remainingAccounts?.at(-1);
  const name = node?.value.kind === 'argumentValueNode' ? node.value.name : undefined;
  const arg = [...ix.arguments, ...(ix.extraArguments ?? [])].find((a) => a.name === name);
  expect(arg?.type, `${r.name}'s last remaining accounts`).toMatchObject({ kind: 'arrayTypeNode', count: { kind: 'fixedCountNode', value: r.last.length } });
  expect(r.last.map(() => roleOfNode(node!)), `${r.name} last accounts`).toEqual(r.last);
  const defaults = arg?.defaultValue?.kind === 'arrayValueNode' ? arg.defaultValue.items : [];
  expect(defaults.length, `${r.name} last accounts' defaults`).toBe(r.last.length);
  defaults.forEach((d, i) => {
    const id = d.kind === 'publicKeyValueNode' ? (d.identifier ?? '') : '';
    expect(id !== '' && namedIn(id, r.lastDocs[i]!), `${r.name} last account ${i} "${id}" in "${r.lastDocs[i]}"`).toBe(true);
  });
}

/** Backticked `` `offset type name` `` fields of an instruction's `Data` line after byte 0, as `[name, offset]` in camelCase. */
export function rustDataFields(instructionRs: string, constName: string): [string, number][] {
  const block = new RegExp(`((?:^\\s*///.*\\n)+)\\s*pub const ${constName}: u8`, 'm').exec(instructionRs)?.[1] ?? '';
  const data = /Data[^:]*:(.*(?:\n\s*\/\/\/ (?!\s*$).*)*)/.exec(block)?.[1] ?? '';
  return [...data.matchAll(/`(\d+) (?:u8|u16|u32|u64|u128|i64) ([a-z][a-z ]*)`/g)].map((m) => [camelCase(m[2]!.trim()), Number(m[1])]);
}

/**
 * Error enum variants of `error.rs` are the IDL's errors, by name and code: `Name = n,`, or `Name,`
 * numbered on from the previous variant (then its `/// n:` doc line must say the same number).
 */
export function expectErrorsMatchRust(root: RootNode, errorRs: string): void {
  let next = 0;
  const rust = [...errorRs.matchAll(/(?:^\s*\/\/\/ (\d+):.*\n(?:^\s*\/\/\/.*\n)*)?^\s{4}([A-Z]\w+)(?: = (\d+))?,$/gm)].map((m) => {
    const code = m[3] !== undefined ? Number(m[3]) : next;
    if (m[1] !== undefined) expect(Number(m[1]), `${m[2]}'s doc number`).toBe(code);
    next = code + 1;
    return [m[2], code];
  });
  expect(rust.length, 'variants in error.rs').toBeGreaterThan(0);
  expect(root.program.errors.map((e) => [pascalCase(e.name), e.code])).toEqual(rust);
  for (const e of root.program.errors) expect(e.message, e.name).toMatch(/^[A-Z].*\.$/);
}

/** Each `NAME_SEED: &[u8] = b"..."` is the first (constant) seed of the IDL PDA `name`, and every PDA has one. */
export function expectSeedsMatchRust(root: RootNode, stateRs: string): void {
  const rust = Object.fromEntries([...stateRs.matchAll(/pub const (\w+)_SEED: &\[u8\] = b"([^"]*)";/g)].map((m) => [camelCase(m[1]!.toLowerCase()), m[2]]));
  const idl = Object.fromEntries(
    root.program.pdas.map((p) => {
      const first = p.seeds[0];
      return [p.name, first?.kind === 'constantPdaSeedNode' && first.value.kind === 'stringValueNode' ? first.value.string : undefined];
    }),
  );
  expect(idl).toEqual(rust);
}

/**
 * The `pub mod seeds { pub const NAME: &[u8] = b"..."; }` of `mod.rs` are the first (constant) seeds
 * of the IDL PDAs, by name (`aliases`: IDL name → Rust constant name, where they differ), and every PDA has one.
 */
export function expectSeedModMatchesRust(root: RootNode, modRs: string, aliases: Record<string, string> = {}): void {
  const block = /pub mod seeds \{([\s\S]*?)\n\}/.exec(modRs)?.[1] ?? '';
  const rust = Object.fromEntries([...block.matchAll(/pub const (\w+): &\[u8\] = b"([^"]*)";/g)].map((m) => [camelCase(m[1]!.toLowerCase()), m[2]]));
  expect(Object.keys(rust).length, 'seeds in mod.rs').toBeGreaterThan(0);
  const idl = Object.fromEntries(
    root.program.pdas.map((p) => {
      const first = p.seeds[0];
      const alias = aliases[p.name];
      return [alias ? camelCase(alias.toLowerCase()) : p.name, first?.kind === 'constantPdaSeedNode' && first.value.kind === 'stringValueNode' ? first.value.string : undefined];
    }),
  );
  expect(idl).toEqual(rust);
}

/** The `pubkey!("...")` id of `mod.rs` is the IDL program's public key. */
export function expectProgramIdMatchesRust(root: RootNode, modRs: string): void {
  expect(root.program.publicKey).toBe(/pubkey!\("(\w+)"\)/.exec(modRs)?.[1]);
}

/** Bytes of a Rust type as the interface docs write it (`u8` … `u128`, `[u8; N]`); NaN for anything else. */
export function rustTypeSize(type: string): number {
  const sizes: Record<string, number> = { u8: 1, i8: 1, u16: 2, i16: 2, u32: 4, i32: 4, u64: 8, i64: 8, u128: 16, i128: 16 };
  return sizes[type] ?? Number(/^\[u8; (\d+)\]$/.exec(type)?.[1] ?? NaN);
}

/** `[name, offset, size]` rows of a layout table (`off size field ...` lines after `prefix`), camelCase. */
export function layoutRows(table: string, prefix = '//!'): [string, number, number][] {
  return [...table.matchAll(new RegExp(`^${prefix}\\s+(\\d+)\\s+(\\d+)\\s+(\\w+)`, 'gm'))].map((m) => [camelCase(m[3]!), Number(m[1]), Number(m[2])]);
}

/** A struct's layout as `[name, offset, size]` with reserved fields named `reserved` (the tables do not number them). */
export const layoutOf = (program: ProgramNode, type: TypeNode) =>
  structLayout(program, type).map(([name, offset, size]): [string, number, number | null] => [/^reserved\d*$/.test(name) ? 'reserved' : name, offset, size]);

/**
 * Events of an `event.rs` table (` n Name   field type, key, …` after `//!`, continuation lines
 * joined): kind, name and fields as `[name, size]`, a field without a type being a 32-byte key.
 * Notes in parentheses and anything after `;` are left out.
 */
export function rustEvents(eventRs: string): { kind: number; name: string; fields: [string, number][] }[] {
  const table = /```text\n([\s\S]*?)```/.exec(eventRs)![1]!;
  const entries = table.split(/\n\/\/!\s+(?=\d+ [A-Z])/).slice(1).map((e) => e.replace(/\n\/\/!\s+/g, ' '));
  return entries.map((entry) => {
    const [, kind, name, rest] = /^(\d+) (\w+)\s+(.*)$/s.exec(entry.trim())!;
    const text = rest!.replace(/\([^)]*\)/g, '').split(';')[0]!;
    const fields = text
      .split(',')
      .map((f) => f.trim().split(/\s+/))
      .map(([field, type]): [string, number] => [camelCase(field!), type && !Number.isNaN(rustTypeSize(type)) ? rustTypeSize(type) : 32]);
    return { kind: Number(kind), name: camelCase(name!), fields };
  });
}

/** The IDL's events are `event.rs`'s: kind (constant discriminator at 0), then `header` fields, then the documented fields in order. */
export function expectEventsMatchRust(root: RootNode, eventRs: string, header: [string, number, number][]): void {
  const program = root.program;
  const rust = rustEvents(eventRs);
  expect(rust.length, 'events in event.rs').toBeGreaterThan(0);
  expect(program.events.map((e) => e.name)).toEqual(rust.map((e) => e.name));
  for (const r of rust) {
    const event = program.events.find((e) => e.name === r.name)!;
    expect(event.discriminators, r.name).toEqual([expect.objectContaining({ kind: 'constantDiscriminatorNode', offset: 0 })]);
    const first = event.data.kind === 'structTypeNode' ? event.data.fields[0]?.defaultValue : undefined;
    expect(first, r.name).toMatchObject({ number: r.kind });
    const layout = structLayout(program, event.data);
    expect(layout.slice(0, header.length), r.name).toEqual(header);
    expect(layout.slice(header.length).map(([n, , size]) => [n, size]), r.name).toEqual(r.fields);
  }
}

/** Variant names of a Rust `enum Name { A = 0, B = 1 }` in `src`, in order of value (camelCase). */
export function rustEnum(src: string, name: string): string[] {
  const body = new RegExp(`pub enum ${name} \\{([\\s\\S]*?)\\n\\}`).exec(src)?.[1] ?? '';
  return [...body.matchAll(/^\s{4}(\w+) = (\d+),$/gm)].sort((a, b) => Number(a[2]) - Number(b[2])).map((m) => camelCase(m[1]!));
}

/** The variant names of the IDL's defined enum `name`. */
export function idlEnum(program: ProgramNode, name: string): string[] {
  const type = program.definedTypes.find((t) => t.name === name)?.type;
  if (type?.kind !== 'enumTypeNode') throw new Error(`${name} is not an enum of the IDL`);
  return type.variants.map((v) => v.name);
}
