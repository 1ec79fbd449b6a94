/**
 * The effect of a proposal's actions in numbers: account states before and
 * after (the after side from a simulation of the actions against the chain
 * now, lib/governance/simulate.ts), turned into "label: before → after"
 * lines. Pure functions of decoded accounts.
 */
import { formatDuration, type GovernanceConfig } from '@/lib/programs/governance';
import type { MakersConfig } from '@/lib/programs/makers';
import type { StakingConfig } from '@/lib/programs/staking/accounts';
import { formatBps, formatChainDate, formatTokenAmount } from '@/lib/staking/format';
import { bpsToMultiplierInput } from './parse';

export interface EffectLine {
  label: string;
  before: string;
  after: string;
}

const keel = (v: bigint, decimals: number) => `${formatTokenAmount(v, { decimals, maxFractionDigits: decimals })} KEEL`;
const mult = (bps: number) => `${bpsToMultiplierInput(bps)}×`;
const lock = (secs: bigint) => (secs === 0n ? 'no lock' : formatDuration(secs));
const short = (b58: string) => `${b58.slice(0, 4)}…${b58.slice(-4)}`;
const DESTINATIONS = { recycle: 'recycled to stakers', treasury: 'sent to the treasury', burn: 'burned' } as const;

function line(out: EffectLine[], label: string, before: string, after: string) {
  if (before !== after) out.push({ label, before, after });
}

/** What changed in the staking config (parameters, authorities, the reward stream). */
export function stakingConfigEffects(before: StakingConfig, after: StakingConfig, names: Record<string, string> = {}): EffectLine[] {
  const out: EffectLine[] = [];
  const d = before.decimals;
  const who = (k: { toBase58(): string }) => names[k.toBase58()] ?? short(k.toBase58());
  line(out, 'Staking', before.paused ? 'paused' : 'open', after.paused ? 'paused' : 'open');
  line(out, 'Early-unstake penalty', formatBps(before.penaltyBps), formatBps(after.penaltyBps));
  line(out, 'Penalties are', DESTINATIONS[before.penaltyDestination], DESTINATIONS[after.penaltyDestination]);
  line(out, 'Minimum stake', keel(before.minStake, d), keel(after.minStake, d));
  line(out, 'Maximum per wallet', keel(before.maxStakePerWallet, d), keel(after.maxStakePerWallet, d));
  before.tiers.forEach((t, i) => {
    const a = after.tiers[i]!;
    line(out, `Tier ${i}`, `${lock(t.lockSecs)} at ${mult(t.multiplierBps)}`, `${lock(a.lockSecs)} at ${mult(a.multiplierBps)}`);
  });
  const b = before.boosters;
  const a = after.boosters;
  line(out, 'Long-lock booster', `+${formatBps(b.longLockBps)} from ${formatDuration(b.longLockMinSecs)}`, `+${formatBps(a.longLockBps)} from ${formatDuration(a.longLockMinSecs)}`);
  line(out, 'Voter booster', `+${formatBps(b.voterBps)} for ${formatDuration(b.voterBoostSecs)}`, `+${formatBps(a.voterBps)} for ${formatDuration(a.voterBoostSecs)}`);
  line(
    out,
    'Participation booster',
    `+${formatBps(b.participationBps)} within ${formatDuration(b.participationWindowSecs)}`,
    `+${formatBps(a.participationBps)} within ${formatDuration(a.participationWindowSecs)}`,
  );
  line(out, 'Staking authority', who(before.authority), who(after.authority));
  line(out, 'Vote authority', who(before.voteAuthority), who(after.voteAuthority));
  // update_config only proposes a new authority: it takes over when it accepts.
  const pending = (k: { toBase58(): string } | null) => (k ? who(k) : 'none');
  line(out, 'Proposed staking authority (until it accepts)', pending(before.pendingAuthority), pending(after.pendingAuthority));
  line(out, 'Proposed vote authority (until it accepts)', pending(before.pendingVoteAuthority), pending(after.pendingVoteAuthority));
  // A stream funding re-spreads what is left: show what remains and until when.
  if (after.totalFunded !== before.totalFunded || after.stream.endTs !== before.stream.endTs) {
    line(
      out,
      'Reward stream',
      before.stream.remaining > 0n ? `${keel(before.stream.remaining, d)} until ${formatChainDate(before.stream.end)}` : 'none',
      `${keel(after.stream.remaining, d)} until ${formatChainDate(after.stream.end)}`,
    );
  }
  line(out, 'Rewards funded in total', keel(before.totalFunded, d), keel(after.totalFunded, d));
  return out;
}

/** What changed in the governance config (its own rules). */
export function governanceConfigEffects(before: GovernanceConfig, after: GovernanceConfig, decimals = 9): EffectLine[] {
  const out: EffectLine[] = [];
  const power = (v: bigint) => `${formatTokenAmount(v, { decimals, maxFractionDigits: decimals })} voting power`;
  line(out, 'Quorum', formatBps(before.quorumBps), formatBps(after.quorumBps));
  line(out, 'Approval threshold', formatBps(before.approvalBps), formatBps(after.approvalBps));
  line(out, 'Voting period', formatDuration(before.votingPeriodSecs), formatDuration(after.votingPeriodSecs));
  line(out, 'Timelock', formatDuration(before.timelockSecs), formatDuration(after.timelockSecs));
  line(out, 'Grace period', formatDuration(before.gracePeriodSecs), formatDuration(after.gracePeriodSecs));
  line(out, 'Late-quorum extension', formatDuration(before.lateQuorumExtensionSecs), formatDuration(after.lateQuorumExtensionSecs));
  line(out, 'Minimum to propose', power(before.minProposalPower), power(after.minProposalPower));
  line(out, 'Minimum to vote', power(before.minVotePower), power(after.minVotePower));
  line(out, 'Actions per proposal', String(before.maxActions), String(after.maxActions));
  line(out, 'Vote weighting', before.voteWeighting, after.voteWeighting);
  const guardian = (k: { toBase58(): string } | null) => (k ? short(k.toBase58()) : 'none');
  line(out, 'Guardian', guardian(before.guardian), guardian(after.guardian));
  line(out, 'Proposed guardian (until it accepts)', guardian(before.pendingGuardian), guardian(after.pendingGuardian));
  return out;
}

/** A token account's balance; `null` before means the account does not exist yet. */
export function tokenBalanceEffect(label: string, before: bigint | null, after: bigint | null, decimals = 9): EffectLine | null {
  const text = (v: bigint | null) => (v === null ? 'no account' : keel(v, decimals));
  return before === after ? null : { label, before: text(before), after: text(after) };
}

/** What changed in the maker config (parameters, reporter, authority, the season's budget). */
export function makersConfigEffects(before: MakersConfig, after: MakersConfig, names: Record<string, string> = {}): EffectLine[] {
  const out: EffectLine[] = [];
  const d = before.decimals;
  const who = (b58: string) => names[b58] ?? short(b58);
  line(out, 'Makers', before.paused ? 'paused' : 'open', after.paused ? 'paused' : 'open');
  line(out, 'Maker authority', who(before.authority), who(after.authority));
  line(out, 'Fill reporter', who(before.reporter), who(after.reporter));
  line(out, 'Minimum improvement', `${before.minImprovementBps} bp`, `${after.minImprovementBps} bp`);
  line(out, 'Early multiplier', mult(before.earlyMultiplierBps), mult(after.earlyMultiplierBps));
  line(out, 'Most per fill', keel(before.maxRewardPerFill, d), keel(after.maxRewardPerFill, d));
  const early = (c: MakersConfig) => `up to season ${c.earlyUntilSeason}, first ${c.earlyMaxMakers} makers`;
  line(out, 'Early makers', early(before), early(after));
  line(out, 'Volatility threshold', formatBps(before.volatilityThresholdBps), formatBps(after.volatilityThresholdBps));
  line(out, 'Most volatility multiplier', mult(before.maxVolatilityMultiplierBps), mult(after.maxVolatilityMultiplierBps));
  line(out, 'Smallest bond', keel(before.minBond, d), keel(after.minBond, d));
  line(out, 'Slashable after no fills for', formatDuration(before.inactivityWindowSecs), formatDuration(after.inactivityWindowSecs));
  line(out, 'Unbond cooldown', formatDuration(before.unbondCooldownSecs), formatDuration(after.unbondCooldownSecs));
  line(out, 'A slash takes', formatBps(before.slashBps), formatBps(after.slashBps));
  line(out, 'Next seasons last', formatDuration(before.seasonSecs), formatDuration(after.seasonSecs));
  const policy = (c: MakersConfig) => (c.rolloverPolicy === 1 ? 'returned to the treasury' : 'carried over');
  line(out, 'Unspent budget at rollover', policy(before), policy(after));
  line(out, `Season ${after.seasonIndex} budget`, keel(before.seasonBudget, d), keel(after.seasonBudget, d));
  line(out, 'Next season budget', keel(before.nextBudget, d), keel(after.nextBudget, d));
  return out;
}
