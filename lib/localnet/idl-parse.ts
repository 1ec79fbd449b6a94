/**
 * jsonParsed for programs that publish a Codama IDL, as explorers do: any
 * program deployed from `programs/deploy/<name>.so` with a
 * `programs/deploy/<name>.idl.json` beside it (deploy.ts registers it under
 * the id it was deployed at). An instruction becomes
 * `{ program: <IDL program name>, parsed: { type: <instruction name>, info } }`,
 * `info` holding the named accounts (optional ones the transaction left out
 * absent), then the arguments (those the IDL omits from builders, such as the
 * discriminator, left out; accounts past the named ones as a list named by
 * the IDL's remaining-accounts arguments, else `remainingAccounts`). Integers
 * wider than 32 bits are decimal strings (as the real RPC writes token
 * amounts), enum values their variant name, a data enum's value
 * `{ __kind: <variant name>, ...its fields }` (the generated clients' shape),
 * public keys base58, bytes base64. Data the IDL does not describe throws,
 * and the caller leaves the instruction partially decoded.
 */
import { readFileSync } from 'node:fs';
import {
  fixDecoderSize,
  getAddressDecoder,
  getArrayDecoder,
  getBooleanDecoder,
  getBytesDecoder,
  getI128Decoder,
  getI16Decoder,
  getI32Decoder,
  getI64Decoder,
  getI8Decoder,
  getStructDecoder,
  getU128Decoder,
  getU16Decoder,
  getU32Decoder,
  getU64Decoder,
  getU8Decoder,
  getUtf8Decoder,
  addDecoderSizePrefix,
  createDecoder,
  Endian,
  getTupleDecoder,
  transformDecoder,
  type Decoder,
  type NumberDecoder,
} from '@solana/kit';
import type { EnumVariantTypeNode, InstructionNode, InstructionRemainingAccountsNode, NumberTypeNode, ProgramNode, RootNode, TypeNode } from 'codama';

type Json = unknown;

function numberDecoder(node: NumberTypeNode): NumberDecoder {
  const config = { endian: node.endian === 'be' ? Endian.Big : Endian.Little };
  const decoders: Partial<Record<NumberTypeNode['format'], () => NumberDecoder>> = {
    u8: () => getU8Decoder(),
    u16: () => getU16Decoder(config),
    u32: () => getU32Decoder(config),
    u64: () => getU64Decoder(config),
    u128: () => getU128Decoder(config),
    i8: () => getI8Decoder(),
    i16: () => getI16Decoder(config),
    i32: () => getI32Decoder(config),
    i64: () => getI64Decoder(config),
    i128: () => getI128Decoder(config),
  };
  const make = decoders[node.format];
  if (!make) throw new Error(`number format ${node.format} not supported`);
  return make();
}

/** A number as JSON: wide integers as decimal strings. */
const jsonNumber = (value: number | bigint): Json => (typeof value === 'bigint' ? value.toString() : value);

/** A decoder of `type` giving JSON values. */
function typeDecoder(program: ProgramNode, type: TypeNode): Decoder<Json> {
  switch (type.kind) {
    case 'numberTypeNode':
      return transformDecoder(numberDecoder(type) as Decoder<number | bigint>, jsonNumber);
    case 'publicKeyTypeNode':
      return getAddressDecoder();
    case 'booleanTypeNode':
      return getBooleanDecoder({ size: numberDecoder(type.size as NumberTypeNode) });
    case 'bytesTypeNode':
      return transformDecoder(getBytesDecoder(), (bytes) => Buffer.from(bytes).toString('base64'));
    case 'stringTypeNode':
      if (type.encoding !== 'utf8') throw new Error(`string encoding ${type.encoding} not supported`);
      return getUtf8Decoder();
    case 'fixedSizeTypeNode':
      return fixDecoderSize(typeDecoder(program, type.type), type.size);
    case 'sizePrefixTypeNode':
      return addDecoderSizePrefix(typeDecoder(program, type.type), numberDecoder(type.prefix as NumberTypeNode));
    case 'structTypeNode':
      return getStructDecoder(type.fields.map((f): [string, Decoder<Json>] => [f.name, typeDecoder(program, f.type)]));
    case 'tupleTypeNode':
      return getTupleDecoder(type.items.map((item) => typeDecoder(program, item)));
    case 'arrayTypeNode': {
      const item = typeDecoder(program, type.item);
      const count = type.count;
      if (count.kind === 'fixedCountNode') return getArrayDecoder(item, { size: count.value });
      if (count.kind === 'remainderCountNode') return getArrayDecoder(item, { size: 'remainder' });
      return getArrayDecoder(item, { size: numberDecoder(count.prefix as NumberTypeNode) });
    }
    case 'enumTypeNode': {
      const size = numberDecoder(type.size as NumberTypeNode) as Decoder<number | bigint>;
      const variantAt = (index: number | bigint) => {
        const variant = type.variants[Number(index)];
        if (!variant) throw new Error(`enum variant ${index} unknown`);
        return variant;
      };
      if (type.variants.every((v) => v.kind === 'enumEmptyVariantTypeNode')) return transformDecoder(size, (index) => variantAt(index).name);
      return dataEnumDecoder(program, size, variantAt);
    }
    case 'definedTypeLinkNode': {
      const defined = program.definedTypes.find((t) => t.name === type.name);
      if (!defined) throw new Error(`defined type ${type.name} missing`);
      return typeDecoder(program, defined.type);
    }
    default:
      throw new Error(`${type.kind} not supported`);
  }
}

/** A data enum: the variant's index, then its fields, as `{ __kind, ...fields }` (a tuple's as `fields: [...]`). */
function dataEnumDecoder(program: ProgramNode, size: Decoder<number | bigint>, variantAt: (index: number | bigint) => EnumVariantTypeNode): Decoder<Json> {
  return createDecoder({
    read(bytes, offset) {
      const [index, afterIndex] = size.read(bytes, offset);
      const variant = variantAt(index);
      if (variant.kind === 'enumEmptyVariantTypeNode') return [{ __kind: variant.name }, afterIndex];
      const inner = variant.kind === 'enumStructVariantTypeNode' ? variant.struct : variant.tuple;
      const [value, end] = typeDecoder(program, inner).read(bytes, afterIndex);
      return [variant.kind === 'enumStructVariantTypeNode' ? { __kind: variant.name, ...(value as object) } : { __kind: variant.name, fields: value }, end];
    },
  });
}

/** Whether `data` carries the instruction's discriminators (field values at their offsets, sizes). */
function matches(program: ProgramNode, ix: InstructionNode, data: Uint8Array): boolean {
  const discriminators = ix.discriminators ?? [];
  if (discriminators.length === 0) return false;
  return discriminators.every((d) => {
    if (d.kind === 'sizeDiscriminatorNode') return data.length === d.size;
    if (d.kind === 'fieldDiscriminatorNode') {
      const arg = ix.arguments.find((a) => a.name === d.name);
      if (arg?.type.kind !== 'numberTypeNode' || arg.defaultValue?.kind !== 'numberValueNode') return false;
      try {
        return Number(numberDecoder(arg.type).decode(data, d.offset)) === arg.defaultValue.number;
      } catch {
        return false;
      }
    }
    return false;
  });
}

/** The argument a remaining-accounts list is named by, and its fixed count if it has one. */
function listOf(ix: InstructionNode, list: InstructionRemainingAccountsNode): { name?: string; count?: number } {
  if (list.value.kind !== 'argumentValueNode') return {};
  const name = list.value.name;
  const type = [...ix.arguments, ...(ix.extraArguments ?? [])].find((a) => a.name === name)?.type;
  return { name, count: type?.kind === 'arrayTypeNode' && type.count.kind === 'fixedCountNode' ? type.count.value : undefined };
}

/**
 * The accounts past the named ones, by the IDL's remaining-accounts lists: lists of a fixed count
 * at the end (cast_vote's sysvars) take theirs from the end, and what is left is the one list
 * before them by its argument's name, else `remainingAccounts`.
 */
function remainingInfo(ix: InstructionNode, extra: string[]): Record<string, Json> {
  const lists = (ix.remainingAccounts ?? []).map((list) => listOf(ix, list));
  const tail: [string, string[]][] = [];
  let rest = extra;
  while (lists.length > 1) {
    const { name, count } = lists.at(-1)!;
    if (name === undefined || count === undefined || count > rest.length) break;
    tail.unshift([name, rest.slice(rest.length - count)]);
    rest = rest.slice(0, rest.length - count);
    lists.pop();
  }
  const head = lists.length === 1 && lists[0]!.name !== undefined ? lists[0]!.name : 'remainingAccounts';
  return Object.fromEntries([...(rest.length > 0 ? [[head, rest] as const] : []), ...tail]);
}

/**
 * The IDL accounts `count` accounts stand for: optional ones left out move the accounts after them
 * up (in Keel's lists an optional account comes last, or just before a sysvar), so with fewer
 * accounts than the IDL lists, its last optional ones are the absent ones.
 */
function namedAccounts(ix: InstructionNode, count: number): InstructionNode['accounts'] {
  const named = [...ix.accounts];
  let absent = named.length - count;
  for (let i = named.length - 1; i >= 0 && absent > 0; i--) {
    if (named[i]!.isOptional) {
      named.splice(i, 1);
      absent--;
    }
  }
  return named;
}

/** The parsed form of one instruction of `root`'s program, or null when no instruction's discriminator matches. */
export function parseWithIdl(root: RootNode, data: Uint8Array, accounts: string[]): { type: string; info: Record<string, Json> } | null {
  const program = root.program;
  const ix = program.instructions.find((candidate) => matches(program, candidate, data));
  if (!ix) return null;
  const args = typeDecoder(program, { kind: 'structTypeNode', fields: ix.arguments.map((a) => ({ kind: 'structFieldTypeNode', name: a.name, type: a.type })) });
  const [values, read] = args.read(data, 0);
  if (read !== data.length) throw new Error(`${ix.name}: ${data.length - read} bytes after the arguments`);
  const required = ix.accounts.filter((a) => !a.isOptional).length;
  if (accounts.length < required) throw new Error(`${ix.name}: ${accounts.length} accounts, ${required} required`);
  const info: Record<string, Json> = {};
  namedAccounts(ix, accounts.length).forEach((account, i) => (info[account.name] = accounts[i]));
  if (accounts.length > ix.accounts.length) Object.assign(info, remainingInfo(ix, accounts.slice(ix.accounts.length)));
  for (const arg of ix.arguments) {
    if (arg.defaultValueStrategy === 'omitted') continue;
    if (arg.name in info) throw new Error(`${ix.name}: argument ${arg.name} has an account's name`);
    info[arg.name] = (values as Record<string, Json>)[arg.name];
  }
  return { type: ix.name, info };
}

/** Program id → its IDL, for the programs deployed with one. */
const IDLS = new Map<string, RootNode>();

/** Parses `programId`'s instructions with the IDL in `file` from now on. */
export function registerIdlFile(programId: string, file: string): void {
  const root = JSON.parse(readFileSync(file, 'utf8')) as RootNode;
  if (root.kind !== 'rootNode' || root.standard !== 'codama') throw new Error(`${file} is not a Codama IDL`);
  IDLS.set(programId, root);
}

/** The IDL registered for `programId`, if any. */
export function idlOf(programId: string): RootNode | undefined {
  return IDLS.get(programId);
}
