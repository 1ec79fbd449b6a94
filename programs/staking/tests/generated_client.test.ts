/**
 * Round trip of the generated client (lib/programs/generated/staking, from
 * programs/idl/staking.ts) against the committed programs/deploy/staking.so:
 * every instruction of the IDL, built by the generated builders alone (PDA
 * and program defaults resolved by them, kit signers), runs in LiteSVM; every
 * account kind (config, position, staker, schedule) and view_position's
 * return data decode to the values the program wrote; every error code of
 * the IDL maps to its name and message, and a sample of them comes back from
 * the program for instructions the generated builders got wrong on purpose.
 */
import { type Address, type Instruction, type KeyPairSigner } from '@solana/kit';
import { PublicKey } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import {
  AuthorityKind,
  findPositionPda,
  findRewardVaultPda,
  findSchedulePda,
  findStakeVaultPda,
  findStakerPda,
  getAcceptAuthorityInstruction,
  getAddStakeInstructionAsync,
  getClaimInstructionAsync,
  getCompoundInstructionAsync,
  getCrankCompoundInstructionAsync,
  getDepositRewardsInstructionAsync,
  getExtendLockInstructionAsync,
  getExtendScheduleInstructionAsync,
  getFundStreamInstructionAsync,
  getInitializeInstructionAsync,
  getLockForVoteInstructionAsync,
  getPositionDecoder,
  getPositionViewDecoder,
  getRefreshInstructionAsync,
  getScheduleDecoder,
  getSetAutoCompoundInstruction,
  getStakeInstructionAsync,
  getStakerDecoder,
  getStakingConfigDecoder,
  getStakingErrorMessage,
  getSyncInstructionAsync,
  getUnstakeInstructionAsync,
  getUpdateConfigInstruction,
  getViewPositionInstructionAsync,
  PenaltyDestination,
  type StakingError,
  findConfigPda,
} from '@/lib/programs/generated/staking';
import { STAKING_ERROR_TABLE } from '@/lib/programs/generated/staking/errorTable';
import { STAKING_ERRORS } from '@/lib/programs/staking';
import { stakingIdl } from '@/programs/idl/staking';
import { expectFailure, expectSuccess, mustReadAccount, readAccount, send, simulate, tokenBalance } from '@/programs/test-support';
import { DAY, newWallet, now, SPL, stakingEnv, setTime, START_TS, tokenAccount, toAddress, warp } from './helpers/staking';

const TOKEN = 1_000_000_000n;
const pascal = (name: string) => name[0]!.toUpperCase() + name.slice(1);
/** The first 00:00 UTC at or after `ts`. */
const dayCeil = (ts: bigint) => ((ts + DAY - 1n) / DAY) * DAY;

async function fixture() {
  const env = await stakingEnv(SPL, { initialize: false });
  const mint = toAddress(env.mint);
  const tokenProgram = toAddress(env.tokenProgram);
  const [config] = await findConfigPda({ mint });
  const [stakeVault] = await findStakeVaultPda({ config });
  const [rewardVault] = await findRewardVaultPda({ config });
  const admin = env.admin.signer;
  const tokens = async (owner: Address, amount: bigint) => toAddress(await tokenAccount(env, new PublicKey(owner), amount));
  const run = async (payer: KeyPairSigner, ...instructions: Instruction[]) => expectSuccess(await send(env.svm, payer, instructions));
  const read = <T>(decoder: { decode: (d: Uint8Array) => T }, at: Address) => decoder.decode(mustReadAccount(env.svm, at).data);
  return { env, svm: env.svm, mint, tokenProgram, config, stakeVault, rewardVault, admin, tokens, run, read };
}

describe('staking generated client', () => {
  it('runs every IDL instruction in LiteSVM and decodes what the program wrote', async () => {
    const f = await fixture();
    const { svm, mint, tokenProgram, config, stakeVault, rewardVault, admin, run, read } = f;
    const ran: string[] = [];
    const step = async (name: string, payer: KeyPairSigner, ...instructions: Instruction[]) => {
      ran.push(name);
      return run(payer, ...instructions);
    };

    // initialize, and the two extend_schedule that complete the ring, in one transaction (as deploy scripts send them).
    const extend = await getExtendScheduleInstructionAsync({ payer: admin, config });
    await step('initialize', admin, await getInitializeInstructionAsync({ payer: admin, mint, tokenProgram }), extend, extend);
    ran.push('extendSchedule');
    const today = Number(START_TS / DAY);
    expect(read(getStakingConfigDecoder(), config)).toMatchObject({
      discriminator: 1,
      authority: admin.address,
      voteAuthority: admin.address,
      mint,
      tokenProgram,
      stakeVault,
      rewardVault,
      paused: false,
      penaltyDestination: PenaltyDestination.Recycle,
      minStake: 100n * TOKEN,
      syncedDay: today,
      tiers: [
        { lockSecs: 0n, multiplierBps: 10_000 },
        { lockSecs: 7n * DAY, multiplierBps: 12_000 },
        { lockSecs: 30n * DAY, multiplierBps: 15_000 },
        { lockSecs: 90n * DAY, multiplierBps: 20_000 },
        { lockSecs: 180n * DAY, multiplierBps: 30_000 },
      ],
    });
    const [schedule] = await findSchedulePda({ config });
    const fresh = read(getScheduleDecoder(), schedule);
    expect(fresh).toMatchObject({ discriminator: 4, config, firstDay: today, historyLen: 0, historyCap: 452 });
    expect(fresh.ring).toHaveLength(1_464);
    expect(fresh.history).toHaveLength(452);

    // A staker with 10,000 tokens opens a 30-day position.
    const owner = await newWallet(svm);
    const ownerToken = await f.tokens(owner.address, 10_000n * TOKEN);
    const [position, positionBump] = await findPositionPda({ config, owner: owner.address, positionId: 0 });
    const [staker] = await findStakerPda({ config, owner: owner.address });
    await step(
      'stake',
      owner.signer,
      await getStakeInstructionAsync({ owner: owner.signer, config, ownerToken, stakeVault, mint, tokenProgram, tier: 2, amount: 1_000n * TOKEN, positionId: 0, positionBump }),
    );
    const lockEnd = dayCeil(START_TS + 30n * DAY);
    expect(read(getPositionDecoder(), position)).toMatchObject({
      discriminator: 2,
      bump: positionBump,
      owner: owner.address,
      config,
      id: 0,
      tier: 2,
      autoCompound: false,
      amount: 1_000n * TOKEN,
      lockStart: START_TS,
      lockEnd,
      multiplierBps: 15_000,
      fallMultiplierBps: 10_000,
      votingPower: 1_500n * TOKEN,
      settledAt: START_TS,
    });
    expect(read(getStakerDecoder(), staker)).toMatchObject({
      discriminator: 3,
      owner: owner.address,
      config,
      totalAmount: 1_000n * TOKEN,
      votingPower: 1_500n * TOKEN,
      nextPositionId: 1,
      openPositions: 1,
    });

    await step('addStake', owner.signer, await getAddStakeInstructionAsync({ owner: owner.signer, config, position, ownerToken, stakeVault, mint, tokenProgram, amount: 100n * TOKEN }));
    await step('extendLock', owner.signer, await getExtendLockInstructionAsync({ owner: owner.signer, config, position, tier: 3 }));
    await step('setAutoCompound', owner.signer, getSetAutoCompoundInstruction({ owner: owner.signer, config, position, enabled: true }));
    expect(read(getPositionDecoder(), position)).toMatchObject({
      amount: 1_100n * TOKEN,
      tier: 3,
      multiplierBps: 20_000,
      votingPower: 2_200n * TOKEN,
      autoCompound: true,
      lockEnd: dayCeil(START_TS + 90n * DAY),
      curveLongLockBps: 2_000,
    });

    await step(
      'updateConfig',
      admin,
      getUpdateConfigInstruction({ authority: admin, config, update: { __kind: 'SetStakeLimits', minStake: 50n * TOKEN, maxStakePerWallet: 500_000n * TOKEN } }),
    );
    const adminToken = await f.tokens(admin.address, 2_000n * TOKEN);
    await step('depositRewards', admin, await getDepositRewardsInstructionAsync({ depositor: admin, config, depositorToken: adminToken, rewardVault, mint, tokenProgram, amount: 700n * TOKEN }));
    await step(
      'fundStream',
      admin,
      await getFundStreamInstructionAsync({ authority: admin, config, authorityToken: adminToken, rewardVault, mint, tokenProgram, amount: 900n * TOKEN, durationSecs: 30n * DAY }),
    );
    expect(read(getStakingConfigDecoder(), config)).toMatchObject({
      minStake: 50n * TOKEN,
      maxStakePerWallet: 500_000n * TOKEN,
      totalStaked: 1_100n * TOKEN,
      dripRemaining: 700n * TOKEN,
      dripEnd: START_TS + 7n * DAY,
      streamRemaining: 900n * TOKEN,
      streamEnd: START_TS + 30n * DAY,
      totalFunded: 1_600n * TOKEN,
      openPositions: 1,
      stakers: 1,
    });

    // A day later: claim, compound, the crank, refresh.
    warp(svm, DAY);
    const before = tokenBalance(svm, ownerToken);
    await step('claim', owner.signer, await getClaimInstructionAsync({ owner: owner.signer, config, position, destination: ownerToken, rewardVault, mint, tokenProgram }));
    const claimed = tokenBalance(svm, ownerToken) - before;
    expect(claimed).toBeGreaterThan(0n);
    expect(read(getPositionDecoder(), position)).toMatchObject({ unclaimed: 0n, rewardsPaid: claimed });
    warp(svm, DAY);
    await step('compound', owner.signer, await getCompoundInstructionAsync({ owner: owner.signer, config, position, rewardVault, stakeVault, mint, tokenProgram }));
    const compounded = read(getPositionDecoder(), position).amount - 1_100n * TOKEN;
    expect(compounded).toBeGreaterThan(0n);
    warp(svm, DAY);
    await step('crankCompound', admin, await getCrankCompoundInstructionAsync({ config, rewardVault, stakeVault, mint, tokenProgram, positionsAndStakers: [position, staker] }));
    expect(read(getPositionDecoder(), position).amount).toBeGreaterThan(1_100n * TOKEN + compounded);
    await step('refresh', admin, await getRefreshInstructionAsync({ config, positionsAndStakers: [position, staker] }));

    // The admin is the vote authority: a vote lock with the staker record.
    const until = now(svm) + 10n * DAY;
    await step('lockForVote', admin, await getLockForVoteInstructionAsync({ voteAuthority: admin, config, position, staker, until }));
    const locked = read(getPositionDecoder(), position);
    expect(locked).toMatchObject({ voteLockedUntil: until, voterBoostUntil: dayCeil(now(svm) + 30n * DAY), curveVoterBps: 1_500 });

    // view_position: return data as the IDL's positionView, against the position the program wrote.
    ran.push('viewPosition');
    const view = getPositionViewDecoder().decode(expectSuccess(await simulate(svm, admin, [await getViewPositionInstructionAsync({ config, position })])).returnData);
    expect(view).toMatchObject({ votingPower: locked.votingPower, rewardWeight: locked.rewardWeight, unlockAt: locked.lockEnd, boostBps: locked.boostBps });

    // extend_schedule alone adds 640 days of room; sync brings synced_day to today.
    await step('extendSchedule', admin, extend);
    expect(read(getScheduleDecoder(), schedule).historyCap).toBe(452 + 640);
    setTime(svm, now(svm) + 20n * DAY);
    await step('sync', admin, await getSyncInstructionAsync({ config }));
    const day = Number(now(svm) / DAY);
    expect(read(getStakingConfigDecoder(), config).syncedDay).toBe(day);
    const synced = read(getScheduleDecoder(), schedule);
    expect(synced.historyLen).toBe(day - today);
    // The accumulator at each crossed boundary: rising, the last below today's (released since 00:00).
    const recorded = synced.history.slice(0, synced.historyLen);
    expect(recorded.every((acc, i) => acc > 0n && (i === 0 || acc >= recorded[i - 1]!))).toBe(true);
    expect(recorded.at(-1)!).toBeLessThan(read(getStakingConfigDecoder(), config).accRewardPerWeight);
    expect(synced.history.slice(synced.historyLen).every((acc) => acc === 0n)).toBe(true);

    // The authority hand-over: propose, then the new key accepts.
    const next = await newWallet(svm);
    await run(admin, getUpdateConfigInstruction({ authority: admin, config, update: { __kind: 'SetAuthority', authority: next.address } }));
    expect(read(getStakingConfigDecoder(), config).pendingAuthority).toBe(next.address);
    await step('acceptAuthority', next.signer, getAcceptAuthorityInstruction({ pending: next.signer, config, which: AuthorityKind.Authority }));
    expect(read(getStakingConfigDecoder(), config)).toMatchObject({ authority: next.address, pendingAuthority: '11111111111111111111111111111111' });

    // Everything out once the vote lock has passed (penalty: the lock runs): the position closes.
    const amount = read(getPositionDecoder(), position).amount;
    await step('unstake', owner.signer, await getUnstakeInstructionAsync({ owner: owner.signer, config, position, ownerToken, stakeVault, rewardVault, mint, tokenProgram, amount }));
    expect(readAccount(svm, position)).toBeNull();
    expect(read(getStakerDecoder(), staker)).toMatchObject({ totalAmount: 0n, openPositions: 0, nextPositionId: 1 });

    expect([...new Set(ran)].sort()).toEqual(stakingIdl.program.instructions.map((ix) => ix.name).sort());
  });

  it('maps every IDL error code to its name and message, and gets them from the program', async () => {
    for (const error of stakingIdl.program.errors) {
      expect(getStakingErrorMessage(error.code as StakingError), error.name).toBe(error.message);
      expect(STAKING_ERROR_TABLE[error.code]).toEqual({ name: pascal(error.name), message: error.message });
      expect(STAKING_ERRORS[error.code]).toEqual({ name: pascal(error.name), message: error.message });
    }
    expect(Object.keys(STAKING_ERROR_TABLE)).toHaveLength(stakingIdl.program.errors.length);

    const f = await fixture();
    const { svm, mint, tokenProgram, config, stakeVault, admin } = f;
    const extend = await getExtendScheduleInstructionAsync({ payer: admin, config });
    await f.run(admin, await getInitializeInstructionAsync({ payer: admin, mint, tokenProgram }), extend, extend);
    const owner = await newWallet(svm);
    const ownerToken = await f.tokens(owner.address, 1_000n * TOKEN);
    const [, positionBump] = await findPositionPda({ config, owner: owner.address, positionId: 0 });
    const stake = (over: Partial<Parameters<typeof getStakeInstructionAsync>[0]>) =>
      getStakeInstructionAsync({ owner: owner.signer, config, ownerToken, stakeVault, mint, tokenProgram, tier: 1, amount: 100n * TOKEN, positionId: 0, positionBump, ...over });
    const causes: [string, Instruction, KeyPairSigner][] = [
      ['invalidTier', await stake({ tier: 9 }), owner.signer],
      ['belowMinimumStake', await stake({ amount: TOKEN }), owner.signer],
      ['positionIdMismatch', await stake({ positionId: 1, positionBump: (await findPositionPda({ config, owner: owner.address, positionId: 1 }))[1] }), owner.signer],
      ['unauthorized', getUpdateConfigInstruction({ authority: owner.signer, config, update: { __kind: 'SetPaused', paused: true } }), owner.signer],
      ['noPendingAuthority', getAcceptAuthorityInstruction({ pending: owner.signer, config, which: AuthorityKind.VoteAuthority }), owner.signer],
      ['invalidParameter', getUpdateConfigInstruction({ authority: admin, config, update: { __kind: 'SetPenaltyBps', penaltyBps: 9_000 } }), admin],
    ];
    for (const [name, instruction, payer] of causes) {
      const failure = expectFailure(await send(svm, payer, [instruction]));
      const error = stakingIdl.program.errors.find((e) => e.name === name)!;
      expect(failure.customCode, name).toBe(error.code);
      expect(STAKING_ERRORS[failure.customCode!]?.message).toBe(error.message);
    }
  });
});
