import { Keypair } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { type ConfigUpdate, encodeUpdateConfigData, getUpdateConfigInstruction, parseStakingEvents, TOKEN } from '@/lib/programs/staking';
import { web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import {
  acceptAuthority,
  DAY,
  newWallet,
  ok,
  readConfig,
  send,
  SPL,
  stakingEnv,
  tokenAccount,
  updateConfig,
} from './helpers/staking';
import { expectError, expectStakingError } from './helpers/assert';

const DEFAULT_TIERS = [
  { lockSecs: 0n, multiplierBps: 10_000 },
  { lockSecs: 7n * DAY, multiplierBps: 12_000 },
  { lockSecs: 30n * DAY, multiplierBps: 15_000 },
  { lockSecs: 90n * DAY, multiplierBps: 20_000 },
  { lockSecs: 180n * DAY, multiplierBps: 30_000 },
];
const BOOSTERS = {
  longLockBps: 2_000,
  voterBps: 1_500,
  participationBps: 1_000,
  longLockMinSecs: 90n * DAY,
  voterBoostSecs: 30n * DAY,
  participationWindowSecs: 30n * DAY,
};

describe('staking update_config', () => {
  it('changes each parameter group within its bounds, authority only', async () => {
    const env = await stakingEnv(SPL);
    const { admin, mint } = env;
    const mallory = await newWallet(env.svm);
    const build = (update: ConfigUpdate, authority = admin.pubkey) => getUpdateConfigInstruction({ authority, mint, update });
    const ix = build({ field: 'penaltyBps', penaltyBps: 500 });

    // Fail: not enough accounts
    expectError(send(env, admin, [web3WithAccountCount(ix, 1)]), 'NotEnoughAccountKeys');

    // Fail: authority did not sign
    expectError(send(env, mallory, [web3WithFlags(ix, 0, { isSigner: false })], [admin]), 'MissingRequiredSignature');

    // Fail: config read-only
    expectStakingError(send(env, admin, [web3WithFlags(ix, 1, { isWritable: false })]), 'AccountNotWritable');

    // Fail: someone else signs as authority
    expectStakingError(send(env, mallory, [build({ field: 'paused', paused: true }, mallory.pubkey)]), 'Unauthorized');
    expectStakingError(send(env, mallory, [build({ field: 'authority', authority: mallory.pubkey }, mallory.pubkey)]), 'Unauthorized');

    // Fail: unknown field, missing value, value too long
    expectStakingError(send(env, admin, [web3WithData(ix, Uint8Array.of(1, 42, 0))]), 'InvalidInstructionData');
    expectStakingError(send(env, admin, [web3WithData(ix, Uint8Array.of(1))]), 'InvalidInstructionData');
    expectStakingError(send(env, admin, [web3WithData(ix, Uint8Array.of(1, 5, 1, 0, 0))]), 'InvalidInstructionData');
    expectStakingError(send(env, admin, [web3WithData(ix, Uint8Array.of(1, 0, 2))]), 'InvalidParameter');

    // Fail: out-of-bounds values
    const bad: ConfigUpdate[] = [
      { field: 'penaltyBps', penaltyBps: 5_001 },
      { field: 'stakeLimits', minStake: 0n, maxStakePerWallet: 1n },
      { field: 'stakeLimits', minStake: 2n, maxStakePerWallet: 1n },
      { field: 'tiers', tiers: [{ lockSecs: 1n, multiplierBps: 10_000 }, ...DEFAULT_TIERS.slice(1)] },
      { field: 'tiers', tiers: [...DEFAULT_TIERS.slice(0, 4), { lockSecs: 90n * DAY, multiplierBps: 30_000 }] },
      { field: 'tiers', tiers: [...DEFAULT_TIERS.slice(0, 4), { lockSecs: 180n * DAY, multiplierBps: 19_999 }] },
      { field: 'tiers', tiers: [{ lockSecs: 0n, multiplierBps: 9_999 }, ...DEFAULT_TIERS.slice(1)] },
      { field: 'tiers', tiers: [...DEFAULT_TIERS.slice(0, 4), { lockSecs: 180n * DAY, multiplierBps: 50_001 }] },
      { field: 'tiers', tiers: [...DEFAULT_TIERS.slice(0, 4), { lockSecs: 5n * 365n * DAY, multiplierBps: 30_000 }] },
      { field: 'boosters', ...BOOSTERS, voterBps: 5_001 },
      { field: 'boosters', ...BOOSTERS, longLockBps: 5_001 },
      { field: 'boosters', ...BOOSTERS, participationBps: 5_001 },
      { field: 'boosters', ...BOOSTERS, voterBoostSecs: 0n },
      { field: 'boosters', ...BOOSTERS, participationWindowSecs: 366n * DAY },
      { field: 'boosters', ...BOOSTERS, longLockMinSecs: -1n },
      // The drip period lies in [1 day, 90 days] (0 would pay deposits out at once).
      { field: 'dripPeriod', dripPeriodSecs: 0n },
      { field: 'dripPeriod', dripPeriodSecs: DAY - 1n },
      { field: 'dripPeriod', dripPeriodSecs: 90n * DAY + 1n },
    ];
    for (const update of bad) {
      expectStakingError(send(env, admin, [build(update)]), 'InvalidParameter');
    }

    // Fail: treasury destination without the treasury account, or with a vault / another mint's account
    const treasuryIx = build({ field: 'penaltyDestination', destination: 'treasury', treasury: env.addrs.stakeVault });
    expectStakingError(send(env, admin, [web3WithAccountCount(treasuryIx, 2)]), 'InvalidTreasury');
    expectStakingError(send(env, admin, [treasuryIx]), 'InvalidTreasury');
    expectStakingError(
      send(env, admin, [build({ field: 'penaltyDestination', destination: 'treasury', treasury: Keypair.generate().publicKey })]),
      'InvalidTreasury',
    );

    // Success: each group
    const tiers = DEFAULT_TIERS.map((t, i) => ({ lockSecs: t.lockSecs * 2n, multiplierBps: t.multiplierBps + i * 1_000 }));
    const result = updateConfig(env, { field: 'tiers', tiers });
    expect(readConfig(env).tiers.map((t) => ({ lockSecs: t.lockSecs, multiplierBps: t.multiplierBps }))).toEqual(tiers);
    expect(parseStakingEvents(result.logs)).toEqual([{ kind: 'ConfigUpdated', field: 4 }]);
    expect(result.computeUnits).toBeLessThan(2_000);
    updateConfig(env, { field: 'penaltyBps', penaltyBps: 5_000 });
    updateConfig(env, { field: 'stakeLimits', minStake: 1n, maxStakePerWallet: 5n * TOKEN });
    updateConfig(env, { field: 'boosters', ...BOOSTERS, voterBps: 5_000, longLockMinSecs: 0n });
    updateConfig(env, { field: 'paused', paused: true });
    updateConfig(env, { field: 'dripPeriod', dripPeriodSecs: DAY });
    expect(readConfig(env).drip.periodSecs).toBe(DAY);
    updateConfig(env, { field: 'dripPeriod', dripPeriodSecs: 90n * DAY });
    expect(readConfig(env).drip.periodSecs).toBe(90n * DAY);
    let c = readConfig(env);
    expect([c.penaltyBps, c.minStake, c.maxStakePerWallet, c.boosters.voterBps, c.boosters.longLockMinSecs, c.paused]).toEqual([
      5_000,
      1n,
      5n * TOKEN,
      5_000,
      0n,
      true,
    ]);

    const treasury = await tokenAccount(env, admin.pubkey);
    updateConfig(env, { field: 'penaltyDestination', destination: 'treasury', treasury });
    expect(readConfig(env)).toMatchObject({ penaltyDestination: 'treasury', treasury });
    updateConfig(env, { field: 'penaltyDestination', destination: 'burn' });
    expect(readConfig(env)).toMatchObject({ penaltyDestination: 'burn', treasury: null });

    // The authorities are only proposed here (accept_authority.test.ts covers the hand-over)
    const voteAuthority = Keypair.generate().publicKey;
    const proposed = updateConfig(env, { field: 'voteAuthority', voteAuthority });
    expect(parseStakingEvents(proposed.logs)).toEqual([{ kind: 'AuthorityProposed', which: 'voteAuthority', pending: voteAuthority }]);
    expect(readConfig(env).pendingVoteAuthority?.equals(voteAuthority)).toBe(true);
    expect(readConfig(env).voteAuthority.equals(admin.pubkey)).toBe(true);

    // Success: hand the authority over; the old one is refused afterwards
    const governance = await newWallet(env.svm);
    updateConfig(env, { field: 'authority', authority: governance.pubkey });
    ok(send(env, admin, [build({ field: 'paused', paused: true })]));
    acceptAuthority(env, 'authority', governance);
    expectStakingError(send(env, admin, [build({ field: 'paused', paused: false })]), 'Unauthorized');
    ok(send(env, governance, [build({ field: 'paused', paused: false }, governance.pubkey)]));
    c = readConfig(env);
    expect(c.authority.equals(governance.pubkey)).toBe(true);
    expect(c.paused).toBe(false);
  });

  it('encodes each field as the interface documents', () => {
    expect([...encodeUpdateConfigData({ field: 'paused', paused: true })]).toEqual([1, 0, 1]);
    expect(encodeUpdateConfigData({ field: 'tiers', tiers: DEFAULT_TIERS }).length).toBe(2 + 50);
    expect(encodeUpdateConfigData({ field: 'boosters', ...BOOSTERS }).length).toBe(2 + 30);
    expect([...encodeUpdateConfigData({ field: 'penaltyBps', penaltyBps: 0x0102 })]).toEqual([1, 5, 2, 1]);
    expect(encodeUpdateConfigData({ field: 'stakeLimits', minStake: 1n, maxStakePerWallet: 2n }).length).toBe(2 + 16);
  });
});
