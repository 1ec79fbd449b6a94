/**
 * `rollover`: permissionless from the season's end, not a second before; the
 * next season follows the old end (or starts now when more than a season
 * late); the unspent budget carries over or returns to the treasury by the
 * policy, and the next season's funding joins.
 */
import { describe, expect, it } from 'vitest';
import { FundTarget, RolloverPolicy } from '@/lib/programs/makers';
import { events, fundedSigner, withAccount } from '@/programs/test-support';
import {
  balance,
  DAY,
  expectMakersError,
  fill,
  fund,
  makersEnv,
  now,
  ok,
  readConfig,
  recordFills,
  registeredMaker,
  rolloverIx,
  sendTx,
  START_TS,
  TOKEN,
  TOKEN_CONFIGS,
  tokenAccount,
  updateConfig,
  warp,
} from './helpers/makers';

describe('rollover', () => {
  it('starts the next season at the old end, carrying the unspent budget over', async () => {
    const env = await makersEnv();
    await fund(env, 10n * TOKEN);
    await fund(env, 4n * TOKEN, FundTarget.NextSeason);
    const w = await registeredMaker(env);
    await recordFills(env, [fill(0)], [w.maker]);
    const anyone = await fundedSigner(env.svm);
    warp(env.svm, 30n * DAY - 1n);
    expectMakersError(await sendTx(env, anyone, [await rolloverIx(env)]), 'SeasonNotEnded');
    warp(env.svm, 1n + DAY);
    const result = ok(await sendTx(env, anyone, [await rolloverIx(env)]));
    expect(readConfig(env)).toMatchObject({
      seasonIndex: 2,
      seasonStart: START_TS + 30n * DAY,
      seasonEnd: START_TS + 60n * DAY,
      seasonBudget: 9n * TOKEN + 4n * TOKEN,
      seasonEmitted: 0n,
      nextBudget: 0n,
    });
    expect(events(result.logs)[0]![0]![0]).toBe(10);
    // Once per ended season.
    expectMakersError(await sendTx(env, anyone, [await rolloverIx(env)]), 'SeasonNotEnded');
  });

  it('starts now when more than a season late', async () => {
    const env = await makersEnv();
    warp(env.svm, 75n * DAY);
    ok(await sendTx(env, env.admin, [await rolloverIx(env)]));
    expect(readConfig(env)).toMatchObject({ seasonIndex: 2, seasonStart: now(env.svm), seasonEnd: now(env.svm) + 30n * DAY });
  });

  it.each(TOKEN_CONFIGS)('returns the unspent budget to the treasury under the return policy ($name)', async (token) => {
    const env = await makersEnv(token);
    const received = await fund(env, 10n * TOKEN);
    const treasury = await tokenAccount(env, env.admin.address);
    await updateConfig(env, { __kind: 'SetRolloverPolicy', policy: RolloverPolicy.Return }, treasury);
    warp(env.svm, 30n * DAY);
    expectMakersError(await sendTx(env, env.admin, [await rolloverIx(env)]), 'InvalidTreasury');
    ok(await sendTx(env, env.admin, [await rolloverIx(env, treasury)]));
    expect(readConfig(env)).toMatchObject({ seasonBudget: 0n, totalReturned: received });
    expect(balance(env, env.addrs.rewardVault)).toBe(0n);
    expect(balance(env, treasury)).toBeGreaterThan(0n);
  });

  // Fail: the bond vault as the reward vault; paused.
  it('refuses a substituted vault and a paused program', async () => {
    const env = await makersEnv();
    warp(env.svm, 30n * DAY);
    expectMakersError(await sendTx(env, env.admin, [withAccount(await rolloverIx(env), 1, env.addrs.bondVault)]), 'InvalidVault');
    await updateConfig(env, { __kind: 'SetPaused', paused: true });
    expectMakersError(await sendTx(env, env.admin, [await rolloverIx(env)]), 'Paused');
  });
});
