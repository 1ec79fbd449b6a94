/**
 * `withdraw_bond`: pays the unbonding amount after the cooldown, not a second
 * before (SPL Token and Token-2022); allowed while paused.
 */
import { describe, expect, it } from 'vitest';
import { afterFee, balance, DAY, expectMakersError, makersEnv, ok, readConfig, readMakerAt, registeredMaker, requestUnbondIx, sendTx, TOKEN, TOKEN_CONFIGS, updateConfig, warp, withdrawBondIx } from './helpers/makers';

describe.each(TOKEN_CONFIGS)('withdraw_bond ($name)', (token) => {
  it('pays the unbonding amount once the cooldown has passed', async () => {
    const env = await makersEnv(token);
    const w = await registeredMaker(env, 2_000n * TOKEN);
    const bonded = readMakerAt(env, w.maker).bond;
    ok(await sendTx(env, w.signer, [await requestUnbondIx(env, w, bonded)]));
    warp(env.svm, 7n * DAY - 1n);
    expectMakersError(await sendTx(env, w.signer, [await withdrawBondIx(env, w)]), 'UnbondCooldown');
    warp(env.svm, 1n);
    const before = balance(env, w.token);
    ok(await sendTx(env, w.signer, [await withdrawBondIx(env, w)]));
    expect(balance(env, w.token) - before).toBe(afterFee(env, bonded));
    expect(readMakerAt(env, w.maker)).toMatchObject({ bond: 0n, unbonding: 0n });
    expect(readConfig(env).totalUnbonding).toBe(0n);
    expect(balance(env, env.addrs.bondVault)).toBe(0n);
  });
});

describe('withdraw_bond', () => {
  // Fail: nothing unbonding.
  it('refuses when nothing is unbonding', async () => {
    const env = await makersEnv();
    const w = await registeredMaker(env, 1_000n * TOKEN);
    expectMakersError(await sendTx(env, w.signer, [await withdrawBondIx(env, w)]), 'NothingToWithdraw');
  });

  it('is allowed while paused', async () => {
    const env = await makersEnv();
    const w = await registeredMaker(env, 1_000n * TOKEN);
    ok(await sendTx(env, w.signer, [await requestUnbondIx(env, w, 1_000n * TOKEN)]));
    await updateConfig(env, { __kind: 'SetPaused', paused: true });
    warp(env.svm, 7n * DAY);
    ok(await sendTx(env, w.signer, [await withdrawBondIx(env, w)]));
  });
});
