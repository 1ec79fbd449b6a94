/**
 * `register`: the maker account at its canonical PDA, with or without a bond
 * (SPL Token and Token-2022: credited with what arrived), early by the
 * config's rule; refused twice, below the minimum bond, at another address,
 * while paused.
 */
import { describe, expect, it } from 'vitest';
import { events, expectFailure, randomAddress, withAccount } from '@/programs/test-support';
import {
  afterFee,
  balance,
  DAY,
  expectMakersError,
  makersEnv,
  makerWallet,
  now,
  ok,
  readConfig,
  readMakerAt,
  registerIx,
  rolloverIx,
  sendTx,
  TOKEN,
  TOKEN_CONFIGS,
  updateConfig,
  warp,
} from './helpers/makers';

describe.each(TOKEN_CONFIGS)('register ($name)', (token) => {
  it('creates the maker with its bond moved into the bond vault', async () => {
    const env = await makersEnv(token);
    const w = await makerWallet(env);
    const result = ok(await sendTx(env, w.signer, [await registerIx(env, w, 2_000n * TOKEN)]));
    const received = afterFee(env, 2_000n * TOKEN);
    expect(readMakerAt(env, w.maker)).toMatchObject({
      version: 1,
      early: true,
      number: 0,
      wallet: w.address,
      config: env.addrs.config,
      bond: received,
      unbonding: 0n,
      registeredAt: now(env.svm),
      rewardsEarned: 0n,
    });
    expect(balance(env, env.addrs.bondVault)).toBe(received);
    expect(readConfig(env)).toMatchObject({ makers: 1, totalBonded: received });
    expect(events(result.logs)[0]![0]![0]).toBe(3);
  });
});

describe('register', () => {
  it('registers without a bond and numbers makers in order', async () => {
    const env = await makersEnv();
    const a = await makerWallet(env);
    const b = await makerWallet(env);
    ok(await sendTx(env, a.signer, [await registerIx(env, a)]));
    ok(await sendTx(env, b.signer, [await registerIx(env, b)]));
    expect(readMakerAt(env, b.maker)).toMatchObject({ number: 1, bond: 0n });
  });

  it('makes makers early in season 1 or among the first N, by the config', async () => {
    const env = await makersEnv();
    await updateConfig(env, { __kind: 'SetEarlyRule', earlyUntilSeason: 0, earlyMaxMakers: 1 });
    const first = await makerWallet(env);
    const second = await makerWallet(env);
    ok(await sendTx(env, first.signer, [await registerIx(env, first)]));
    ok(await sendTx(env, second.signer, [await registerIx(env, second)]));
    expect([readMakerAt(env, first.maker).early, readMakerAt(env, second.maker).early]).toEqual([true, false]);

    const env2 = await makersEnv();
    warp(env2.svm, 30n * DAY);
    ok(await sendTx(env2, env2.admin, [await rolloverIx(env2)]));
    const late = await makerWallet(env2);
    ok(await sendTx(env2, late.signer, [await registerIx(env2, late)]));
    expect(readMakerAt(env2, late.maker).early).toBe(false);
  });

  // Fail: the same wallet twice.
  it('refuses a second registration', async () => {
    const env = await makersEnv();
    const w = await makerWallet(env);
    ok(await sendTx(env, w.signer, [await registerIx(env, w)]));
    expectMakersError(await sendTx(env, w.signer, [await registerIx(env, w)]), 'AccountAlreadyExists');
  });

  // Fail: a bond under the minimum (1,000 tokens by default).
  it('refuses a bond below the minimum', async () => {
    const env = await makersEnv();
    const w = await makerWallet(env);
    expectMakersError(await sendTx(env, w.signer, [await registerIx(env, w, 999n * TOKEN)]), 'BelowMinimumBond');
  });

  // Fail: a maker address that is not the wallet's PDA.
  it('refuses another maker address', async () => {
    const env = await makersEnv();
    const w = await makerWallet(env);
    const ix = withAccount(await registerIx(env, w), 2, await randomAddress());
    expectMakersError(await sendTx(env, w.signer, [ix]), 'InvalidAddress');
  });

  // Fail: a bond paid into a vault other than the config's bond vault.
  it('refuses a substituted bond vault', async () => {
    const env = await makersEnv();
    const w = await makerWallet(env);
    const ix = withAccount(await registerIx(env, w, 1_000n * TOKEN), 5, env.addrs.rewardVault);
    expectMakersError(await sendTx(env, w.signer, [ix]), 'InvalidVault');
  });

  // Fail: a bond without the token accounts.
  it('refuses a bond without its accounts', async () => {
    const env = await makersEnv();
    const w = await makerWallet(env);
    const ix = await registerIx(env, w, 1_000n * TOKEN);
    expect(expectFailure(await sendTx(env, w.signer, [{ ...ix, accounts: ix.accounts!.slice(0, 4) }])).error).toBe('NotEnoughAccountKeys');
  });

  // Fail: while paused.
  it('refuses while paused', async () => {
    const env = await makersEnv();
    await updateConfig(env, { __kind: 'SetPaused', paused: true });
    const w = await makerWallet(env);
    expectMakersError(await sendTx(env, w.signer, [await registerIx(env, w)]), 'Paused');
  });
});
