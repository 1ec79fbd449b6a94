/**
 * Proposal actions in words, for the proposal page: "Set the early-unstake
 * penalty from 10% to 8%", "Transfer 50,000 KEEL from the treasury to 7xKX…".
 * Pure functions of a stored action (decoded with `decodeAction`, or any
 * instruction) and the current staking / governance / maker configs (so
 * "from" values are today's). Keel's own instructions are read with the
 * generated clients' data decoders; unknown instructions are described
 * generically with a warning.
 */
import type { Decoder } from '@solana/kit';
import { type AccountMeta, PublicKey } from '@solana/web3.js';
import type { MakersConfig } from '@/lib/programs/generated/makers/accounts/makersConfig';
import { getFundInstructionDataDecoder } from '@/lib/programs/generated/makers/instructions/fund';
import { getUpdateConfigInstructionDataDecoder } from '@/lib/programs/generated/makers/instructions/updateConfig';
import { MAKERS_PROGRAM_ADDRESS } from '@/lib/programs/generated/makers/programs/makers';
import * as governance from '@/lib/programs/generated/governance';
import * as staking from '@/lib/programs/generated/staking';
import type { StakingConfig } from '@/lib/programs/staking/accounts';
import type { GovernanceConfig } from './accounts';
import { MEMO_PROGRAM_ID } from './actions';
import type { GovernanceAddresses } from './program';

/** What is being described: a stored action or any instruction. */
export interface ActionLike {
  programId: PublicKey;
  accounts?: AccountMeta[];
  keys?: AccountMeta[];
  data: Uint8Array;
}

export interface DescribeContext {
  /** The deployment (ids, authority PDA, treasury, mint): `governanceAddresses`. */
  governance: GovernanceAddresses;
  /** Today's staking config, for "from X to Y" (without it: "to Y"). */
  stakingConfig?: StakingConfig | null;
  /** Today's governance config, likewise. */
  governanceConfig?: GovernanceConfig | null;
  /** Today's maker config, likewise. */
  makersConfig?: MakersConfig | null;
  /** The makers program of this cluster (default the localnet id). */
  makersProgramId?: PublicKey;
  /** Token symbol and decimals of the mint (Keel: "KEEL", 9). */
  symbol?: string;
  decimals?: number;
  /** Names for known addresses (wallets, token accounts), by base58. */
  names?: Record<string, string>;
}

export type ActionKind =
  | 'staking-parameter'
  | 'governance-parameter'
  | 'makers-parameter'
  | 'makers-funding'
  | 'treasury-transfer'
  | 'reward-funding'
  | 'sol-transfer'
  | 'program-upgrade'
  | 'memo'
  | 'unknown';

export interface ActionDescription {
  kind: ActionKind;
  /** One sentence, capitalised, no final period. */
  summary: string;
  /** Things a voter should notice (empty when none). */
  warnings: string[];
}

const TOKEN_PROGRAM = 'TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA';
const TOKEN_2022_PROGRAM = 'TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb';
const SYSTEM_PROGRAM = '11111111111111111111111111111111';
const MEMO_V1 = 'Memo1UhkJRfHyvLMcVucJwxXeuD728EqVDDwQDxFMNo';
const UPGRADEABLE_LOADER = 'BPFLoaderUpgradeab1e11111111111111111111111';
const ZERO_KEY = new PublicKey(new Uint8Array(32));

// ---------------------------------------------------------------- formatting

/** 1000 → "10%", 850 → "8.5%", 1 → "0.01%". */
export function formatBps(bps: number | bigint): string {
  const n = BigInt(bps);
  const whole = n / 100n;
  const frac = (n % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  return `${whole}${frac ? `.${frac}` : ''}%`;
}

/** 50_000_000_000_000n, 9 → "50,000"; 1_500_000_000n → "1.5". */
export function formatAmount(base: bigint, decimals: number): string {
  const scale = 10n ** BigInt(decimals);
  const whole = base / scale;
  const frac = decimals ? (base % scale).toString().padStart(decimals, '0').replace(/0+$/, '') : '';
  return `${whole.toLocaleString('en-US')}${frac ? `.${frac}` : ''}`;
}

/** Seconds → "7 days", "1 day", "24 hours"→"1 day", "90 minutes", "45 seconds". */
export function formatDuration(secs: bigint): string {
  const unit = (n: bigint, name: string) => `${n.toLocaleString('en-US')} ${name}${n === 1n ? '' : 's'}`;
  if (secs !== 0n && secs % 86_400n === 0n) return unit(secs / 86_400n, 'day');
  if (secs !== 0n && secs % 3_600n === 0n) return unit(secs / 3_600n, 'hour');
  if (secs !== 0n && secs % 60n === 0n) return unit(secs / 60n, 'minute');
  return unit(secs, 'second');
}

/** 15_000 → "1.5×". */
const formatMultiplier = (bps: number) => `${formatAmount(BigInt(bps), 4)}×`;

function nameOf(key: PublicKey, ctx: DescribeContext): string {
  const b58 = key.toBase58();
  if (ctx.names?.[b58]) return ctx.names[b58]!;
  if (key.equals(ctx.governance.treasury)) return 'the treasury';
  if (key.equals(ctx.governance.authority)) return 'the governance authority';
  return `${b58.slice(0, 4)}…${b58.slice(-4)}`;
}

/** "from A to B" when the old value is known and differs; "to B" otherwise. */
const fromTo = (old: string | undefined, value: string) => (old !== undefined && old !== value ? `from ${old} to ${value}` : `to ${value}`);

class Bytes {
  private readonly view: DataView;
  constructor(readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }
  u8(at: number) {
    return this.view.getUint8(at);
  }
  u16(at: number) {
    return this.view.getUint16(at, true);
  }
  u32(at: number) {
    return this.view.getUint32(at, true);
  }
  u64(at: number) {
    return this.view.getBigUint64(at, true);
  }
  i64(at: number) {
    return this.view.getBigInt64(at, true);
  }
  key(at: number) {
    return new PublicKey(this.data.slice(at, at + 32));
  }
}

// ---------------------------------------------------------------- describe

/** Describes one action in words. Never throws: malformed data becomes an "unknown" description. */
export function describeAction(action: ActionLike, ctx: DescribeContext): ActionDescription {
  const accounts = action.accounts ?? action.keys ?? [];
  const warnings = accounts
    .filter((a) => a.isSigner && !a.pubkey.equals(ctx.governance.authority))
    .map((a) => `Executing this action needs a signature from ${nameOf(a.pubkey, ctx)}.`);
  try {
    const described = describeKnown(action.programId, accounts, new Bytes(Uint8Array.from(action.data)), ctx);
    if (described) return { ...described, warnings: [...described.warnings, ...warnings] };
  } catch {
    // Malformed data for a known program: fall through to the generic text.
  }
  return {
    kind: 'unknown',
    summary: `Call program ${nameOf(action.programId, ctx)} with ${accounts.length} account${accounts.length === 1 ? '' : 's'} and ${action.data.length} byte${action.data.length === 1 ? '' : 's'} of data`,
    warnings: ['Keel cannot describe this action. Check what it does before voting.', ...warnings],
  };
}

function describeKnown(programId: PublicKey, accounts: AccountMeta[], d: Bytes, ctx: DescribeContext): ActionDescription | null {
  const program = programId.toBase58();
  if (programId.equals(ctx.governance.stakingProgramId)) return describeStaking(accounts, d, ctx);
  if (programId.equals(ctx.governance.programId)) return describeGovernance(d, ctx);
  if (program === (ctx.makersProgramId?.toBase58() ?? MAKERS_PROGRAM_ADDRESS)) return describeMakers(accounts, d, ctx);
  if (program === TOKEN_PROGRAM || program === TOKEN_2022_PROGRAM) return describeToken(accounts, d, ctx);
  if (program === SYSTEM_PROGRAM && d.data.length === 12 && d.u32(0) === 2 && accounts.length >= 2) {
    return {
      kind: 'sol-transfer',
      summary: `Transfer ${formatAmount(d.u64(4), 9)} SOL from ${nameOf(accounts[0]!.pubkey, ctx)} to ${nameOf(accounts[1]!.pubkey, ctx)}`,
      warnings: [],
    };
  }
  if (programId.equals(MEMO_PROGRAM_ID) || program === MEMO_V1) {
    return { kind: 'memo', summary: `Record the note “${new TextDecoder().decode(d.data)}”`, warnings: [] };
  }
  if (program === UPGRADEABLE_LOADER && d.data.length >= 4) {
    const which = d.u32(0);
    if (which === 3 && accounts.length >= 3) {
      return {
        kind: 'program-upgrade',
        summary: `Upgrade program ${nameOf(accounts[1]!.pubkey, ctx)} with the code in buffer ${nameOf(accounts[2]!.pubkey, ctx)}`,
        warnings: ['A program upgrade replaces its code: check the buffer was built from the reviewed source.'],
      };
    }
    if (which === 4 && accounts.length >= 2) {
      const next = accounts[2];
      return {
        kind: 'program-upgrade',
        summary: next
          ? `Make ${nameOf(next.pubkey, ctx)} the upgrade authority of ${nameOf(accounts[0]!.pubkey, ctx)}`
          : `Make ${nameOf(accounts[0]!.pubkey, ctx)} immutable (no upgrade authority)`,
        warnings: next ? ['Governance would no longer control upgrades of this program.'] : ['This cannot be undone.'],
      };
    }
  }
  return null;
}

function describeToken(accounts: AccountMeta[], d: Bytes, ctx: DescribeContext): ActionDescription | null {
  const symbol = ctx.symbol ?? 'KEEL';
  const decimals = ctx.decimals ?? 9;
  const [first, second, third] = accounts;
  if (d.data.length === 10 && d.u8(0) === 12 && first && second && third) {
    // transfer_checked: source, mint, destination, authority.
    const warnings: string[] = [];
    const ours = second.pubkey.equals(ctx.governance.mint);
    if (!ours) warnings.push(`The token is ${nameOf(second.pubkey, ctx)}, not ${symbol}.`);
    const amount = ours ? `${formatAmount(d.u64(1), decimals)} ${symbol}` : `${formatAmount(d.u64(1), d.u8(9))} of ${nameOf(second.pubkey, ctx)}`;
    return {
      kind: 'treasury-transfer',
      summary: `Transfer ${amount} from ${nameOf(first.pubkey, ctx)} to ${nameOf(third.pubkey, ctx)}`,
      warnings,
    };
  }
  if (d.data.length === 9 && d.u8(0) === 3 && first && second) {
    // transfer: source, destination, authority (mint unchecked).
    return {
      kind: 'treasury-transfer',
      summary: `Transfer ${formatAmount(d.u64(1), decimals)} ${symbol} from ${nameOf(first.pubkey, ctx)} to ${nameOf(second.pubkey, ctx)}`,
      warnings: ['An unchecked transfer: the token and its decimals are not verified.'],
    };
  }
  return null;
}

const PENALTY_DESTINATIONS = ['recycled to stakers', 'sent to the treasury', 'burned'] as const;

/** `data` decoded by `decoder` when it is exactly that instruction's data (no byte short or left over), else null. */
function exactly<T>(decoder: Decoder<T>, data: Uint8Array): T | null {
  const [value, end] = decoder.read(data, 0);
  return end === data.length ? value : null;
}

function describeStaking(accounts: AccountMeta[], d: Bytes, ctx: DescribeContext): ActionDescription | null {
  const c = ctx.stakingConfig ?? undefined;
  const symbol = ctx.symbol ?? 'KEEL';
  const decimals = ctx.decimals ?? 9;
  const tokens = (v: bigint) => `${formatAmount(v, decimals)} ${symbol}`;
  const param = (summary: string, warnings: string[] = []): ActionDescription => ({ kind: 'staking-parameter', summary, warnings });
  // The source token account is account 3 (after the config and its schedule).
  const source = () => (accounts[3] ? nameOf(accounts[3].pubkey, ctx) : 'the authority');
  switch (d.u8(0)) {
    case staking.FUND_STREAM_DISCRIMINATOR: {
      const fund = exactly(staking.getFundStreamInstructionDataDecoder(), d.data);
      return fund && { kind: 'reward-funding', summary: `Stream ${tokens(fund.amount)} from ${source()} to stakers over ${formatDuration(fund.durationSecs)}`, warnings: [] };
    }
    case staking.DEPOSIT_REWARDS_DISCRIMINATOR: {
      const deposit = exactly(staking.getDepositRewardsInstructionDataDecoder(), d.data);
      // Deposits drip: they reach stakers over the config's drip period, not at once.
      const over = c ? formatDuration(c.drip.periodSecs) : 'the drip period';
      return deposit && { kind: 'reward-funding', summary: `Pay ${tokens(deposit.amount)} from ${source()} to stakers, spread over ${over}`, warnings: [] };
    }
    case staking.ACCEPT_AUTHORITY_DISCRIMINATOR: {
      // accept_authority: the signer takes over what was proposed to it.
      const accept = exactly(staking.getAcceptAuthorityInstructionDataDecoder(), d.data);
      if (!accept || !accounts[0]) return null;
      const what = accept.which === staking.AuthorityKind.VoteAuthority ? 'staking vote authority' : 'staking authority';
      return param(`Accept the ${what} for ${nameOf(accounts[0].pubkey, ctx)} (its current holder proposed it)`);
    }
    case staking.UPDATE_CONFIG_DISCRIMINATOR: {
      const update = exactly(staking.getUpdateConfigInstructionDataDecoder(), d.data)?.update;
      return update ? describeStakingUpdate(update, accounts, ctx, param, tokens) : null;
    }
    default:
      return null;
  }
}

function describeStakingUpdate(
  update: staking.ConfigUpdate,
  accounts: AccountMeta[],
  ctx: DescribeContext,
  param: (summary: string, warnings?: string[]) => ActionDescription,
  tokens: (v: bigint) => string,
): ActionDescription | null {
  const c = ctx.stakingConfig ?? undefined;
  switch (update.__kind) {
    case 'SetPaused':
      return param(update.paused ? 'Pause staking (withdrawals stay open)' : 'Resume staking');
    case 'SetAuthority':
    case 'SetVoteAuthority': {
      // Proposes only: the key takes over when it signs accept_authority.
      const vote = update.__kind === 'SetVoteAuthority';
      const what = vote ? 'staking vote authority' : 'staking authority';
      const to = new PublicKey(update.__kind === 'SetVoteAuthority' ? update.voteAuthority : update.authority);
      if (to.equals(ZERO_KEY)) return param(`Cancel the pending ${what} hand-over`);
      const name = nameOf(to, ctx);
      const keeps = to.equals(ctx.governance.authority);
      const loss = vote
        ? 'Once it accepts, governance votes could no longer lock staking positions, so voting would stop working.'
        : 'Once it accepts, governance would no longer control staking parameters.';
      return param(`Propose ${name} as the ${what} (it takes over once ${name} accepts)`, keeps ? [] : [loss]);
    }
    case 'SetPenaltyDestination': {
      const to = PENALTY_DESTINATIONS[update.destination];
      const old = c ? PENALTY_DESTINATIONS[['recycle', 'treasury', 'burn'].indexOf(c.penaltyDestination)] : undefined;
      const treasury = update.destination === staking.PenaltyDestination.Treasury && accounts[2] ? ` (${nameOf(accounts[2].pubkey, ctx)})` : '';
      return param(`Have early-unstake penalties ${to}${treasury}${old && old !== to ? ` instead of ${old}` : ''}`);
    }
    case 'SetTiers': {
      const tier = (lock: bigint, mult: number) => `${lock === 0n ? 'no lock' : formatDuration(lock)} at ${formatMultiplier(mult)}`;
      const changes = update.tiers.flatMap(({ lockSecs, multiplierBps }, i) => {
        const now = tier(lockSecs, multiplierBps);
        const before = c?.tiers[i];
        const old = before ? tier(before.lockSecs, before.multiplierBps) : undefined;
        return old !== now ? [`tier ${i} ${fromTo(old, now)}`] : [];
      });
      return param(changes.length ? `Change the lock tiers: ${changes.join('; ')}` : 'Set the lock tiers to their current values (no change)');
    }
    case 'SetPenaltyBps':
      return param(`Set the early-unstake penalty ${fromTo(c ? formatBps(c.penaltyBps) : undefined, formatBps(update.penaltyBps))}`);
    case 'SetStakeLimits':
      return param(
        `Set the minimum stake ${fromTo(c ? tokens(c.minStake) : undefined, tokens(update.minStake))} and the maximum stake per wallet ${fromTo(c ? tokens(c.maxStakePerWallet) : undefined, tokens(update.maxStakePerWallet))}`,
      );
    case 'SetBoosters': {
      const b = c?.boosters;
      const parts = [
        `long-lock booster ${fromTo(b ? `+${formatBps(b.longLockBps)}` : undefined, `+${formatBps(update.longLockBps)}`)} for locks of at least ${formatDuration(update.longLockMinSecs)}`,
        `voter booster ${fromTo(b ? `+${formatBps(b.voterBps)}` : undefined, `+${formatBps(update.voterBps)}`)} for ${formatDuration(update.voterBoostSecs)}`,
        `participation booster ${fromTo(b ? `+${formatBps(b.participationBps)}` : undefined, `+${formatBps(update.participationBps)}`)} within ${formatDuration(update.participationWindowSecs)}`,
      ];
      return param(`Set the ${parts.join('; the ')}`);
    }
    case 'SetDripPeriod': {
      const to = formatDuration(update.dripPeriodSecs);
      const old = c ? formatDuration(c.drip.periodSecs) : undefined;
      return param(`Spread reward deposits over ${to}${old && old !== to ? ` instead of ${old}` : ''}`);
    }
  }
}

function describeGovernance(d: Bytes, ctx: DescribeContext): ActionDescription | null {
  if (d.u8(0) === governance.ACCEPT_STAKING_AUTHORITY_DISCRIMINATOR) {
    const accept = exactly(governance.getAcceptStakingAuthorityInstructionDataDecoder(), d.data);
    if (!accept) return null;
    const what = accept.which === governance.StakingAuthorityKind.VoteAuthority ? 'staking vote authority' : 'staking authority';
    return { kind: 'staking-parameter', summary: `Accept the ${what} for the governance authority (its current holder proposed it)`, warnings: [] };
  }
  if (d.u8(0) !== governance.UPDATE_CONFIG_DISCRIMINATOR) return null;
  const update = exactly(governance.getUpdateConfigInstructionDataDecoder(), d.data)?.update;
  if (!update) return null;
  const g = ctx.governanceConfig ?? undefined;
  const symbol = ctx.symbol ?? 'KEEL';
  const decimals = ctx.decimals ?? 9;
  const power = (v: bigint) => `${formatAmount(v, decimals)} ${symbol} of voting power`;
  const param = (summary: string, warnings: string[] = []): ActionDescription => ({ kind: 'governance-parameter', summary, warnings });
  switch (update.__kind) {
    case 'QuorumBps':
      return param(`Set the quorum ${fromTo(g && formatBps(g.quorumBps), formatBps(update.quorumBps))} of the total voting power`);
    case 'ApprovalBps':
      return param(`Set the approval threshold ${fromTo(g && formatBps(g.approvalBps), formatBps(update.approvalBps))} of votes for and against`);
    case 'VotingPeriod':
      return param(`Set the voting period ${fromTo(g && formatDuration(g.votingPeriodSecs), formatDuration(update.votingPeriodSecs))}`);
    case 'Timelock':
      return param(`Set the timelock ${fromTo(g && formatDuration(g.timelockSecs), formatDuration(update.timelockSecs))}`);
    case 'GracePeriod':
      return param(`Set the execution grace period ${fromTo(g && formatDuration(g.gracePeriodSecs), formatDuration(update.gracePeriodSecs))}`);
    case 'LateQuorumExtension':
      return param(`Set the late-quorum extension ${fromTo(g && formatDuration(g.lateQuorumExtensionSecs), formatDuration(update.lateQuorumExtensionSecs))}`);
    case 'MinProposalPower':
      return param(`Set the minimum to create a proposal ${fromTo(g && power(g.minProposalPower), power(update.minProposalPower))}`);
    case 'MinVotePower':
      return param(`Set the minimum to vote ${fromTo(g && power(g.minVotePower), power(update.minVotePower))}`);
    case 'MaxActions':
      return param(`Set the maximum actions per proposal ${fromTo(g && String(g.maxActions), String(update.maxActions))}`);
    case 'VoteWeighting': {
      const to = update.voteWeighting === governance.VoteWeighting.Quadratic ? 'quadratic' : 'linear';
      return param(`Switch vote weighting ${fromTo(g?.voteWeighting, to)}`);
    }
    case 'Guardian': {
      // Proposes only: the key becomes guardian when it signs accept_guardian.
      const to = new PublicKey(update.guardian);
      const pending = g?.pendingGuardian ? nameOf(g.pendingGuardian, ctx) : undefined;
      if (to.equals(ZERO_KEY)) return param(pending ? `Cancel the guardian hand-over to ${pending}` : 'Cancel any pending guardian hand-over');
      const name = nameOf(to, ctx);
      const old = g?.guardian && !g.guardian.equals(to) ? nameOf(g.guardian, ctx) : undefined;
      const replaces = g?.pendingGuardian && !g.pendingGuardian.equals(to) ? [`It replaces the pending hand-over to ${pending}.`] : [];
      return param(`Propose ${name} as guardian${old ? `, replacing ${old}` : ''} once ${name} accepts`, replaces);
    }
    case 'RemoveGuardian': {
      const old = g?.guardian ? nameOf(g.guardian, ctx) : undefined;
      return param(`Remove the guardian${old ? ` (${old})` : ''}`, ['Nobody could veto proposals or pause staking in an emergency any more.']);
    }
  }
}

/**
 * "Set A from x to y; B from …": the parts of a parameter group that change
 * (every part when today's values are unknown), or "no change".
 */
function settings(group: string, parts: [what: string, old: string | undefined, value: string][]): string {
  const shown = parts.filter(([, old, value]) => old === undefined || old !== value);
  if (shown.length === 0) return `Set the ${group} to their current values (no change)`;
  return `Set ${shown.map(([what, old, value]) => `${what} ${fromTo(old, value)}`).join('; ')}`;
}

/** Makers `update_config` (the maker authority's parameters) and `fund` (a season budget). */
function describeMakers(accounts: AccountMeta[], d: Bytes, ctx: DescribeContext): ActionDescription | null {
  const c = ctx.makersConfig ?? undefined;
  const symbol = ctx.symbol ?? 'KEEL';
  const decimals = ctx.decimals ?? 9;
  const tokens = (v: bigint) => `${formatAmount(v, decimals)} ${symbol}`;
  const param = (summary: string, warnings: string[] = []): ActionDescription => ({ kind: 'makers-parameter', summary, warnings });
  const days = (v: bigint) => formatDuration(v);
  if (d.u8(0) === 11 && d.data.length === 10) {
    const { amount, target } = getFundInstructionDataDecoder().decode(d.data);
    const source = accounts[2] ? nameOf(accounts[2].pubkey, ctx) : 'the funder';
    const season = c ? `season ${c.seasonIndex + (target === 1 ? 1 : 0)}` : target === 1 ? 'the next season' : 'the current season';
    return { kind: 'makers-funding', summary: `Add ${tokens(amount)} from ${source} to the makers budget of ${season}${target === 1 ? ' (the next one)' : ''}`, warnings: [] };
  }
  if (d.u8(0) !== 1 || d.data.length < 2) return null;
  const { update } = getUpdateConfigInstructionDataDecoder().decode(d.data);
  switch (update.__kind) {
    case 'SetPaused':
      return param(update.paused ? 'Pause the makers program (no fills recorded, no claims; unbonding stays open)' : 'Resume the makers program');
    case 'SetAuthority': {
      const to = new PublicKey(update.authority);
      return param(`Make ${nameOf(to, ctx)} the maker authority`, to.equals(ctx.governance.authority) ? [] : ['Governance would no longer control the maker config.']);
    }
    case 'SetReporter': {
      const old = c ? nameOf(new PublicKey(c.reporter), ctx) : undefined;
      return param(`Rotate the fill reporter ${fromTo(old, nameOf(new PublicKey(update.reporter), ctx))}`, ['The new reporter records every fill from then on: check it is the exchange’s key.']);
    }
    case 'SetRewardRules':
      return param(
        settings('reward rules', [
          ['the minimum spread improvement', c && `${c.minImprovementBps} bp`, `${update.minImprovementBps} bp`],
          ['the early makers’ multiplier', c && formatMultiplier(c.earlyMultiplierBps), formatMultiplier(update.earlyMultiplierBps)],
          ['the most one fill earns', c && tokens(c.maxRewardPerFill), tokens(update.maxRewardPerFill)],
        ]),
      );
    case 'SetEarlyRule': {
      const rule = (until: number, first: number) => `${until === 0 ? 'no season' : `season ${until}`} and ${first === 0 ? 'no first makers' : `the first ${first} makers`}`;
      return param(`Count as early the makers registering up to ${fromTo(c && rule(c.earlyUntilSeason, c.earlyMaxMakers), rule(update.earlyUntilSeason, update.earlyMaxMakers))}`);
    }
    case 'SetVolatility':
      return param(
        settings('volatility rules', [
          ['the volatility above which maker rewards scale up', c && formatBps(c.volatilityThresholdBps), formatBps(update.thresholdBps)],
          ['the most that multiplier reaches', c && formatMultiplier(c.maxVolatilityMultiplierBps), formatMultiplier(update.maxMultiplierBps)],
        ]),
      );
    case 'SetBondRules':
      return param(
        settings('bond rules', [
          ['the smallest bond', c && tokens(c.minBond), tokens(update.minBond)],
          ['the time without fills before a bonded maker can be slashed', c && days(c.inactivityWindowSecs), days(update.inactivityWindowSecs)],
          ['the unbond cooldown', c && days(c.unbondCooldownSecs), days(update.unbondCooldownSecs)],
          ['the share one slash takes', c && formatBps(c.slashBps), formatBps(update.slashBps)],
        ]),
      );
    case 'SetSeasonLength':
      return param(`Make the seasons rollover starts last ${fromTo(c && days(c.seasonSecs), days(update.seasonSecs))} (the running season keeps its end)`);
    case 'SetRolloverPolicy': {
      const ret = update.policy === 1;
      const treasury = ret && accounts[2] ? ` (${nameOf(accounts[2].pubkey, ctx)})` : '';
      return param(ret ? `Return the unspent makers budget to the treasury${treasury} at each rollover` : 'Carry the unspent makers budget into the next season at each rollover');
    }
  }
}
