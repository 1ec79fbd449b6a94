/**
 * Actions in words: every staking and governance parameter change against the
 * current configs, treasury transfers (SPL Token / Token-2022, another mint),
 * reward funding, SOL, memos, program upgrades, and the unknown.
 */
import { Keypair, PublicKey, SystemProgram, TransactionInstruction } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import type { StakingConfig } from '@/lib/programs/staking/accounts';
import { getUpdateConfigInstruction } from '@/lib/programs/staking/instructions/updateConfig';
import type { GovernanceConfig } from './accounts';
import {
  governanceConfigAction,
  memoAction,
  stakingAcceptAuthorityAction,
  stakingConfigAction,
  stakingPauseAction,
  treasuryRewardDepositAction,
  treasuryRewardStreamAction,
  treasuryTransferAction,
} from './actions';
import { describeAction, formatAmount, formatBps, formatDuration } from './describe';
import { getAcceptStakingAuthorityInstruction } from './instructions/acceptStakingAuthority';
import { DEFAULT_GOVERNANCE_PARAMS, governanceAddresses, TOKEN } from './program';

const mint = Keypair.generate().publicKey;
const gov = governanceAddresses({ mint });
const TOKEN_PROGRAM = new PublicKey('TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA');
const TOKEN_2022 = new PublicKey('TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb');
const bob = Keypair.generate().publicKey;
const DAY = 86_400n;

const stakingConfig = {
  penaltyBps: 1_000,
  penaltyDestination: 'recycle',
  minStake: 100n * TOKEN,
  maxStakePerWallet: 1_000_000n * TOKEN,
  tiers: [
    { index: 0, name: 'No lock', lockSecs: 0n, multiplierBps: 10_000 },
    { index: 1, name: '7 days', lockSecs: 7n * DAY, multiplierBps: 12_000 },
    { index: 2, name: '30 days', lockSecs: 30n * DAY, multiplierBps: 15_000 },
    { index: 3, name: '90 days', lockSecs: 90n * DAY, multiplierBps: 20_000 },
    { index: 4, name: '180 days', lockSecs: 180n * DAY, multiplierBps: 30_000 },
  ],
  boosters: { longLockBps: 2_000, voterBps: 1_500, participationBps: 1_000, longLockMinSecs: 90n * DAY, voterBoostSecs: 30n * DAY, participationWindowSecs: 30n * DAY },
  drip: { remaining: 0n, end: new Date(0), endTs: 0n, periodSecs: 7n * DAY },
} as unknown as StakingConfig;
const governanceConfig = { ...DEFAULT_GOVERNANCE_PARAMS, guardian: bob } as GovernanceConfig;
const ctx = { governance: gov, stakingConfig, governanceConfig, names: { [bob.toBase58()]: 'Bob' } };
const words = (action: TransactionInstruction, c: Parameters<typeof describeAction>[1] = ctx) => describeAction(action, c);

describe('describeAction', () => {
  it('formats numbers the way people read them', () => {
    expect([formatBps(1_000), formatBps(850), formatBps(6_600), formatBps(1), formatBps(10_000)]).toEqual(['10%', '8.5%', '66%', '0.01%', '100%']);
    expect([formatAmount(50_000n * TOKEN, 9), formatAmount(1_500_000_000n, 9), formatAmount(1n, 9), formatAmount(0n, 9)]).toEqual(['50,000', '1.5', '0.000000001', '0']);
    expect([formatDuration(7n * DAY), formatDuration(DAY), formatDuration(86_400n / 2n), formatDuration(90n), formatDuration(1n)]).toEqual([
      '7 days',
      '1 day',
      '12 hours',
      '90 seconds',
      '1 second',
    ]);
  });

  it('describes every staking parameter change from today’s value', () => {
    const s = (update: Parameters<typeof stakingConfigAction>[0]['update']) => words(stakingConfigAction({ mint, update })).summary;
    expect(s({ field: 'penaltyBps', penaltyBps: 800 })).toBe('Set the early-unstake penalty from 10% to 8%');
    expect(words(stakingPauseAction({ mint, paused: true })).summary).toBe('Pause staking (withdrawals stay open)');
    expect(s({ field: 'paused', paused: false })).toBe('Resume staking');
    expect(s({ field: 'stakeLimits', minStake: 200n * TOKEN, maxStakePerWallet: 500_000n * TOKEN })).toBe(
      'Set the minimum stake from 100 KEEL to 200 KEEL and the maximum stake per wallet from 1,000,000 KEEL to 500,000 KEEL',
    );
    expect(s({ field: 'penaltyDestination', destination: 'treasury', treasury: gov.treasury })).toBe(
      'Have early-unstake penalties sent to the treasury (the treasury) instead of recycled to stakers',
    );
    expect(s({ field: 'penaltyDestination', destination: 'burn' })).toBe('Have early-unstake penalties burned instead of recycled to stakers');
    const tiers = stakingConfig.tiers.map((t) => ({ lockSecs: t.lockSecs, multiplierBps: t.multiplierBps }));
    tiers[2] = { lockSecs: 45n * DAY, multiplierBps: 16_000 };
    expect(s({ field: 'tiers', tiers })).toBe('Change the lock tiers: tier 2 from 30 days at 1.5× to 45 days at 1.6×');
    expect(
      s({ field: 'boosters', longLockBps: 2_500, voterBps: 1_500, participationBps: 1_000, longLockMinSecs: 90n * DAY, voterBoostSecs: 30n * DAY, participationWindowSecs: 30n * DAY }),
    ).toBe(
      'Set the long-lock booster from +20% to +25% for locks of at least 90 days; the voter booster to +15% for 30 days; the participation booster to +10% within 30 days',
    );
    expect(s({ field: 'dripPeriod', dripPeriodSecs: 14n * DAY })).toBe('Spread reward deposits over 14 days instead of 7 days');
    // The authorities are only proposed: the key takes over when it accepts.
    const handOver = words(stakingConfigAction({ mint, update: { field: 'authority', authority: bob } }));
    expect(handOver.summary).toBe('Propose Bob as the staking authority (it takes over once Bob accepts)');
    expect(handOver.warnings).toEqual(['Once it accepts, governance would no longer control staking parameters.']);
    expect(words(stakingConfigAction({ mint, update: { field: 'voteAuthority', voteAuthority: bob } })).warnings).toEqual([
      'Once it accepts, governance votes could no longer lock staking positions, so voting would stop working.',
    ]);
    expect(words(stakingConfigAction({ mint, update: { field: 'voteAuthority', voteAuthority: gov.authority } })).warnings).toEqual([]);
    expect(s({ field: 'authority', authority: null })).toBe('Cancel the pending staking authority hand-over');
    expect(s({ field: 'voteAuthority', voteAuthority: null })).toBe('Cancel the pending staking vote authority hand-over');
    expect(words(stakingAcceptAuthorityAction({ mint, which: 'authority' }))).toEqual({
      kind: 'staking-parameter',
      summary: 'Accept the staking authority for the governance authority (its current holder proposed it)',
      warnings: [],
    });
    expect(words(stakingAcceptAuthorityAction({ mint, which: 'voteAuthority' })).summary).toBe(
      'Accept the staking vote authority for the governance authority (its current holder proposed it)',
    );
    expect(words(getAcceptStakingAuthorityInstruction({ mint, which: 'authority' })).summary).toBe(
      'Accept the staking authority for the governance authority (its current holder proposed it)',
    );
    // Without today's config: just the new value.
    expect(words(stakingConfigAction({ mint, update: { field: 'penaltyBps', penaltyBps: 800 } }), { governance: gov }).summary).toBe(
      'Set the early-unstake penalty to 8%',
    );
  });

  it('describes every governance parameter change', () => {
    const g = (update: Parameters<typeof governanceConfigAction>[0]['update']) => words(governanceConfigAction({ mint, update }));
    expect(g({ field: 'quorumBps', quorumBps: 1_200 }).summary).toBe('Set the quorum from 10% to 12% of the total voting power');
    expect(g({ field: 'approvalBps', approvalBps: 6_000 }).summary).toBe('Set the approval threshold from 66% to 60% of votes for and against');
    expect(g({ field: 'votingPeriodSecs', votingPeriodSecs: 5n * DAY }).summary).toBe('Set the voting period from 7 days to 5 days');
    expect(g({ field: 'timelockSecs', timelockSecs: 2n * DAY }).summary).toBe('Set the timelock from 3 days to 2 days');
    expect(g({ field: 'gracePeriodSecs', gracePeriodSecs: 7n * DAY }).summary).toBe('Set the execution grace period from 14 days to 7 days');
    expect(g({ field: 'lateQuorumExtensionSecs', lateQuorumExtensionSecs: 12n * 3_600n }).summary).toBe('Set the late-quorum extension from 1 day to 12 hours');
    expect(g({ field: 'minProposalPower', minProposalPower: 5_000n * TOKEN }).summary).toBe(
      'Set the minimum to create a proposal from 10,000 KEEL of voting power to 5,000 KEEL of voting power',
    );
    expect(g({ field: 'minVotePower', minVotePower: 1_000n * TOKEN }).summary).toBe('Set the minimum to vote to 1,000 KEEL of voting power');
    expect(g({ field: 'maxActions', maxActions: 5 }).summary).toBe('Set the maximum actions per proposal from 10 to 5');
    expect(g({ field: 'voteWeighting', voteWeighting: 'quadratic' }).summary).toBe('Switch vote weighting from linear to quadratic');
    const removal = g({ field: 'removeGuardian' });
    expect(removal.summary).toBe('Remove the guardian (Bob)');
    expect(removal.warnings).toHaveLength(1);
    // The guardian field only proposes: the key takes over when it accepts.
    expect(g({ field: 'guardian', guardian: gov.authority })).toMatchObject({
      summary: 'Propose the governance authority as guardian, replacing Bob once the governance authority accepts',
      warnings: [],
    });
    expect(g({ field: 'guardian', guardian: null }).summary).toBe('Cancel any pending guardian hand-over');
    const carol = Keypair.generate().publicKey;
    const pending = { ...ctx, governanceConfig: { ...governanceConfig, pendingGuardian: carol }, names: { ...ctx.names, [carol.toBase58()]: 'Carol' } };
    expect(words(governanceConfigAction({ mint, update: { field: 'guardian', guardian: null } }), pending).summary).toBe('Cancel the guardian hand-over to Carol');
    expect(words(governanceConfigAction({ mint, update: { field: 'guardian', guardian: gov.authority } }), pending)).toMatchObject({
      summary: 'Propose the governance authority as guardian, replacing Bob once the governance authority accepts',
      warnings: ['It replaces the pending hand-over to Carol.'],
    });
  });

  it('describes treasury spending and reward funding', () => {
    const recipient = Keypair.generate().publicKey;
    const b58 = recipient.toBase58();
    const transfer = words(treasuryTransferAction({ mint, tokenProgram: TOKEN_PROGRAM, destination: recipient, amount: 50_000n * TOKEN }));
    expect(transfer).toEqual({ kind: 'treasury-transfer', summary: `Transfer 50,000 KEEL from the treasury to ${b58.slice(0, 4)}…${b58.slice(-4)}`, warnings: [] });
    const named = words(treasuryTransferAction({ mint, tokenProgram: TOKEN_2022, destination: bob, amount: 1_500_000_000n }));
    expect(named.summary).toBe('Transfer 1.5 KEEL from the treasury to Bob');
    // Another mint: its own decimals, and a warning.
    const other = treasuryTransferAction({ mint, tokenProgram: TOKEN_PROGRAM, destination: bob, amount: 5_000_000n, decimals: 6 });
    const otherMint = Keypair.generate().publicKey;
    other.keys[1] = { pubkey: otherMint, isSigner: false, isWritable: false };
    const o = words(other);
    expect(o.summary).toMatch(/^Transfer 5 of \w{4}…\w{4} from the treasury to Bob$/);
    expect(o.warnings).toHaveLength(1);
    expect(words(treasuryRewardStreamAction({ mint, tokenProgram: TOKEN_PROGRAM, amount: 100_000n * TOKEN, durationSecs: 30n * DAY })).summary).toBe(
      'Stream 100,000 KEEL from the treasury to stakers over 30 days',
    );
    expect(words(treasuryRewardDepositAction({ mint, tokenProgram: TOKEN_PROGRAM, amount: 10n * TOKEN })).summary).toBe(
      'Pay 10 KEEL from the treasury to stakers, spread over 7 days',
    );
  });

  it('describes SOL transfers, memos, upgrades and the unknown', () => {
    const sol = SystemProgram.transfer({ fromPubkey: gov.authority, toPubkey: bob, lamports: 2_500_000_000 });
    expect(words(sol).summary).toBe('Transfer 2.5 SOL from the governance authority to Bob');
    expect(words(memoAction('Upgrade staking to v2 (commit abc123)')).summary).toBe('Record the note “Upgrade staking to v2 (commit abc123)”');
    const loader = new PublicKey('BPFLoaderUpgradeab1e11111111111111111111111');
    const programData = Keypair.generate().publicKey;
    const program = Keypair.generate().publicKey;
    const buffer = Keypair.generate().publicKey;
    const upgrade = new TransactionInstruction({
      programId: loader,
      keys: [programData, program, buffer, bob, bob, bob, gov.authority].map((pubkey) => ({ pubkey, isSigner: pubkey.equals(gov.authority), isWritable: false })),
      data: Buffer.from([3, 0, 0, 0]),
    });
    const u = words(upgrade, { ...ctx, names: { ...ctx.names, [program.toBase58()]: 'staking', [buffer.toBase58()]: 'buffer v2' } });
    expect(u.summary).toBe('Upgrade program staking with the code in buffer buffer v2');
    expect(u.kind).toBe('program-upgrade');
    const unknown = new TransactionInstruction({ programId: Keypair.generate().publicKey, keys: [{ pubkey: bob, isSigner: true, isWritable: true }], data: Buffer.from([9, 9]) });
    const w = words(unknown);
    expect(w.kind).toBe('unknown');
    expect(w.summary).toMatch(/^Call program \w{4}…\w{4} with 1 account and 2 bytes of data$/);
    expect(w.warnings).toEqual(['Keel cannot describe this action. Check what it does before voting.', 'Executing this action needs a signature from Bob.']);
    // Malformed data for a known program falls back to the generic text.
    const broken = getUpdateConfigInstruction({ authority: gov.authority, mint, update: { field: 'penaltyBps', penaltyBps: 1 } });
    expect(words(new TransactionInstruction({ programId: broken.programId, keys: broken.keys, data: Buffer.from([1, 5]) })).kind).toBe('unknown');
  });
});
