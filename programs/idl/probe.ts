/**
 * The probe's Codama IDL, written from `programs/probe/src/interface/`
 * (`instruction.rs`, `state.rs`, `error.rs`). `npm run generate:clients` turns
 * it into `programs/deploy/probe.idl.json` and `lib/programs/generated/probe/`;
 * `programs/idl/probe.test.ts` checks it against the Rust interface.
 */
import {
  accountNode,
  accountValueNode,
  argumentValueNode,
  arrayTypeNode,
  booleanTypeNode,
  bytesTypeNode,
  bytesValueNode,
  constantDiscriminatorNode,
  constantPdaSeedNodeFromString,
  constantValueNodeFromString,
  definedTypeLinkNode,
  definedTypeNode,
  enumEmptyVariantTypeNode,
  enumTypeNode,
  errorNode,
  eventNode,
  fieldDiscriminatorNode,
  instructionAccountNode,
  instructionArgumentNode,
  instructionNode,
  instructionRemainingAccountsNode,
  numberTypeNode,
  numberValueNode,
  pdaLinkNode,
  pdaNode,
  pdaSeedValueNode,
  pdaValueNode,
  programNode,
  publicKeyTypeNode,
  remainderCountNode,
  rootNode,
  sizeDiscriminatorNode,
  structFieldTypeNode,
  structTypeNode,
  variablePdaSeedNode,
  type InstructionAccountNode,
  type InstructionArgumentNode,
} from 'codama';
import { LOCALNET_PROGRAM_IDS } from '@/lib/config/programs';
import { discriminatorArgument, systemProgramAccount } from './shared';

const u8 = () => numberTypeNode('u8');
const u64 = () => numberTypeNode('u64');

/** `[]` authority PDA `["authority"]`, derived when not given. */
const authorityAccount = (): InstructionAccountNode =>
  instructionAccountNode({
    name: 'authority',
    isWritable: false,
    isSigner: false,
    docs: ['The probe token authority, PDA `["authority"]`.'],
    defaultValue: pdaValueNode('authority'),
  });

const tokenProgramAccount = (docs: string): InstructionAccountNode =>
  instructionAccountNode({ name: 'tokenProgram', isWritable: false, isSigner: false, docs: [docs] });

/**
 * `u8 authority bump`, given by the caller (an `accountBumpValueNode` default
 * would make the builders take the authority only as an `[address, bump]` pair).
 */
const authorityBumpArgument = (): InstructionArgumentNode => instructionArgumentNode({ name: 'authorityBump', type: u8() });

const amountArgument = () => instructionArgumentNode({ name: 'amount', type: u64() });

export const probeIdl = rootNode(
  programNode({
    name: 'probe',
    publicKey: LOCALNET_PROGRAM_IDS.probe,
    version: '0.1.0',
    origin: undefined,
    docs: ['Test-only program that exercises every part of keel-sdk.'],
    pdas: [
      pdaNode({
        name: 'record',
        docs: ["A caller's record."],
        seeds: [constantPdaSeedNodeFromString('utf8', 'record'), variablePdaSeedNode('payer', publicKeyTypeNode())],
      }),
      pdaNode({
        name: 'vault',
        docs: ["The probe's token account for a mint."],
        seeds: [constantPdaSeedNodeFromString('utf8', 'vault'), variablePdaSeedNode('mint', publicKeyTypeNode())],
      }),
      pdaNode({
        name: 'authority',
        docs: ['Owner of the vaults and mint authority.'],
        seeds: [constantPdaSeedNodeFromString('utf8', 'authority')],
      }),
    ],
    accounts: [
      accountNode({
        name: 'probeRecord',
        docs: ["A caller's record (`state.rs` `Record`), 42 bytes."],
        size: 42,
        pda: pdaLinkNode('record'),
        discriminators: [fieldDiscriminatorNode('discriminator'), sizeDiscriminatorNode(42)],
        data: structTypeNode([
          structFieldTypeNode({
            name: 'discriminator',
            type: u8(),
            defaultValue: numberValueNode(1),
            defaultValueStrategy: 'omitted',
          }),
          structFieldTypeNode({ name: 'bump', type: u8(), docs: ['Bump of `["record", authority]`.'] }),
          structFieldTypeNode({ name: 'authority', type: publicKeyTypeNode(), docs: ['The payer that created it.'] }),
          structFieldTypeNode({ name: 'value', type: u64() }),
        ]),
      }),
      accountNode({
        name: 'report',
        docs: [
          'What `check_accounts` saw: a 36-byte header, then one 48-byte entry per account',
          '(at most 8; the account may be longer than the entries written).',
        ],
        data: structTypeNode([
          structFieldTypeNode({ name: 'accounts', type: u8(), docs: ['Number of accounts the entrypoint kept.'] }),
          structFieldTypeNode({
            name: 'readersRefused',
            type: u8(),
            docs: ['How many other views of account 0 could not borrow its data while it was borrowed mutably.'],
          }),
          structFieldTypeNode({ name: 'dataLen', type: numberTypeNode('u16'), docs: ['Instruction data length.'] }),
          structFieldTypeNode({ name: 'programId', type: publicKeyTypeNode() }),
          structFieldTypeNode({
            name: 'entries',
            type: arrayTypeNode(definedTypeLinkNode('reportEntry'), remainderCountNode()),
          }),
        ]),
      }),
    ],
    definedTypes: [
      definedTypeNode({
        name: 'reportEntry',
        docs: ['One account as the entrypoint parsed it (48 bytes).'],
        type: structTypeNode([
          structFieldTypeNode({ name: 'key', type: publicKeyTypeNode() }),
          structFieldTypeNode({ name: 'isSigner', type: booleanTypeNode() }),
          structFieldTypeNode({ name: 'isWritable', type: booleanTypeNode() }),
          structFieldTypeNode({ name: 'executable', type: booleanTypeNode() }),
          structFieldTypeNode({
            name: 'firstIndex',
            type: u8(),
            docs: ['Index of the first account that is the same account (own index unless a duplicate).'],
          }),
          structFieldTypeNode({ name: 'lamports', type: u64() }),
          structFieldTypeNode({ name: 'dataLen', type: numberTypeNode('u32') }),
        ]),
      }),
      definedTypeNode({
        name: 'mulDivMode',
        docs: ['Modes of `mul_div`: u64 modes need a, b, c to fit u64 and return 8 bytes; u128 modes return 16.'],
        type: enumTypeNode(
          [
            enumEmptyVariantTypeNode('u64Floor'),
            enumEmptyVariantTypeNode('u64Ceil'),
            enumEmptyVariantTypeNode('u128Floor'),
            enumEmptyVariantTypeNode('u128Ceil'),
          ],
          { size: u8() },
        ),
      }),
      definedTypeNode({
        name: 'failKind',
        docs: ['Kinds of `fail`: `error` returns DeliberateFailure, `panic` panics.'],
        type: enumTypeNode([enumEmptyVariantTypeNode('error'), enumEmptyVariantTypeNode('panic')], { size: u8() }),
      }),
      definedTypeNode({
        name: 'clockEventReturn',
        docs: ['Return data of `clock_event` (32 bytes).'],
        type: structTypeNode([
          structFieldTypeNode({ name: 'slot', type: u64() }),
          structFieldTypeNode({ name: 'unixTimestamp', type: numberTypeNode('i64') }),
          structFieldTypeNode({ name: 'epoch', type: u64() }),
          structFieldTypeNode({ name: 'tag', type: u64() }),
        ]),
      }),
    ],
    events: [
      eventNode({
        name: 'clock',
        docs: ['Logged by `clock_event` as `sol_log_data` parts: `"clock"`, slot, unix_timestamp, tag.'],
        data: structTypeNode([
          structFieldTypeNode({ name: 'slot', type: u64() }),
          structFieldTypeNode({ name: 'unixTimestamp', type: numberTypeNode('i64') }),
          structFieldTypeNode({ name: 'tag', type: u64() }),
        ]),
        discriminators: [constantDiscriminatorNode(constantValueNodeFromString('utf8', 'clock'))],
      }),
    ],
    instructions: [
      instructionNode({
        name: 'checkAccounts',
        docs: ['Records what the entrypoint parsed into a report account.'],
        accounts: [
          instructionAccountNode({
            name: 'report',
            isWritable: true,
            isSigner: false,
            docs: ['Owned by the probe, at least 36 + 48 * min(n, 8) bytes.'],
          }),
        ],
        remainingAccounts: [
          instructionRemainingAccountsNode(argumentValueNode('remainingAccounts'), {
            isOptional: true,
            docs: ['Any accounts, duplicates included.'],
          }),
        ],
        arguments: [
          discriminatorArgument(0),
          instructionArgumentNode({
            name: 'payload',
            type: bytesTypeNode(),
            defaultValue: bytesValueNode('base16', ''),
            docs: ['Any bytes; only their count is recorded.'],
          }),
        ],
        discriminators: [fieldDiscriminatorNode('discriminator')],
      }),
      instructionNode({
        name: 'createPda',
        docs: ["Creates the caller's record PDA with a PDA-signed System Program CPI and writes a Record."],
        accounts: [
          instructionAccountNode({ name: 'payer', isWritable: true, isSigner: true }),
          instructionAccountNode({
            name: 'record',
            isWritable: true,
            isSigner: false,
            docs: ['Record PDA `["record", payer]`, not yet created.'],
            defaultValue: pdaValueNode('record', [pdaSeedValueNode('payer', accountValueNode('payer'))]),
          }),
          systemProgramAccount(),
        ],
        arguments: [discriminatorArgument(1), instructionArgumentNode({ name: 'value', type: u64() })],
        discriminators: [fieldDiscriminatorNode('discriminator')],
      }),
      instructionNode({
        name: 'initVault',
        docs: ['Creates the vault token account `["vault", mint]` owned by the authority PDA.'],
        accounts: [
          instructionAccountNode({ name: 'payer', isWritable: true, isSigner: true }),
          instructionAccountNode({
            name: 'vault',
            isWritable: true,
            isSigner: false,
            docs: ['Vault PDA `["vault", mint]`, not yet created.'],
            defaultValue: pdaValueNode('vault', [pdaSeedValueNode('mint', accountValueNode('mint'))]),
          }),
          instructionAccountNode({ name: 'mint', isWritable: false, isSigner: false }),
          authorityAccount(),
          systemProgramAccount(),
          tokenProgramAccount('SPL Token or Token-2022: the mint’s owner.'),
        ],
        arguments: [
          discriminatorArgument(2),
          instructionArgumentNode({ name: 'vaultBump', type: u8() }),
          authorityBumpArgument(),
        ],
        discriminators: [fieldDiscriminatorNode('discriminator')],
      }),
      instructionNode({
        name: 'mintTo',
        docs: ['Mints tokens; the authority PDA is the mint authority.'],
        accounts: [
          instructionAccountNode({ name: 'mint', isWritable: true, isSigner: false }),
          instructionAccountNode({ name: 'destination', isWritable: true, isSigner: false }),
          authorityAccount(),
          tokenProgramAccount('The token program owning the mint.'),
        ],
        arguments: [discriminatorArgument(3), authorityBumpArgument(), amountArgument()],
        discriminators: [fieldDiscriminatorNode('discriminator')],
      }),
      instructionNode({
        name: 'burn',
        docs: ['Burns tokens from an account owned by the authority PDA.'],
        accounts: [
          instructionAccountNode({ name: 'source', isWritable: true, isSigner: false }),
          instructionAccountNode({ name: 'mint', isWritable: true, isSigner: false }),
          authorityAccount(),
          tokenProgramAccount('The token program owning the mint.'),
        ],
        arguments: [discriminatorArgument(4), authorityBumpArgument(), amountArgument()],
        discriminators: [fieldDiscriminatorNode('discriminator')],
      }),
      instructionNode({
        name: 'transfer',
        docs: ['transfer_checked out of an account owned by the authority PDA, signed by the PDA.'],
        accounts: [
          instructionAccountNode({ name: 'source', isWritable: true, isSigner: false }),
          instructionAccountNode({ name: 'mint', isWritable: false, isSigner: false }),
          instructionAccountNode({ name: 'destination', isWritable: true, isSigner: false }),
          authorityAccount(),
          tokenProgramAccount('The token program owning the mint.'),
        ],
        arguments: [discriminatorArgument(5), authorityBumpArgument(), amountArgument()],
        discriminators: [fieldDiscriminatorNode('discriminator')],
      }),
      instructionNode({
        name: 'clockEvent',
        docs: ['Reads the Clock, logs it, emits the `clock` event and returns a ClockEventReturn.'],
        accounts: [],
        arguments: [discriminatorArgument(6), instructionArgumentNode({ name: 'tag', type: u64() })],
        discriminators: [fieldDiscriminatorNode('discriminator')],
      }),
      instructionNode({
        name: 'mulDiv',
        docs: ['Computes a * b / c and returns it (8 bytes in u64 modes, 16 in u128 modes).'],
        accounts: [],
        arguments: [
          discriminatorArgument(7),
          instructionArgumentNode({ name: 'mode', type: definedTypeLinkNode('mulDivMode') }),
          instructionArgumentNode({ name: 'a', type: numberTypeNode('u128') }),
          instructionArgumentNode({ name: 'b', type: numberTypeNode('u128') }),
          instructionArgumentNode({ name: 'c', type: numberTypeNode('u128') }),
        ],
        discriminators: [fieldDiscriminatorNode('discriminator')],
      }),
      instructionNode({
        name: 'fail',
        docs: ['Fails on purpose.'],
        accounts: [],
        arguments: [discriminatorArgument(8), instructionArgumentNode({ name: 'kind', type: definedTypeLinkNode('failKind') })],
        discriminators: [fieldDiscriminatorNode('discriminator')],
      }),
      instructionNode({
        name: 'closeVault',
        docs: ['Closes an empty token account owned by the authority PDA, sending its lamports to destination.'],
        accounts: [
          instructionAccountNode({ name: 'vault', isWritable: true, isSigner: false, docs: ['Zero balance.'] }),
          instructionAccountNode({ name: 'destination', isWritable: true, isSigner: false }),
          authorityAccount(),
          tokenProgramAccount('The token program owning the token account.'),
        ],
        arguments: [discriminatorArgument(9), authorityBumpArgument()],
        discriminators: [fieldDiscriminatorNode('discriminator')],
      }),
    ],
    errors: [
      errorNode({
        name: 'deliberateFailure',
        code: 0,
        message: 'The probe failed on purpose (fail instruction).',
        docs: ['The fail instruction ran; this error is on purpose.'],
      }),
      errorNode({ name: 'divideByZero', code: 1, message: 'The calculation divided by zero.' }),
      errorNode({ name: 'mathOverflow', code: 2, message: 'The result is too large for the requested width.' }),
      errorNode({ name: 'operandTooLarge', code: 3, message: 'A number is too large for 64-bit math.' }),
      errorNode({ name: 'invalidMode', code: 4, message: 'The probe does not know this mode.' }),
    ],
  }),
  [],
);
