import { Keypair } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { distribute, getSyncInstruction, parseStakingEvents, streamRelease, TOKEN } from '@/lib/programs/staking';
import { mustReadAccount, plantAccount } from '@/programs/test-support';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import { DAY, forgedConfig, fundStream, newWallet, now, ok, readConfig, send, SPL, stake, stakerWallet, stakingEnv, START_TS, toAddress, warp } from './helpers/staking';
import { expectError, expectStakingError } from './helpers/assert';

const HISTORY_OFFSET = 23_480;
const FIRST_DAY = Number(START_TS / DAY);

/** The schedule's `history_len` and the accumulator recorded at boundary `day`. */
function history(data: Uint8Array, day: number): { len: number; acc: bigint | null } {
  const v = new DataView(data.buffer, data.byteOffset, data.length);
  const len = v.getUint32(44, true);
  const index = day - FIRST_DAY - 1;
  if (index < 0 || index >= len) return { len, acc: null };
  const at = HISTORY_OFFSET + 16 * index;
  return { len, acc: v.getBigUint64(at, true) | (v.getBigUint64(at + 8, true) << 64n) };
}

describe('staking sync', () => {
  it('walks the day boundaries, recording the accumulator at each, at most 200 per call', async () => {
    const env = await stakingEnv(SPL);
    const { svm, mint } = env;
    const anyone = await newWallet(svm);
    const ix = getSyncInstruction({ mint });
    const schedule = () => mustReadAccount(svm, toAddress(env.addrs.schedule)).data;

    // Initialize starts synced today.
    expect(readConfig(env)).toMatchObject({ syncedDay: FIRST_DAY, stream: { lastUpdateTs: START_TS } });

    // Fail: not enough accounts; unexpected data
    expectError(send(env, anyone, [web3WithAccountCount(ix, 1)]), 'NotEnoughAccountKeys');
    expectStakingError(send(env, anyone, [web3WithData(ix, Uint8Array.of(16, 0))]), 'InvalidInstructionData');
    // Fail: config or schedule read-only
    expectStakingError(send(env, anyone, [web3WithFlags(ix, 0, { isWritable: false })]), 'AccountNotWritable');
    expectStakingError(send(env, anyone, [web3WithFlags(ix, 1, { isWritable: false })]), 'AccountNotWritable');
    // Fail: the config twice; forged config; a schedule owned by another program; another config's schedule
    expectStakingError(send(env, anyone, [web3WithAccount(ix, 1, env.addrs.config)]), 'DuplicateAccount');
    expectStakingError(send(env, anyone, [web3WithAccount(ix, 0, forgedConfig(env))]), 'InvalidConfig');
    const fake = Keypair.generate().publicKey;
    plantAccount(svm, toAddress(fake), { owner: toAddress(env.tokenProgram), data: schedule() });
    expectStakingError(send(env, anyone, [web3WithAccount(ix, 1, fake)]), 'InvalidSchedule');
    const other = await stakingEnv(SPL, { svm });
    expectStakingError(send(env, anyone, [web3WithAccount(ix, 1, other.addrs.schedule)]), 'InvalidSchedule');

    // Success: the same day crosses nothing
    const alice = await stakerWallet(env);
    stake(env, alice, 0, 1_000n * TOKEN);
    await fundStream(env, 1_000n * TOKEN, 10n * DAY);
    const start = now(svm);
    const weight = readConfig(env).totalRewardWeight;
    const same = ok(send(env, anyone, [ix]));
    expect(history(schedule(), FIRST_DAY + 1)).toEqual({ len: 0, acc: null });
    expect(same.computeUnits).toBeLessThan(2_000);

    // Success: three and a half days later (from 15:06 UTC), four boundaries; the
    // accumulator at each is the stream released to it over the (unchanged) weight
    const at = readConfig(env);
    warp(svm, 3n * DAY + DAY / 2n);
    const walked = ok(send(env, anyone, [ix]));
    const day = (n: number) => BigInt(FIRST_DAY + n) * DAY;
    // The model: the stream released to each boundary, distributed at the weight.
    let [remaining, last, acc, waiting] = [at.stream.remaining, start, at.accRewardPerWeight, at.undistributedScaled];
    const data = schedule();
    for (const n of [1, 2, 3, 4]) {
      const released = streamRelease(remaining, last, at.stream.endTs, day(n));
      [remaining, last] = [remaining - released, day(n)];
      const [increment, rest] = distribute(waiting, released, weight);
      [acc, waiting] = [acc + increment, rest];
      expect(history(data, FIRST_DAY + n).acc).toBe(acc);
    }
    const previous = acc;
    const config = readConfig(env);
    expect(config).toMatchObject({ syncedDay: FIRST_DAY + 4, totalRewardWeight: weight, stream: { lastUpdateTs: now(svm) } });
    expect(config.accRewardPerWeight).toBeGreaterThan(previous);
    expect(parseStakingEvents(walked.logs)).toEqual([
      { kind: 'Synced', totalVotingPower: config.totalVotingPower, totalRewardWeight: weight, syncedDay: FIRST_DAY + 4, reached: true },
    ]);

    // Success: 300 days later, 200 boundaries per call: the first call stops on a boundary
    warp(svm, 300n * DAY);
    const partial = ok(send(env, anyone, [ix]));
    expect(parseStakingEvents(partial.logs)[0]).toMatchObject({ kind: 'Synced', syncedDay: FIRST_DAY + 204, reached: false });
    expect(readConfig(env).stream.lastUpdateTs).toBe(day(204));
    ok(send(env, anyone, [ix]));
    expect(readConfig(env).syncedDay).toBe(FIRST_DAY + 304);
    expect(history(schedule(), FIRST_DAY + 304).len).toBe(304);
    expect(partial.computeUnits).toBeLessThan(200_000);
  });
});
