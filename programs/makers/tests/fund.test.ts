/**
 * `fund`: what the reward vault received joins the current season's budget
 * or the next one's (SPL Token and Token-2022); anyone may fund; refused for
 * zero, a substituted vault, a wrong mint, while paused.
 */
import { describe, expect, it } from 'vitest';
import { FundTarget } from '@/lib/programs/makers';
import { fundedSigner, withAccount } from '@/programs/test-support';
import { afterFee, balance, expectMakersError, fund, fundIx, makersEnv, ok, readConfig, sendTx, TOKEN, TOKEN_CONFIGS, tokenAccount, updateConfig } from './helpers/makers';

describe.each(TOKEN_CONFIGS)('fund ($name)', (token) => {
  it('adds what arrived to the current or the next budget', async () => {
    const env = await makersEnv(token);
    await fund(env, 1_000n * TOKEN);
    await fund(env, 300n * TOKEN, FundTarget.NextSeason);
    const now = afterFee(env, 1_000n * TOKEN);
    const next = afterFee(env, 300n * TOKEN);
    expect(readConfig(env)).toMatchObject({ seasonBudget: now, nextBudget: next, totalFunded: now + next });
    expect(balance(env, env.addrs.rewardVault)).toBe(now + next);
  });
});

describe('fund', () => {
  it('takes funds from anyone', async () => {
    const env = await makersEnv();
    const donor = await fundedSigner(env.svm);
    const source = await tokenAccount(env, donor.address, 5n * TOKEN);
    ok(await sendTx(env, donor, [await fundIx(env, donor, source, 5n * TOKEN)]));
    expect(readConfig(env).seasonBudget).toBe(5n * TOKEN);
  });

  // Fail: zero; the bond vault as the reward vault; another mint; paused.
  it('refuses zero, a substituted vault, a wrong mint and a paused program', async () => {
    const env = await makersEnv();
    const source = await tokenAccount(env, env.admin.address, 5n * TOKEN);
    expectMakersError(await sendTx(env, env.admin, [await fundIx(env, env.admin, source, 0n)]), 'ZeroAmount');
    expectMakersError(await sendTx(env, env.admin, [withAccount(await fundIx(env, env.admin, source, TOKEN), 3, env.addrs.bondVault)]), 'InvalidVault');
    const other = await makersEnv();
    expectMakersError(await sendTx(env, env.admin, [withAccount(await fundIx(env, env.admin, source, TOKEN), 4, other.mint)]), 'InvalidMint');
    await updateConfig(env, { __kind: 'SetPaused', paused: true });
    expectMakersError(await sendTx(env, env.admin, [await fundIx(env, env.admin, source, TOKEN)]), 'Paused');
  });
});
