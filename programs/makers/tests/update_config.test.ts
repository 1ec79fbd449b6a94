/**
 * `update_config`: each parameter group within its bounds, authority only;
 * rotating the reporter hands record_fills to the new key (the sequence
 * continues); the treasury must be a token account of the mint.
 */
import { describe, expect, it } from 'vitest';
import { RolloverPolicy } from '@/lib/programs/makers';
import { fundedSigner } from '@/programs/test-support';
import { DAY, expectMakersError, fill, makersEnv, ok, readConfig, recordFillsIx, registeredMaker, sendTx, TOKEN, tokenAccount, updateConfig, updateConfigIx } from './helpers/makers';

describe('update_config', () => {
  it('sets every group', async () => {
    const env = await makersEnv();
    const other = await fundedSigner(env.svm);
    await updateConfig(env, { __kind: 'SetRewardRules', minImprovementBps: 2, earlyMultiplierBps: 15_000, maxRewardPerFill: 7n * TOKEN });
    await updateConfig(env, { __kind: 'SetEarlyRule', earlyUntilSeason: 3, earlyMaxMakers: 50 });
    await updateConfig(env, { __kind: 'SetVolatility', thresholdBps: 100, maxMultiplierBps: 20_000 });
    await updateConfig(env, { __kind: 'SetBondRules', minBond: 5n * TOKEN, inactivityWindowSecs: 3n * DAY, unbondCooldownSecs: 2n * DAY, slashBps: 500 });
    await updateConfig(env, { __kind: 'SetSeasonLength', seasonSecs: 14n * DAY });
    await updateConfig(env, { __kind: 'SetReporter', reporter: other.address });
    expect(readConfig(env)).toMatchObject({
      minImprovementBps: 2,
      earlyMultiplierBps: 15_000,
      maxRewardPerFill: 7n * TOKEN,
      earlyUntilSeason: 3,
      earlyMaxMakers: 50,
      volatilityThresholdBps: 100,
      maxVolatilityMultiplierBps: 20_000,
      minBond: 5n * TOKEN,
      inactivityWindowSecs: 3n * DAY,
      unbondCooldownSecs: 2n * DAY,
      slashBps: 500,
      seasonSecs: 14n * DAY,
      reporter: other.address,
    });
    await updateConfig(env, { __kind: 'SetAuthority', authority: other.address });
    expectMakersError(await sendTx(env, env.admin, [updateConfigIx(env, { __kind: 'SetPaused', paused: true })]), 'Unauthorized');
    ok(await sendTx(env, other, [updateConfigIx(env, { __kind: 'SetPaused', paused: true }, undefined, other)]));
    expect(readConfig(env).paused).toBe(true);
  });

  it('rotates the reporter; the sequence continues', async () => {
    const env = await makersEnv();
    const w = await registeredMaker(env);
    ok(await sendTx(env, env.reporter, [recordFillsIx(env, [fill(0)], [w.maker], 7n)]));
    const next = await fundedSigner(env.svm);
    await updateConfig(env, { __kind: 'SetReporter', reporter: next.address });
    const old = env.reporter;
    expectMakersError(await sendTx(env, old, [recordFillsIx(env, [fill(0)], [w.maker], 8n)]), 'NotReporter');
    env.reporter = next;
    expectMakersError(await sendTx(env, next, [recordFillsIx(env, [fill(0)], [w.maker], 7n)]), 'StaleSequence');
    ok(await sendTx(env, next, [recordFillsIx(env, [fill(0)], [w.maker], 8n)]));
  });

  // Fail: every bound, one step outside.
  it('refuses values outside their bounds', async () => {
    const env = await makersEnv();
    const bad = [
      { __kind: 'SetRewardRules', minImprovementBps: 0, earlyMultiplierBps: 20_000, maxRewardPerFill: 1n },
      { __kind: 'SetRewardRules', minImprovementBps: 1_001, earlyMultiplierBps: 20_000, maxRewardPerFill: 1n },
      { __kind: 'SetRewardRules', minImprovementBps: 1, earlyMultiplierBps: 9_999, maxRewardPerFill: 1n },
      { __kind: 'SetRewardRules', minImprovementBps: 1, earlyMultiplierBps: 30_001, maxRewardPerFill: 1n },
      { __kind: 'SetRewardRules', minImprovementBps: 1, earlyMultiplierBps: 20_000, maxRewardPerFill: 0n },
      { __kind: 'SetEarlyRule', earlyUntilSeason: 1, earlyMaxMakers: 10_001 },
      { __kind: 'SetVolatility', thresholdBps: 0, maxMultiplierBps: 15_000 },
      { __kind: 'SetVolatility', thresholdBps: 10_001, maxMultiplierBps: 15_000 },
      { __kind: 'SetVolatility', thresholdBps: 200, maxMultiplierBps: 9_999 },
      { __kind: 'SetVolatility', thresholdBps: 200, maxMultiplierBps: 30_001 },
      { __kind: 'SetBondRules', minBond: 0n, inactivityWindowSecs: DAY, unbondCooldownSecs: DAY, slashBps: 0 },
      { __kind: 'SetBondRules', minBond: 1n, inactivityWindowSecs: DAY - 1n, unbondCooldownSecs: DAY, slashBps: 0 },
      { __kind: 'SetBondRules', minBond: 1n, inactivityWindowSecs: 366n * DAY, unbondCooldownSecs: DAY, slashBps: 0 },
      { __kind: 'SetBondRules', minBond: 1n, inactivityWindowSecs: DAY, unbondCooldownSecs: 91n * DAY, slashBps: 0 },
      { __kind: 'SetBondRules', minBond: 1n, inactivityWindowSecs: DAY, unbondCooldownSecs: DAY, slashBps: 5_001 },
      { __kind: 'SetSeasonLength', seasonSecs: DAY - 1n },
      { __kind: 'SetSeasonLength', seasonSecs: 366n * DAY },
    ] as const;
    for (const update of bad) expectMakersError(await sendTx(env, env.admin, [updateConfigIx(env, update)]), 'InvalidParameter');
  });

  // Fail: a return policy without a treasury, or with a vault as the treasury.
  it('refuses a missing or invalid treasury', async () => {
    const env = await makersEnv();
    const policy = { __kind: 'SetRolloverPolicy', policy: RolloverPolicy.Return } as const;
    expectMakersError(await sendTx(env, env.admin, [updateConfigIx(env, policy)]), 'InvalidTreasury');
    expectMakersError(await sendTx(env, env.admin, [updateConfigIx(env, policy, env.addrs.rewardVault)]), 'InvalidTreasury');
    const treasury = await tokenAccount(env, env.admin.address);
    await updateConfig(env, policy, treasury);
    expect(readConfig(env)).toMatchObject({ rolloverPolicy: RolloverPolicy.Return, treasury });
  });
});
