/**
 * `update_performance`: the reporter records a maker's report for a newer
 * period; refused for anyone else, an old period, scores over 100 %.
 */
import { AccountRole } from '@solana/kit';
import { describe, expect, it } from 'vitest';
import { expectMakersError, makersEnv, now, ok, readMakerAt, registeredMaker, sendTx, TOKEN, updatePerformanceIx } from './helpers/makers';

describe('update_performance', () => {
  it("records the maker's report", async () => {
    const env = await makersEnv();
    const w = await registeredMaker(env);
    ok(await sendTx(env, env.reporter, [updatePerformanceIx(env, w.maker, 1)]));
    expect(readMakerAt(env, w.maker)).toMatchObject({
      executionVolume: 5_000n * TOKEN,
      spreadEfficiencyBps: 9_000,
      orderFlowBps: 4_000,
      performancePeriod: 1,
      performanceAt: now(env.svm),
    });
  });

  // Fail: the same or an older period; scores over 10,000 bp.
  it('refuses an old period and scores over 100 %', async () => {
    const env = await makersEnv();
    const w = await registeredMaker(env);
    ok(await sendTx(env, env.reporter, [updatePerformanceIx(env, w.maker, 5)]));
    expectMakersError(await sendTx(env, env.reporter, [updatePerformanceIx(env, w.maker, 5)]), 'StalePerformance');
    expectMakersError(await sendTx(env, env.reporter, [updatePerformanceIx(env, w.maker, 4)]), 'StalePerformance');
    expectMakersError(await sendTx(env, env.reporter, [updatePerformanceIx(env, w.maker, 6, { orderFlowBps: 10_001 })]), 'InvalidParameter');
  });

  // Fail: signed by the maker instead of the reporter.
  it('refuses anyone but the reporter', async () => {
    const env = await makersEnv();
    const w = await registeredMaker(env);
    const ix = updatePerformanceIx(env, w.maker, 1);
    const forged = { ...ix, accounts: [{ address: w.address, role: AccountRole.READONLY_SIGNER, signer: w.signer }, ...(ix.accounts ?? []).slice(1)] };
    expectMakersError(await sendTx(env, w.signer, [forged as never]), 'NotReporter');
  });
});
