/**
 * `record_fills`: a batch for several makers credits each fill's reward (the
 * TypeScript model in lib/programs/makers/math.ts) to its maker, the season's
 * emitted amount and the totals, stores the sequence, and logs one event with
 * the fills, their results and the makers; refused for anyone but the
 * reporter, a stale sequence, bad indexes and foreign or read-only makers.
 */
import { AccountRole } from '@solana/kit';
import { describe, expect, it } from 'vitest';
import { decodeFillsRecorded, fillReward, limitToBudget, readMaker, rewardRules } from '@/lib/programs/makers';
import { events, expectFailure, mustReadAccount, withRole } from '@/programs/test-support';
import {
  DAY,
  expectMakersError,
  fill,
  fund,
  makersEnv,
  now,
  ok,
  readConfig,
  readMakerAt,
  recordFills,
  recordFillsIx,
  registeredMaker,
  sendTx,
  TOKEN,
  updateConfig,
  warp,
} from './helpers/makers';

describe('record_fills', () => {
  it('credits each fill to its maker, the season and the totals, and logs the batch', async () => {
    const env = await makersEnv();
    await fund(env, 1_000n * TOKEN);
    const a = await registeredMaker(env);
    const b = await registeredMaker(env);
    const fills = [fill(0), fill(1, { notional: 2_000n * TOKEN, improvementBps: 3, volatilityBps: 300 }), fill(0, { improvementBps: 0 })];
    const config = readConfig(env);
    const result = await recordFills(env, fills, [a.maker, b.maker]);

    const rules = rewardRules(config);
    const expected = fills.map((f) => fillReward(rules, true, BigInt(f.notional), f.improvementBps, f.volatilityBps));
    // 1,000 × 5 bp × 2 (early) = 1 token; 2,000 × 3 bp × 2 × 1.5 (volatility 3 % over 2 %) = 1.8 tokens; 0 bp: nothing.
    expect(expected.map((r) => r.reward)).toEqual([TOKEN, 1_800_000_000n, 0n]);
    const ma = readMakerAt(env, a.maker);
    const mb = readMakerAt(env, b.maker);
    expect(ma).toMatchObject({ rewardsEarned: TOKEN, fills: 2n, notional: 2_000n * TOKEN, improvementWeighted: 5_000n * TOKEN, lastFillAt: now(env.svm) });
    expect(ma.current).toMatchObject({ index: 1, fills: 2, rewards: TOKEN, notional: 2_000n * TOKEN, belowMinimumFills: 1, cappedFills: 0 });
    expect(mb).toMatchObject({ rewardsEarned: 1_800_000_000n, fills: 1n });
    const after = readConfig(env);
    expect(after).toMatchObject({ seasonEmitted: 2_800_000_000n, totalEarned: 2_800_000_000n, totalFills: 3n, reporterSequence: 1n });

    const [event] = events(result.logs);
    const decoded = decodeFillsRecorded(event!)!;
    expect(decoded).toMatchObject({ sequence: 1n, total: 2_800_000_000n, seasonEmitted: 2_800_000_000n, seasonBudget: 1_000n * TOKEN, seasonIndex: 1 });
    expect(decoded.fills.map((f) => [f.makerAddress, f.result.reward, f.result.earlyBps, f.result.volatilityBps, f.result.flags])).toEqual([
      [a.maker, TOKEN, 20_000, 10_000, 0],
      [b.maker, 1_800_000_000n, 20_000, 15_000, 0],
      [a.maker, 0n, 20_000, 10_000, 1],
    ]);
    expect(limitToBudget(expected[0]!, 10n).reward).toBe(10n);
  });

  it('takes the same maker twice and sequences with gaps', async () => {
    const env = await makersEnv();
    await fund(env, 100n * TOKEN);
    const a = await registeredMaker(env);
    ok(await sendTx(env, env.reporter, [recordFillsIx(env, [fill(0), fill(1)], [a.maker, a.maker], 10n)]));
    expect(readMakerAt(env, a.maker).fills).toBe(2n);
    ok(await sendTx(env, env.reporter, [recordFillsIx(env, [fill(0)], [a.maker], 12n)]));
    expect(readConfig(env).reporterSequence).toBe(12n);
  });

  it('rolls a maker into the new season on its first fill there', async () => {
    const env = await makersEnv();
    await fund(env, 100n * TOKEN);
    const a = await registeredMaker(env);
    await recordFills(env, [fill(0)], [a.maker]);
    warp(env.svm, 30n * DAY);
    const { rolloverIx } = await import('./helpers/makers');
    ok(await sendTx(env, env.admin, [await rolloverIx(env)]));
    await recordFills(env, [fill(0), fill(0)], [a.maker]);
    const m = readMaker(mustReadAccount(env.svm, a.maker).data);
    expect(m.previous).toMatchObject({ index: 1, fills: 1 });
    expect(m.current).toMatchObject({ index: 2, fills: 2 });
    expect(m.fills).toBe(3n);
  });

  // Fail: signed by someone other than the reporter.
  it('refuses anyone but the reporter', async () => {
    const env = await makersEnv();
    const a = await registeredMaker(env);
    const ix = recordFillsIx(env, [fill(0)], [a.maker]);
    const forged = { ...ix, accounts: [{ address: a.address, role: AccountRole.READONLY_SIGNER, signer: a.signer }, ...(ix.accounts ?? []).slice(1)] };
    expectMakersError(await sendTx(env, a.signer, [forged as never]), 'NotReporter');
  });

  // Fail: the reporter's signature missing.
  it('refuses an unsigned reporter', async () => {
    const env = await makersEnv();
    const a = await registeredMaker(env);
    const ix = withRole(recordFillsIx(env, [fill(0)], [a.maker]), 0, AccountRole.READONLY);
    expect(expectFailure(await sendTx(env, a.signer, [ix])).error).toBe('MissingRequiredSignature');
  });

  // Fail: a batch without fills, or a fill naming a maker the batch does not pass.
  it('refuses an empty batch and a maker index out of range', async () => {
    const env = await makersEnv();
    const a = await registeredMaker(env);
    expectMakersError(await sendTx(env, env.reporter, [recordFillsIx(env, [], [a.maker])]), 'EmptyBatch');
    expectMakersError(await sendTx(env, env.reporter, [recordFillsIx(env, [fill(1)], [a.maker])]), 'InvalidMakerIndex');
  });

  // Fail: a maker passed read-only, the config passed as a maker, a wallet as a maker.
  it('refuses read-only, duplicate-config and non-maker accounts', async () => {
    const env = await makersEnv();
    const a = await registeredMaker(env);
    expectMakersError(await sendTx(env, env.reporter, [withRole(recordFillsIx(env, [fill(0)], [a.maker]), 2, AccountRole.READONLY)]), 'AccountNotWritable');
    expectMakersError(await sendTx(env, env.reporter, [recordFillsIx(env, [fill(0)], [env.addrs.config])]), 'DuplicateAccount');
    expectMakersError(await sendTx(env, env.reporter, [recordFillsIx(env, [fill(0)], [a.token])]), 'InvalidMaker');
  });

  // Fail: after the season's end (roll over first), and while paused.
  it('refuses fills after the season end and while paused', async () => {
    const env = await makersEnv();
    const a = await registeredMaker(env);
    await updateConfig(env, { __kind: 'SetPaused', paused: true });
    expectMakersError(await sendTx(env, env.reporter, [recordFillsIx(env, [fill(0)], [a.maker])]), 'Paused');
    await updateConfig(env, { __kind: 'SetPaused', paused: false });
    warp(env.svm, 30n * DAY);
    expectMakersError(await sendTx(env, env.reporter, [recordFillsIx(env, [fill(0)], [a.maker])]), 'SeasonEnded');
  });
});
