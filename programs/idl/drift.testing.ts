/**
 * Test helpers (vitest): a program's Codama IDL checked against its Rust
 * interface (`programs/<name>/src/interface/`), which stays the spec the
 * program is written to. They read what style.md asks every interface to
 * document — per instruction its `pub const NAME: u8 = n` discriminator, its
 * `Accounts:` list (`n. [flags] name`, flags `s`/`signer`, `w`/`writable`) and
 * its data size — plus the error enum (`Name = n,`), `*_SEED` constants and
 * the program id, and compare them with the IDL: a drift fails `npm test`.
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

interface RustInstruction {
  name: string;
  discriminator: number;
  /** `s`/`w` flags per documented account, e.g. `sw`, `w`, `-`. */
  accounts: string[];
  /** Whether `N..` documents more accounts after the listed ones. */
  remaining: boolean;
  /** `Data (N bytes)`, null when the data has no fixed size. */
  dataLen: number | null;
}

/** Instructions documented in `instruction.rs`: each `pub const NAME: u8 = n;` with a doc block holding `Accounts:`. */
export function rustInstructions(source: string): RustInstruction[] {
  const blocks = [...source.matchAll(/((?:^\s*\/\/\/.*\n)+)\s*pub const (\w+): u8 = (\d+);/gm)];
  return blocks
    .filter((m) => /Accounts:/.test(m[1]!))
    .map((m) => {
      const doc = m[1]!;
      const accounts = [...doc.matchAll(/^\s*\/\/\/\s+\d+\.\s+`\[([^\]]*)\]`/gm)].map((a) => {
        const flags = a[1]!.split(',').map((f) => f.trim());
        const s = flags.includes('s') || flags.includes('signer') ? 's' : '';
        const w = flags.includes('w') || flags.includes('writable') ? 'w' : '';
        return s + w || '-';
      });
      const dataLen = /Data \((\d+) bytes?\)/.exec(doc);
      return {
        name: camelCase(m[2]!.toLowerCase()),
        discriminator: Number(m[3]),
        accounts,
        remaining: /^\s*\/\/\/\s+\d+\.\.\s/m.test(doc),
        dataLen: dataLen ? Number(dataLen[1]) : null,
      };
    });
}

/** Every documented instruction is in the IDL and the other way round, alike in discriminator, account roles, data size. */
export function expectInstructionsMatchRust(root: RootNode, instructionRs: string): void {
  const program = root.program;
  const rust = rustInstructions(instructionRs);
  expect(rust.length, 'instructions documented in instruction.rs').toBeGreaterThan(0);
  expect(program.instructions.map((ix) => ix.name).sort()).toEqual(rust.map((r) => r.name).sort());
  for (const r of rust) {
    const ix = program.instructions.find((i) => i.name === r.name)!;
    expect(instructionDiscriminator(ix), `${r.name} discriminator`).toBe(r.discriminator);
    const roles = ix.accounts.map((a) => `${a.isSigner === true ? 's' : ''}${a.isWritable ? 'w' : ''}` || '-');
    expect(roles, `${r.name} accounts`).toEqual(r.accounts);
    expect((ix.remainingAccounts ?? []).length > 0, `${r.name} remaining accounts`).toBe(r.remaining);
    const args = { kind: 'structTypeNode', fields: ix.arguments.map((a) => ({ kind: 'structFieldTypeNode', name: a.name, type: a.type })) } as TypeNode;
    expect(fixedSize(program, args), `${r.name} data size`).toBe(r.dataLen);
  }
}

/** Backticked `` `offset type name` `` fields of an instruction's `Data` line after byte 0, as `[name, offset]` in camelCase. */
export function rustDataFields(instructionRs: string, constName: string): [string, number][] {
  const block = new RegExp(`((?:^\\s*///.*\\n)+)\\s*pub const ${constName}: u8`, 'm').exec(instructionRs)?.[1] ?? '';
  const data = /Data[^:]*:(.*(?:\n\s*\/\/\/ (?!\s*$).*)*)/.exec(block)?.[1] ?? '';
  return [...data.matchAll(/`(\d+) (?:u8|u16|u32|u64|u128|i64) ([a-z][a-z ]*)`/g)].map((m) => [camelCase(m[2]!.trim()), Number(m[1])]);
}

/** Error enum variants of `error.rs` (`Name = n,`) are the IDL's errors, by name and code. */
export function expectErrorsMatchRust(root: RootNode, errorRs: string): void {
  const rust = [...errorRs.matchAll(/^\s{4}([A-Z]\w+) = (\d+),$/gm)].map((m) => [m[1], Number(m[2])]);
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

/** The `pubkey!("...")` id of `mod.rs` is the IDL program's public key. */
export function expectProgramIdMatchesRust(root: RootNode, modRs: string): void {
  expect(root.program.publicKey).toBe(/pubkey!\("(\w+)"\)/.exec(modRs)?.[1]);
}
