import { describe, expect, it } from 'vitest';
import { SYSVAR_RENT_PUBKEY } from '@solana/web3.js';
import { findStakerPda, getLockForVoteInstruction, parseStakingEvents, TOKEN } from '@/lib/programs/staking';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import { dayCeil } from '@/lib/programs/staking/schedule';
import {
  acceptAuthority,
  DAY,
  forgedConfig,
  newWallet,
  now,
  ok,
  readConfig,
  readPosition,
  readStaker,
  view,
  send,
  SPL,
  stake,
  stakerWallet,
  stakingEnv,
  unstakeIx,
  updateConfig,
  warp,
} from './helpers/staking';
import { expectError, expectStakingError } from './helpers/assert';

describe('staking lock_for_vote', () => {
  it('locks a position for a vote and starts the voter booster, vote authority only', async () => {
    const env = await stakingEnv(SPL);
    const { svm, admin } = env;
    const alice = await stakerWallet(env);
    const position = stake(env, alice, 0, 1_000n * TOKEN);
    const until = now(svm) + 7n * DAY;
    const build = (u: bigint, voteAuthority = admin.pubkey) => getLockForVoteInstruction({ voteAuthority, position, owner: alice.pubkey, mint: env.mint, until: u });
    const ix = build(until);

    // Fail: not enough accounts
    expectError(send(env, admin, [web3WithAccountCount(ix, 3)]), 'NotEnoughAccountKeys');
    // Fail: the last account is not the Clock sysvar (another sysvar, or left out)
    expectStakingError(send(env, admin, [web3WithAccount(ix, 5, SYSVAR_RENT_PUBKEY)]), 'InvalidSysvar');
    expectStakingError(send(env, admin, [web3WithAccountCount(ix, 5)]), 'InvalidSysvar');
    // Fail: data too short
    expectStakingError(send(env, admin, [web3WithData(ix, Uint8Array.of(13, 1))]), 'InvalidInstructionData');
    // Fail: vote authority did not sign
    expectError(send(env, alice, [web3WithFlags(ix, 0, { isSigner: false })], [admin]), 'MissingRequiredSignature');
    // Fail: the owner cannot lock (or boost) her own position
    expectStakingError(send(env, alice, [build(until, alice.pubkey)]), 'NotVoteAuthority');
    // Fail: position read-only
    expectStakingError(send(env, admin, [web3WithFlags(ix, 3, { isWritable: false })]), 'AccountNotWritable');
    // Fail: staker read-only
    expectStakingError(send(env, admin, [web3WithFlags(ix, 3, { isWritable: false })]), 'AccountNotWritable');
    // Fail: another wallet's staker record
    const bob = await stakerWallet(env);
    stake(env, bob, 0, 1_000n * TOKEN);
    expectStakingError(send(env, admin, [web3WithAccount(ix, 4, findStakerPda(env.addrs.config, bob.pubkey)[0])]), 'InvalidStaker');
    // Fail: forged config (with the attacker as vote authority it would still be owned by someone else)
    expectStakingError(send(env, admin, [web3WithAccount(ix, 1, forgedConfig(env))]), 'InvalidConfig');
    // Fail: not a position
    expectStakingError(send(env, admin, [web3WithAccount(ix, 3, env.addrs.stakeVault)]), 'InvalidPosition');
    // Fail: in the past, now, or more than 90 days ahead
    expectStakingError(send(env, admin, [build(now(svm) - 1n)]), 'InvalidVoteLock');
    expectStakingError(send(env, admin, [build(now(svm))]), 'InvalidVoteLock');
    expectStakingError(send(env, admin, [build(now(svm) + 90n * DAY + 1n)]), 'InvalidVoteLock');

    // Success
    warp(svm, 31n * DAY); // participation booster lapsed
    const lockUntil = now(svm) + 7n * DAY;
    const result = ok(send(env, admin, [build(lockUntil)]));
    let p = readPosition(env, position);
    expect(p.voteLockedUntilTs).toBe(lockUntil);
    expect(p.voterBoostUntilTs).toBe(dayCeil(now(svm) + 30n * DAY));
    expect(p.lastActivityTs).toBe(now(svm));
    expect(p.boostBps).toBe(1_500 + 1_000);
    expect(p.votingPower).toBe(1_000n * TOKEN); // boosters never change voting power
    expect(parseStakingEvents(result.logs)).toEqual([
      { kind: 'VoteLocked', position, voteLockedUntil: lockUntil, voterBoostUntil: dayCeil(now(svm) + 30n * DAY) },
    ]);
    expect(result.computeUnits).toBeLessThan(4_000);
    // Fail: unstaking while locked
    expectStakingError(send(env, alice, [unstakeIx(env, alice, position, TOKEN)]), 'VoteLocked');

    // Success: a shorter lock never shortens the existing one
    ok(send(env, admin, [build(now(svm) + DAY)]));
    expect(readPosition(env, position).voteLockedUntilTs).toBe(lockUntil);

    // Success: governance takes over as vote authority (proposed, then accepted); the old one is refused
    const governance = await newWallet(svm);
    updateConfig(env, { field: 'voteAuthority', voteAuthority: governance.pubkey });
    expectStakingError(send(env, governance, [build(now(svm) + 10n * DAY, governance.pubkey)]), 'NotVoteAuthority');
    acceptAuthority(env, 'voteAuthority', governance);
    expectStakingError(send(env, admin, [build(now(svm) + 10n * DAY)]), 'NotVoteAuthority');
    ok(send(env, governance, [build(now(svm) + 10n * DAY, governance.pubkey)]));
    p = readPosition(env, position);
    expect(p.voteLockedUntilTs).toBe(now(svm) + 10n * DAY);

    // After the lock: unstaking works again
    warp(svm, 11n * DAY);
    ok(send(env, alice, [unstakeIx(env, alice, position, TOKEN)]));
  });

  it('without the staker record leaves the stored voting power; the totals follow the curve either way', async () => {
    const env = await stakingEnv(SPL);
    const { svm, admin } = env;
    const alice = await stakerWallet(env);
    const position = stake(env, alice, 1, 1_000n * TOKEN); // 7 days, 1.2×
    warp(svm, 8n * DAY);
    const lock = (owner?: typeof alice.pubkey) =>
      getLockForVoteInstruction({ voteAuthority: admin.pubkey, position, owner, mint: env.mint, until: now(svm) + DAY });
    const totals = () => [readConfig(env).totalVotingPower, readConfig(env).totalRewardWeight];

    // Success: three accounts (as governance calls it): the lock has ended, so
    // the curve counts 1.0× with the voter and participation boosters (+25 %);
    // the stored voting power stays 1.2×, as in the staker record's sum.
    ok(send(env, admin, [lock()]));
    let p = readPosition(env, position);
    expect([p.multiplierBps, p.votingPower, p.boostBps, p.rewardWeight]).toEqual([10_000, 1_200n * TOKEN, 2_500, 1_250n * TOKEN]);
    expect(readStaker(env, alice.pubkey)!.votingPower).toBe(1_200n * TOKEN);
    expect(totals()).toEqual([1_000n * TOKEN, 1_250n * TOKEN]);
    expect(view(env, position).votingPower).toBe(1_000n * TOKEN);
    // Success: with the staker record the stored value follows too.
    warp(svm, 1n);
    const result = ok(send(env, admin, [lock(alice.pubkey)]));
    p = readPosition(env, position);
    expect([p.multiplierBps, p.votingPower, p.boostBps, p.rewardWeight]).toEqual([10_000, 1_000n * TOKEN, 2_500, 1_250n * TOKEN]);
    expect(readStaker(env, alice.pubkey)!.votingPower).toBe(1_000n * TOKEN);
    expect(totals()).toEqual([1_000n * TOKEN, 1_250n * TOKEN]);
    expect(result.computeUnits).toBeLessThan(5_000);
  });
});
