/**
 * The makers program's Codama IDL, written from `programs/makers/src/interface/`
 * (`instruction.rs`, `state/`, `event.rs`, `error.rs`). `npm run
 * generate:clients` turns it into `programs/deploy/makers.idl.json` and
 * `lib/programs/generated/makers/`; `programs/idl/makers.test.ts` checks it
 * against the Rust interface.
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
  constantValueNode,
  definedTypeLinkNode,
  definedTypeNode,
  enumEmptyVariantTypeNode,
  enumStructVariantTypeNode,
  enumTypeNode,
  errorNode,
  eventNode,
  fieldDiscriminatorNode,
  fixedSizeTypeNode,
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
  publicKeyValueNode,
  remainderCountNode,
  rootNode,
  sizeDiscriminatorNode,
  structFieldTypeNode,
  structTypeNode,
  variablePdaSeedNode,
  type InstructionAccountNode,
  type InstructionArgumentNode,
  type StructFieldTypeNode,
  type TypeNode,
} from 'codama';
import { LOCALNET_PROGRAM_IDS } from '@/lib/config/programs';
import { discriminatorArgument, systemProgramAccount } from './shared';

const u8 = () => numberTypeNode('u8');
const u16 = () => numberTypeNode('u16');
const u32 = () => numberTypeNode('u32');
const u64 = () => numberTypeNode('u64');
const u128 = () => numberTypeNode('u128');
const i64 = () => numberTypeNode('i64');
const key = () => publicKeyTypeNode();
const bytes = (n: number) => fixedSizeTypeNode(bytesTypeNode(), n);

const field = (name: string, type: TypeNode, docs?: string): StructFieldTypeNode =>
  structFieldTypeNode({ name, type, docs: docs ? [docs] : [] });
/** Zero bytes the encoders write and callers never pass. */
const zeros = (name: string, n: number): StructFieldTypeNode =>
  structFieldTypeNode({ name, type: bytes(n), defaultValue: bytesValueNode('base16', '00'.repeat(n)), defaultValueStrategy: 'omitted' });
const discriminatorField = (value: number): StructFieldTypeNode =>
  structFieldTypeNode({ name: 'discriminator', type: u8(), defaultValue: numberValueNode(value), defaultValueStrategy: 'omitted' });

const account = (name: string, flags: { s?: boolean; w?: boolean; optional?: boolean } = {}, docs?: string): InstructionAccountNode =>
  instructionAccountNode({
    name,
    isSigner: flags.s ?? false,
    isWritable: flags.w ?? false,
    isOptional: flags.optional ?? false,
    docs: docs ? [docs] : [],
  });
const arg = (name: string, type: TypeNode, docs?: string): InstructionArgumentNode =>
  instructionArgumentNode({ name, type, docs: docs ? [docs] : [] });

/** `[w]` config, derived from the mint when not given. */
const configFromMint = (): InstructionAccountNode =>
  instructionAccountNode({
    name: 'config',
    isWritable: true,
    isSigner: false,
    docs: ['Config PDA `["config", mint]`.'],
    defaultValue: pdaValueNode('config', [pdaSeedValueNode('mint', accountValueNode('mint'))]),
  });
/** The maker PDA of `config` and `wallet`, derived when not given. */
const makerFromWallet = (): InstructionAccountNode =>
  instructionAccountNode({
    name: 'maker',
    isWritable: true,
    isSigner: false,
    docs: ['Maker PDA `["maker", config, wallet]`.'],
    defaultValue: pdaValueNode('maker', [
      pdaSeedValueNode('config', accountValueNode('config')),
      pdaSeedValueNode('wallet', accountValueNode('wallet')),
    ]),
  });
const vaultFromConfig = (name: 'rewardVault' | 'bondVault', optional = false): InstructionAccountNode =>
  instructionAccountNode({
    name,
    isWritable: true,
    isSigner: false,
    isOptional: optional,
    docs: [`${name === 'rewardVault' ? 'Reward' : 'Bond'} vault PDA \`["${name === 'rewardVault' ? 'reward_vault' : 'bond_vault'}", config]\`.`],
    defaultValue: optional ? undefined : pdaValueNode(name, [pdaSeedValueNode('config', accountValueNode('config'))]),
  });

const ASSOCIATED_TOKEN_PROGRAM = 'ATokenGPvbdGVxr1b2hvZbsiqW5xWH25efTNsLJA8knL';

/** Fields of an event after its 8-byte header (kind u8 + 7 zero bytes). */
const event = (name: string, kind: number, docs: string, fields: StructFieldTypeNode[]) =>
  eventNode({
    name,
    docs: [docs],
    data: structTypeNode([
      structFieldTypeNode({ name: 'kind', type: u8(), defaultValue: numberValueNode(kind), defaultValueStrategy: 'omitted' }),
      zeros('headerPadding', 7),
      ...fields,
    ]),
    discriminators: [constantDiscriminatorNode(constantValueNode(u8(), numberValueNode(kind)))],
  });

const seasonStatsFields = [
  field('index', u32(), 'Season (0: none).'),
  field('fills', u32()),
  field('notional', u128()),
  field('improvementWeighted', u128(), 'Σ notional × improvement_bps.'),
  field('rewards', u64()),
  field('cappedFills', u32(), 'Fills cut by the per-fill cap or the budget.'),
  field('belowMinimumFills', u32(), 'Fills under min_improvement_bps.'),
];

const configFields = [
  discriminatorField(1),
  field('version', u8()),
  field('bump', u8()),
  field('rewardVaultBump', u8()),
  field('bondVaultBump', u8()),
  field('paused', booleanTypeNode()),
  field('rolloverPolicy', definedTypeLinkNode('rolloverPolicy')),
  field('decimals', u8()),
  field('authority', key()),
  field('reporter', key()),
  field('mint', key()),
  field('tokenProgram', key()),
  field('rewardVault', key()),
  field('bondVault', key()),
  field('treasury', key(), 'Token account unspent budgets return to (policy return), else zero.'),
  field('seasonIndex', u32()),
  field('makers', u32()),
  field('seasonStart', i64()),
  field('seasonEnd', i64()),
  field('seasonBudget', u64()),
  field('seasonEmitted', u64()),
  field('nextBudget', u64()),
  field('seasonSecs', i64()),
  field('reporterSequence', u64()),
  field('maxRewardPerFill', u64()),
  field('minBond', u64()),
  field('inactivityWindowSecs', i64()),
  field('unbondCooldownSecs', i64()),
  field('minImprovementBps', u16()),
  field('earlyMultiplierBps', u16()),
  field('volatilityThresholdBps', u16()),
  field('maxVolatilityMultiplierBps', u16()),
  field('slashBps', u16()),
  zeros('reserved0', 2),
  field('earlyUntilSeason', u32()),
  field('earlyMaxMakers', u32()),
  zeros('reserved1', 4),
  field('totalEarned', u128()),
  field('totalClaimed', u128()),
  field('totalBonded', u64()),
  field('totalUnbonding', u64()),
  field('totalSlashed', u128()),
  field('totalFunded', u128()),
  field('totalReturned', u128()),
  field('totalFills', u64()),
  zeros('reserved', 56),
];

const makerFields = [
  discriminatorField(2),
  field('version', u8()),
  field('bump', u8()),
  field('early', booleanTypeNode()),
  field('number', u32(), 'Registration order (0 = first maker).'),
  field('wallet', key()),
  field('config', key()),
  field('bond', u64()),
  field('unbonding', u64()),
  field('unlockAt', i64()),
  field('registeredAt', i64()),
  field('lastFillAt', i64()),
  field('lastSlashAt', i64()),
  field('rewardsEarned', u64()),
  field('rewardsClaimed', u64()),
  field('notional', u128()),
  field('improvementWeighted', u128()),
  field('fills', u64()),
  field('slashed', u64()),
  field('executionVolume', u64()),
  field('spreadEfficiencyBps', u16()),
  field('orderFlowBps', u16()),
  field('performancePeriod', u32()),
  field('performanceAt', i64()),
  field('current', definedTypeLinkNode('seasonStats')),
  field('previous', definedTypeLinkNode('seasonStats')),
  zeros('reserved', 32),
];

const configUpdateVariant = (name: string, fields: StructFieldTypeNode[]) => enumStructVariantTypeNode(name, structTypeNode(fields));

export const makersIdl = rootNode(
  programNode({
    name: 'makers',
    publicKey: LOCALNET_PROGRAM_IDS.makers,
    version: '0.1.0',
    origin: undefined,
    docs: ['Keel maker rewards: reporter-recorded fills paid from a season budget, bonds and slashing.'],
    pdas: [
      pdaNode({ name: 'config', docs: ['The config of a KEEL mint.'], seeds: [constantPdaSeedNodeFromString('utf8', 'config'), variablePdaSeedNode('mint', key())] }),
      pdaNode({
        name: 'maker',
        docs: ['A maker of a config.'],
        seeds: [constantPdaSeedNodeFromString('utf8', 'maker'), variablePdaSeedNode('config', key()), variablePdaSeedNode('wallet', key())],
      }),
      pdaNode({ name: 'rewardVault', docs: ['Budgets and unclaimed rewards.'], seeds: [constantPdaSeedNodeFromString('utf8', 'reward_vault'), variablePdaSeedNode('config', key())] }),
      pdaNode({ name: 'bondVault', docs: ['Bonds and unbonding amounts.'], seeds: [constantPdaSeedNodeFromString('utf8', 'bond_vault'), variablePdaSeedNode('config', key())] }),
    ],
    accounts: [
      accountNode({
        name: 'makersConfig',
        docs: ['Config (`state/config.rs`), 512 bytes.'],
        size: 512,
        pda: pdaLinkNode('config'),
        discriminators: [fieldDiscriminatorNode('discriminator'), sizeDiscriminatorNode(512)],
        data: structTypeNode(configFields),
      }),
      accountNode({
        name: 'maker',
        docs: ['Maker (`state/maker.rs`), 352 bytes.'],
        size: 352,
        pda: pdaLinkNode('maker'),
        discriminators: [fieldDiscriminatorNode('discriminator'), sizeDiscriminatorNode(352)],
        data: structTypeNode(makerFields),
      }),
    ],
    definedTypes: [
      definedTypeNode({ name: 'seasonStats', docs: ['One season of a maker (56 bytes).'], type: structTypeNode(seasonStatsFields) }),
      definedTypeNode({
        name: 'rolloverPolicy',
        docs: ['What rollover does with the unspent budget.'],
        type: enumTypeNode([enumEmptyVariantTypeNode('carryOver'), enumEmptyVariantTypeNode('return')], { size: u8() }),
      }),
      definedTypeNode({
        name: 'fundTarget',
        docs: ['Which budget fund adds to.'],
        type: enumTypeNode([enumEmptyVariantTypeNode('currentSeason'), enumEmptyVariantTypeNode('nextSeason')], { size: u8() }),
      }),
      definedTypeNode({
        name: 'fill',
        docs: ['One fill of record_fills (16 bytes).'],
        type: structTypeNode([
          field('notional', u64(), 'KEEL base units, as the reporter converted it.'),
          field('improvementBps', u16(), 'Spread improvement.'),
          field('volatilityBps', u16(), "The market's volatility at the fill."),
          field('maker', u8(), "Index into the batch's maker accounts."),
          zeros('reserved', 3),
        ]),
      }),
      definedTypeNode({
        name: 'fillResult',
        docs: ['What one fill earned (16 bytes, FillsRecorded third part). Flags: 1 below minimum, 2 capped, 4 budget limited.'],
        type: structTypeNode([
          field('reward', u64()),
          field('earlyBps', u16()),
          field('volatilityBps', u16()),
          field('flags', u8()),
          zeros('reserved', 3),
        ]),
      }),
      definedTypeNode({
        name: 'configUpdate',
        docs: ['update_config: one parameter group, tagged by its field byte.'],
        type: enumTypeNode(
          [
            configUpdateVariant('setPaused', [field('paused', booleanTypeNode())]),
            configUpdateVariant('setAuthority', [field('authority', key())]),
            configUpdateVariant('setReporter', [field('reporter', key())]),
            configUpdateVariant('setRewardRules', [
              field('minImprovementBps', u16()),
              field('earlyMultiplierBps', u16()),
              field('maxRewardPerFill', u64()),
            ]),
            configUpdateVariant('setEarlyRule', [field('earlyUntilSeason', u32()), field('earlyMaxMakers', u32())]),
            configUpdateVariant('setVolatility', [field('thresholdBps', u16()), field('maxMultiplierBps', u16())]),
            configUpdateVariant('setBondRules', [
              field('minBond', u64()),
              field('inactivityWindowSecs', i64()),
              field('unbondCooldownSecs', i64()),
              field('slashBps', u16()),
            ]),
            configUpdateVariant('setSeasonLength', [field('seasonSecs', i64())]),
            configUpdateVariant('setRolloverPolicy', [field('policy', definedTypeLinkNode('rolloverPolicy'))]),
          ],
          { size: u8() },
        ),
      }),
    ],
    events: [
      event('initialized', 1, 'initialize.', [field('config', key()), field('mint', key()), field('authority', key()), field('reporter', key()), field('seasonEnd', i64())]),
      event('configUpdated', 2, 'update_config; a second part holds its data after the field byte.', [field('field', u8())]),
      event('registered', 3, 'register.', [
        field('maker', key()),
        field('wallet', key()),
        field('bond', u64()),
        field('registeredAt', i64()),
        field('number', u32()),
        field('early', u8()),
      ]),
      event('bondAdded', 4, 'add_bond (amount received).', [field('maker', key()), field('wallet', key()), field('amount', u64()), field('bond', u64())]),
      event('unbondRequested', 5, 'request_unbond.', [
        field('maker', key()),
        field('wallet', key()),
        field('amount', u64()),
        field('unbonding', u64()),
        field('unlockAt', i64()),
      ]),
      event('bondWithdrawn', 6, 'withdraw_bond.', [field('maker', key()), field('wallet', key()), field('amount', u64())]),
      event(
        'fillsRecorded',
        7,
        'record_fills: this header, then parts: the fills as sent (16 bytes each), one fillResult per fill, the key of each maker account.',
        [
          field('sequence', u64()),
          field('total', u64()),
          field('seasonEmitted', u64()),
          field('seasonBudget', u64()),
          field('seasonIndex', u32()),
          field('fills', u32()),
        ],
      ),
      event('performanceUpdated', 8, 'update_performance.', [
        field('maker', key()),
        field('wallet', key()),
        field('executionVolume', u64()),
        field('performanceAt', i64()),
        field('period', u32()),
        field('spreadEfficiencyBps', u16()),
        field('orderFlowBps', u16()),
      ]),
      event('claimed', 9, 'claim.', [
        field('maker', key()),
        field('wallet', key()),
        field('destination', key()),
        field('amount', u64()),
        field('created', u8()),
      ]),
      event('rolledOver', 10, 'rollover.', [
        field('seasonStart', i64()),
        field('seasonEnd', i64()),
        field('seasonBudget', u64()),
        field('carried', u64()),
        field('returned', u64()),
        field('endedEmitted', u64()),
        field('seasonIndex', u32()),
      ]),
      event('slashed', 11, 'slash.', [
        field('maker', key()),
        field('wallet', key()),
        field('amount', u64()),
        field('received', u64()),
        field('bond', u64()),
        field('unbonding', u64()),
      ]),
      event('funded', 12, 'fund (amount received).', [
        field('funder', key()),
        field('amount', u64()),
        field('seasonBudget', u64()),
        field('nextBudget', u64()),
        field('target', u8()),
      ]),
    ],
    instructions: [
      instructionNode({
        name: 'initialize',
        docs: ['Creates the config for a mint and its two vaults; season 1 starts now. The payer becomes the authority.'],
        accounts: [
          account('payer', { s: true, w: true }, 'Becomes the authority.'),
          configFromMint(),
          account('mint'),
          vaultFromConfig('rewardVault'),
          vaultFromConfig('bondVault'),
          account('tokenProgram', {}, 'SPL Token or Token-2022: the mint’s owner.'),
          systemProgramAccount(),
        ],
        arguments: [discriminatorArgument(0), arg('reporter', key())],
        discriminators: [fieldDiscriminatorNode('discriminator')],
      }),
      instructionNode({
        name: 'updateConfig',
        docs: ['Changes one parameter group within its bounds. Authority only.'],
        accounts: [
          account('authority', { s: true }),
          account('config', { w: true }),
          account('treasury', { optional: true }, 'Only for setRolloverPolicy with return.'),
        ],
        arguments: [discriminatorArgument(1), arg('update', definedTypeLinkNode('configUpdate'))],
        discriminators: [fieldDiscriminatorNode('discriminator')],
        optionalAccountStrategy: 'omitted',
      }),
      instructionNode({
        name: 'register',
        docs: ['Registers the signing wallet as a maker, optionally bonding (0, or at least min_bond).'],
        accounts: [
          account('wallet', { s: true, w: true }),
          account('config', { w: true }),
          makerFromWallet(),
          systemProgramAccount(),
          account('walletToken', { w: true, optional: true }, 'Only with a bond.'),
          vaultFromConfig('bondVault', true),
          account('mint', { optional: true }, 'Only with a bond.'),
          account('tokenProgram', { optional: true }, 'Only with a bond.'),
        ],
        arguments: [discriminatorArgument(2), arg('bond', u64())],
        discriminators: [fieldDiscriminatorNode('discriminator')],
        optionalAccountStrategy: 'omitted',
      }),
      instructionNode({
        name: 'addBond',
        docs: ["Adds to the maker's bond."],
        accounts: [
          account('wallet', { s: true }),
          account('config', { w: true }),
          makerFromWallet(),
          account('walletToken', { w: true }),
          vaultFromConfig('bondVault'),
          account('mint'),
          account('tokenProgram'),
        ],
        arguments: [discriminatorArgument(3), arg('amount', u64())],
        discriminators: [fieldDiscriminatorNode('discriminator')],
      }),
      instructionNode({
        name: 'requestUnbond',
        docs: ['Moves bond to unbonding and starts the cooldown.'],
        accounts: [account('wallet', { s: true }), account('config', { w: true }), makerFromWallet()],
        arguments: [discriminatorArgument(4), arg('amount', u64())],
        discriminators: [fieldDiscriminatorNode('discriminator')],
      }),
      instructionNode({
        name: 'withdrawBond',
        docs: ['Pays the whole unbonding amount once the cooldown has passed.'],
        accounts: [
          account('wallet', { s: true }),
          account('config', { w: true }),
          makerFromWallet(),
          account('destination', { w: true }),
          vaultFromConfig('bondVault'),
          account('mint'),
          account('tokenProgram'),
        ],
        arguments: [discriminatorArgument(5)],
        discriminators: [fieldDiscriminatorNode('discriminator')],
      }),
      instructionNode({
        name: 'recordFills',
        docs: ['The reporter records a batch of fills; each names a maker by its index among the remaining accounts.'],
        accounts: [account('reporter', { s: true }), account('config', { w: true })],
        remainingAccounts: [
          instructionRemainingAccountsNode(argumentValueNode('makers'), { isWritable: true, docs: ['The makers the fills refer to by index.'] }),
        ],
        arguments: [
          discriminatorArgument(6),
          instructionArgumentNode({
            name: 'padding',
            type: bytes(7),
            defaultValue: bytesValueNode('base16', '00'.repeat(7)),
            defaultValueStrategy: 'omitted',
          }),
          arg('sequence', u64(), 'Above the config’s reporter_sequence.'),
          arg('fills', arrayTypeNode(definedTypeLinkNode('fill'), remainderCountNode())),
        ],
        discriminators: [fieldDiscriminatorNode('discriminator')],
      }),
      instructionNode({
        name: 'updatePerformance',
        docs: ["The reporter records a maker's performance report for a period after its last."],
        accounts: [account('reporter', { s: true }), account('config'), account('maker', { w: true })],
        arguments: [
          discriminatorArgument(7),
          arg('executionVolume', u64()),
          arg('spreadEfficiencyBps', u16()),
          arg('orderFlowBps', u16()),
          arg('period', u32()),
        ],
        discriminators: [fieldDiscriminatorNode('discriminator')],
      }),
      instructionNode({
        name: 'claim',
        docs: ["Pays the maker's pending rewards; a missing destination is created as the wallet's associated token account."],
        accounts: [
          account('wallet', { s: true, w: true }),
          account('config', { w: true }),
          makerFromWallet(),
          account('destination', { w: true }),
          vaultFromConfig('rewardVault'),
          account('mint'),
          account('tokenProgram'),
          systemProgramAccount(),
          instructionAccountNode({
            name: 'associatedTokenProgram',
            isWritable: false,
            isSigner: false,
            defaultValue: publicKeyValueNode(ASSOCIATED_TOKEN_PROGRAM, 'associatedTokenProgram'),
          }),
        ],
        arguments: [discriminatorArgument(8)],
        discriminators: [fieldDiscriminatorNode('discriminator')],
      }),
      instructionNode({
        name: 'rollover',
        docs: ['Anyone starts the next season once the current one has ended.'],
        accounts: [
          account('config', { w: true }),
          vaultFromConfig('rewardVault'),
          account('mint'),
          account('tokenProgram'),
          account('treasury', { w: true, optional: true }, 'Only with the return policy.'),
        ],
        arguments: [discriminatorArgument(9)],
        discriminators: [fieldDiscriminatorNode('discriminator')],
        optionalAccountStrategy: 'omitted',
      }),
      instructionNode({
        name: 'slash',
        docs: ['Anyone slashes a bonded maker inactive for the window, once per window.'],
        accounts: [
          account('config', { w: true }),
          account('maker', { w: true }),
          vaultFromConfig('bondVault'),
          vaultFromConfig('rewardVault'),
          account('mint'),
          account('tokenProgram'),
        ],
        arguments: [discriminatorArgument(10)],
        discriminators: [fieldDiscriminatorNode('discriminator')],
      }),
      instructionNode({
        name: 'fund',
        docs: ["Anyone adds budget to the current season or the next, backed by the tokens the reward vault receives."],
        accounts: [
          account('funder', { s: true }),
          account('config', { w: true }),
          account('funderToken', { w: true }),
          vaultFromConfig('rewardVault'),
          account('mint'),
          account('tokenProgram'),
        ],
        arguments: [discriminatorArgument(11), arg('amount', u64()), arg('target', definedTypeLinkNode('fundTarget'))],
        discriminators: [fieldDiscriminatorNode('discriminator')],
      }),
    ],
    errors: [
      errorNode({ name: 'invalidInstructionData', code: 0, message: 'The makers program did not understand this request.' }),
      errorNode({ name: 'invalidConfig', code: 1, message: 'This is not a Keel makers configuration account.' }),
      errorNode({ name: 'alreadyInitialized', code: 2, message: 'Maker rewards are already set up for this token.' }),
      errorNode({ name: 'unauthorized', code: 3, message: 'Only the makers authority can do this.' }),
      errorNode({ name: 'notReporter', code: 4, message: 'Only the fill reporter can record fills and performance.' }),
      errorNode({ name: 'invalidMint', code: 5, message: 'This token is not the one maker rewards are paid in.' }),
      errorNode({ name: 'invalidTokenProgram', code: 6, message: 'The token program does not match the reward token.' }),
      errorNode({ name: 'invalidVault', code: 7, message: 'A vault account is not the makers reward or bond vault.' }),
      errorNode({ name: 'invalidTreasury', code: 8, message: 'The treasury account is missing or is not the configured treasury.' }),
      errorNode({ name: 'invalidMaker', code: 9, message: 'This is not a maker account of this program.' }),
      errorNode({ name: 'notMakerWallet', code: 10, message: 'This maker account belongs to another wallet.' }),
      errorNode({ name: 'accountNotWritable', code: 11, message: 'An account that must be writable was passed read-only.' }),
      errorNode({ name: 'invalidAddress', code: 12, message: 'An account is not at the address the program derives for it.' }),
      errorNode({ name: 'paused', code: 13, message: 'Maker rewards are paused.' }),
      errorNode({ name: 'zeroAmount', code: 14, message: 'The amount must be more than zero.' }),
      errorNode({ name: 'belowMinimumBond', code: 15, message: 'A bond must be at least the minimum bond.' }),
      errorNode({ name: 'insufficientBond', code: 16, message: 'The bond is smaller than the amount to unbond.' }),
      errorNode({ name: 'nothingToWithdraw', code: 17, message: 'Nothing is unbonding.' }),
      errorNode({ name: 'unbondCooldown', code: 18, message: 'The unbonding cooldown has not passed yet.' }),
      errorNode({ name: 'staleSequence', code: 19, message: 'This fill batch was already recorded or is older than the last one.' }),
      errorNode({ name: 'emptyBatch', code: 20, message: 'The fill batch is empty.' }),
      errorNode({ name: 'tooManyFills', code: 21, message: 'The fill batch has more fills than one instruction records.' }),
      errorNode({ name: 'invalidMakerIndex', code: 22, message: 'A fill refers to a maker the batch does not pass.' }),
      errorNode({ name: 'tooManyMakers', code: 23, message: 'The fill batch passes more makers than one instruction takes.' }),
      errorNode({ name: 'seasonEnded', code: 24, message: 'The season has ended: roll over to the next season first.' }),
      errorNode({ name: 'seasonNotEnded', code: 25, message: 'The season has not ended yet.' }),
      errorNode({ name: 'nothingToClaim', code: 26, message: 'There are no maker rewards to claim.' }),
      errorNode({ name: 'notBonded', code: 27, message: 'This maker has no bond.' }),
      errorNode({ name: 'makerActive', code: 28, message: 'This maker was active (or slashed) within the inactivity window.' }),
      errorNode({ name: 'nothingToSlash', code: 29, message: 'The bond is too small for the slash share to take anything.' }),
      errorNode({ name: 'invalidParameter', code: 30, message: 'A maker setting is outside its allowed range.' }),
      errorNode({ name: 'unsupportedMintExtension', code: 31, message: 'This token has an extension maker rewards do not support.' }),
      errorNode({ name: 'mathOverflow', code: 32, message: 'A calculation overflowed.' }),
      errorNode({ name: 'stalePerformance', code: 33, message: "This performance report is not newer than the maker's last one." }),
      errorNode({ name: 'accountAlreadyExists', code: 34, message: 'This wallet is already registered as a maker.' }),
      errorNode({ name: 'duplicateAccount', code: 35, message: 'The same account was passed twice where two different accounts are needed.' }),
      errorNode({
        name: 'invalidDestination',
        code: 36,
        message: "The destination is neither a token account of the reward token nor the wallet's missing associated token account.",
      }),
    ],
  }),
  [],
);
