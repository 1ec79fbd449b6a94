/**
 * `add_bond`: adds what the bond vault received (SPL Token and Token-2022);
 * the bond must reach the minimum; only the maker's wallet; the config's vault.
 */
import { describe, expect, it } from 'vitest';
import { withAccount } from '@/programs/test-support';
import { addBondIx, afterFee, balance, expectMakersError, makersEnv, ok, readConfig, readMakerAt, registeredMaker, sendTx, TOKEN, TOKEN_CONFIGS, updateConfig } from './helpers/makers';

describe.each(TOKEN_CONFIGS)('add_bond ($name)', (token) => {
  it('adds to the bond', async () => {
    const env = await makersEnv(token);
    const w = await registeredMaker(env, 1_100n * TOKEN);
    ok(await sendTx(env, w.signer, [await addBondIx(env, w, 500n * TOKEN)]));
    const bond = afterFee(env, 1_100n * TOKEN) + afterFee(env, 500n * TOKEN);
    expect(readMakerAt(env, w.maker).bond).toBe(bond);
    expect(readConfig(env).totalBonded).toBe(bond);
    expect(balance(env, env.addrs.bondVault)).toBe(bond);
  });
});

describe('add_bond', () => {
  // Fail: a first bond below the minimum, zero.
  it('refuses a bond that stays under the minimum, and zero', async () => {
    const env = await makersEnv();
    const w = await registeredMaker(env);
    expectMakersError(await sendTx(env, w.signer, [await addBondIx(env, w, 10n * TOKEN)]), 'BelowMinimumBond');
    expectMakersError(await sendTx(env, w.signer, [await addBondIx(env, w, 0n)]), 'ZeroAmount');
  });

  // Fail: someone else's maker account.
  it("refuses another wallet's maker", async () => {
    const env = await makersEnv();
    const a = await registeredMaker(env);
    const b = await registeredMaker(env);
    const ix = withAccount(await addBondIx(env, b, 1_000n * TOKEN), 2, a.maker);
    expectMakersError(await sendTx(env, b.signer, [ix]), 'NotMakerWallet');
  });

  // Fail: the reward vault as the bond vault; while paused.
  it('refuses a substituted vault and a paused program', async () => {
    const env = await makersEnv();
    const w = await registeredMaker(env);
    expectMakersError(await sendTx(env, w.signer, [withAccount(await addBondIx(env, w, 1_000n * TOKEN), 4, env.addrs.rewardVault)]), 'InvalidVault');
    await updateConfig(env, { __kind: 'SetPaused', paused: true });
    expectMakersError(await sendTx(env, w.signer, [await addBondIx(env, w, 1_000n * TOKEN)]), 'Paused');
  });
});
