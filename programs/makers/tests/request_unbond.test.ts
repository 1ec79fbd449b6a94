/**
 * `request_unbond`: bond → unbonding with the cooldown's unlock time (each
 * request restarts it); what stays bonded is 0 or at least the minimum;
 * allowed while paused.
 */
import { describe, expect, it } from 'vitest';
import { DAY, expectMakersError, makersEnv, now, ok, readConfig, readMakerAt, registeredMaker, requestUnbondIx, sendTx, TOKEN, updateConfig, warp } from './helpers/makers';

describe('request_unbond', () => {
  it('moves bond to unbonding until now + the cooldown, restarted by each request', async () => {
    const env = await makersEnv();
    const w = await registeredMaker(env, 3_000n * TOKEN);
    ok(await sendTx(env, w.signer, [await requestUnbondIx(env, w, 1_000n * TOKEN)]));
    expect(readMakerAt(env, w.maker)).toMatchObject({ bond: 2_000n * TOKEN, unbonding: 1_000n * TOKEN, unlockAt: now(env.svm) + 7n * DAY });
    warp(env.svm, DAY);
    ok(await sendTx(env, w.signer, [await requestUnbondIx(env, w, 2_000n * TOKEN)]));
    expect(readMakerAt(env, w.maker)).toMatchObject({ bond: 0n, unbonding: 3_000n * TOKEN, unlockAt: now(env.svm) + 7n * DAY });
    expect(readConfig(env)).toMatchObject({ totalBonded: 0n, totalUnbonding: 3_000n * TOKEN });
  });

  it('is allowed while paused', async () => {
    const env = await makersEnv();
    const w = await registeredMaker(env, 1_000n * TOKEN);
    await updateConfig(env, { __kind: 'SetPaused', paused: true });
    ok(await sendTx(env, w.signer, [await requestUnbondIx(env, w, 1_000n * TOKEN)]));
  });

  // Fail: more than the bond; a rest under the minimum; zero.
  it('refuses more than the bond, a rest under the minimum and zero', async () => {
    const env = await makersEnv();
    const w = await registeredMaker(env, 1_500n * TOKEN);
    expectMakersError(await sendTx(env, w.signer, [await requestUnbondIx(env, w, 1_501n * TOKEN)]), 'InsufficientBond');
    expectMakersError(await sendTx(env, w.signer, [await requestUnbondIx(env, w, 501n * TOKEN)]), 'BelowMinimumBond');
    expectMakersError(await sendTx(env, w.signer, [await requestUnbondIx(env, w, 0n)]), 'ZeroAmount');
  });
});
