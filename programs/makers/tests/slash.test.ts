/**
 * `slash`: permissionless once a bonded maker had no fill (or registration,
 * or slash) for the inactivity window: the slash share of bond + unbonding
 * (bond first) moves to the reward vault and the current budget; once per
 * window; never an unbonded or active maker.
 */
import { describe, expect, it } from 'vitest';
import { slashSplit } from '@/lib/programs/makers';
import { fundedSigner, withAccount } from '@/programs/test-support';
import {
  afterFee,
  balance,
  DAY,
  expectMakersError,
  fill,
  fund,
  makersEnv,
  ok,
  readConfig,
  readMakerAt,
  recordFills,
  registeredMaker,
  requestUnbondIx,
  sendTx,
  slashIx,
  TOKEN,
  TOKEN_CONFIGS,
  updateConfig,
  warp,
} from './helpers/makers';

describe.each(TOKEN_CONFIGS)('slash ($name)', (token) => {
  it('takes the slash share after the window, once per window', async () => {
    const env = await makersEnv(token);
    const w = await registeredMaker(env, 2_000n * TOKEN);
    const bond = readMakerAt(env, w.maker).bond;
    const anyone = await fundedSigner(env.svm);
    warp(env.svm, 7n * DAY - 1n);
    expectMakersError(await sendTx(env, anyone, [await slashIx(env, w.maker)]), 'MakerActive');
    warp(env.svm, 1n);
    ok(await sendTx(env, anyone, [await slashIx(env, w.maker)]));
    const [taken] = slashSplit(bond, 0n, 1_000);
    expect(readMakerAt(env, w.maker)).toMatchObject({ bond: bond - taken, slashed: taken });
    expect(readConfig(env)).toMatchObject({ totalBonded: bond - taken, totalSlashed: taken, seasonBudget: afterFee(env, taken) });
    expect(balance(env, env.addrs.rewardVault)).toBe(afterFee(env, taken));
    // Once per window: again only a full window later.
    expectMakersError(await sendTx(env, anyone, [await slashIx(env, w.maker)]), 'MakerActive');
    warp(env.svm, 7n * DAY);
    ok(await sendTx(env, anyone, [await slashIx(env, w.maker)]));
  });
});

describe('slash', () => {
  it('reaches unbonding tokens, the bond first', async () => {
    const env = await makersEnv();
    const w = await registeredMaker(env, 1_000n * TOKEN);
    ok(await sendTx(env, w.signer, [await requestUnbondIx(env, w, 1_000n * TOKEN)]));
    warp(env.svm, 7n * DAY);
    ok(await sendTx(env, env.admin, [await slashIx(env, w.maker)]));
    expect(readMakerAt(env, w.maker)).toMatchObject({ bond: 0n, unbonding: 900n * TOKEN });
  });

  // Fail: a fill within the window keeps the maker active.
  it('refuses a maker with a recent fill', async () => {
    const env = await makersEnv();
    await fund(env, 10n * TOKEN);
    const w = await registeredMaker(env, 1_000n * TOKEN);
    warp(env.svm, 6n * DAY);
    await recordFills(env, [fill(0)], [w.maker]);
    warp(env.svm, 6n * DAY);
    expectMakersError(await sendTx(env, env.admin, [await slashIx(env, w.maker)]), 'MakerActive');
  });

  // Fail: no bond; the reward vault as the bond vault; paused.
  it('refuses an unbonded maker, a substituted vault and a paused program', async () => {
    const env = await makersEnv();
    const free = await registeredMaker(env);
    const w = await registeredMaker(env, 1_000n * TOKEN);
    warp(env.svm, 8n * DAY);
    expectMakersError(await sendTx(env, env.admin, [await slashIx(env, free.maker)]), 'NotBonded');
    expectMakersError(await sendTx(env, env.admin, [withAccount(await slashIx(env, w.maker), 2, env.addrs.rewardVault)]), 'InvalidVault');
    await updateConfig(env, { __kind: 'SetPaused', paused: true });
    expectMakersError(await sendTx(env, env.admin, [await slashIx(env, w.maker)]), 'Paused');
  });
});
