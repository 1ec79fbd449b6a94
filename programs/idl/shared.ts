/** IDL pieces every Keel program uses the same way. */
import {
  accountNode,
  accountValueNode,
  argumentValueNode,
  bytesTypeNode,
  bytesValueNode,
  enumEmptyVariantTypeNode,
  enumStructVariantTypeNode,
  enumTypeNode,
  fieldDiscriminatorNode,
  fixedSizeTypeNode,
  instructionAccountNode,
  instructionArgumentNode,
  instructionNode,
  numberTypeNode,
  numberValueNode,
  pdaLinkNode,
  pdaSeedValueNode,
  pdaValueNode,
  publicKeyTypeNode,
  publicKeyValueNode,
  sizeDiscriminatorNode,
  structFieldTypeNode,
  structTypeNode,
  type AccountNode,
  type InstructionAccountNode,
  type InstructionArgumentNode,
  type InstructionNode,
  type StructFieldTypeNode,
  type TypeNode,
} from 'codama';

/**
 * Byte 0 of every Keel instruction: the one-byte discriminator the program's
 * flat dispatch matches. Omitted from the builders' input (always this value).
 */
export const discriminatorArgument = (value: number): InstructionArgumentNode =>
  instructionArgumentNode({
    name: 'discriminator',
    type: numberTypeNode('u8'),
    defaultValue: numberValueNode(value),
    defaultValueStrategy: 'omitted',
  });

/** `[]` System Program, filled in when not given. */
export const systemProgramAccount = (): InstructionAccountNode =>
  instructionAccountNode({
    name: 'systemProgram',
    isWritable: false,
    isSigner: false,
    defaultValue: publicKeyValueNode('11111111111111111111111111111111', 'systemProgram'),
  });

/** The sysvars Keel programs read from accounts rather than by syscall. */
export const SYSVAR_CLOCK = 'SysvarC1ock11111111111111111111111111111111';
export const SYSVAR_RENT = 'SysvarRent111111111111111111111111111111111';

/** `[]` the Clock sysvar, filled in when not given. */
export const clockSysvarAccount = (): InstructionAccountNode =>
  instructionAccountNode({
    name: 'clock',
    isWritable: false,
    isSigner: false,
    docs: ['The Clock sysvar: the program reads the time from its account.'],
    defaultValue: publicKeyValueNode(SYSVAR_CLOCK, 'sysvarClock'),
  });

/** Shorthands for the number, key and byte types of Keel's layouts. */
export const u8 = () => numberTypeNode('u8');
export const u16 = () => numberTypeNode('u16');
export const u32 = () => numberTypeNode('u32');
export const u64 = () => numberTypeNode('u64');
export const u128 = () => numberTypeNode('u128');
export const i64 = () => numberTypeNode('i64');
export const key = () => publicKeyTypeNode();
export const bytes = (n: number) => fixedSizeTypeNode(bytesTypeNode(), n);

export const field = (name: string, type: TypeNode, docs?: string): StructFieldTypeNode =>
  structFieldTypeNode({ name, type, docs: docs ? [docs] : [] });
/** Zero bytes the encoders write and callers never pass (reserved, padding). */
export const zeros = (name: string, n: number): StructFieldTypeNode =>
  structFieldTypeNode({ name, type: bytes(n), defaultValue: bytesValueNode('base16', '00'.repeat(n)), defaultValueStrategy: 'omitted' });
/** Byte 0 of every Keel account: its kind. */
export const discriminatorField = (value: number): StructFieldTypeNode =>
  structFieldTypeNode({ name: 'discriminator', type: u8(), defaultValue: numberValueNode(value), defaultValueStrategy: 'omitted' });

/** An instruction account: `s` signer, `w` writable, optional ones omitted when not given (they come last). */
export const account = (name: string, flags: { s?: boolean; w?: boolean; optional?: boolean } = {}, docs?: string): InstructionAccountNode =>
  instructionAccountNode({
    name,
    isSigner: flags.s ?? false,
    isWritable: flags.w ?? false,
    isOptional: flags.optional ?? false,
    docs: docs ? [docs] : [],
  });
export const arg = (name: string, type: TypeNode, docs?: string): InstructionArgumentNode =>
  instructionArgumentNode({ name, type, docs: docs ? [docs] : [] });

/** A fixed-size account of `name`: discriminator byte 0 and its exact length tell it apart. */
export const fixedAccount = (name: string, docs: string, size: number, pda: string | undefined, fields: StructFieldTypeNode[]): AccountNode =>
  accountNode({
    name,
    docs: [docs],
    size,
    pda: pda ? pdaLinkNode(pda) : undefined,
    discriminators: [fieldDiscriminatorNode('discriminator'), sizeDiscriminatorNode(size)],
    data: structTypeNode(fields),
  });

/** A data enum variant with named fields. */
export const variant = (name: string, fields: StructFieldTypeNode[]) => enumStructVariantTypeNode(name, structTypeNode(fields));
/** An enum of `u8` values 0, 1, … with no data. */
export const byteEnum = (...names: string[]) => enumTypeNode(names.map((n) => enumEmptyVariantTypeNode(n)), { size: u8() });

/**
 * An instruction with its one-byte discriminator first; optional accounts
 * are left out when not given (the accounts after one move up a place, as
 * Keel's programs expect: an optional account is last, or before a sysvar).
 */
export const instruction = (
  name: string,
  discriminator: number,
  docs: string,
  accounts: InstructionAccountNode[],
  args: InstructionArgumentNode[] = [],
  extra: Partial<Parameters<typeof instructionNode>[0]> = {},
): InstructionNode =>
  instructionNode({
    name,
    docs: [docs],
    accounts,
    arguments: [discriminatorArgument(discriminator), ...args],
    discriminators: [fieldDiscriminatorNode('discriminator')],
    ...(accounts.some((a) => a.isOptional) ? { optionalAccountStrategy: 'omitted' as const } : {}),
    ...extra,
  });

/**
 * An account the builders derive when not given: PDA `pda` with each seed
 * taken from the account or argument of that name (`seeds`: seed → `account:x` / `arg:x`).
 */
export const pdaAccount = (
  name: string,
  flags: { s?: boolean; w?: boolean },
  pda: string,
  seeds: Record<string, string>,
  docs?: string,
): InstructionAccountNode =>
  instructionAccountNode({
    name,
    isSigner: flags.s ?? false,
    isWritable: flags.w ?? false,
    docs: docs ? [docs] : [],
    defaultValue: pdaValueNode(
      pda,
      Object.entries(seeds).map(([seed, from]) => {
        const [kind, ref] = from.split(':') as ['account' | 'arg', string];
        return pdaSeedValueNode(seed, kind === 'account' ? accountValueNode(ref) : argumentValueNode(ref));
      }),
    ),
  });
