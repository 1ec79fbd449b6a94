/**
 * The attack list, each against the program: only the reporter
 * records; repeated and older sequences; below-minimum improvement; the early
 * multiplier; the volatility multiplier's bounds; the budget exactly at its
 * boundary; the per-fill cap; notional near u64::MAX; rollover timing; slash
 * only after the window and once; the bond cooldown; someone else's maker;
 * substituted vaults; a wrong mint; fake configs and makers; Token-2022 mints
 * with an extension the program refuses.
 */
import { AccountRole, type Address } from '@solana/kit';
import { describe, expect, it } from 'vitest';
import { decodeFillsRecorded, FILL_BUDGET_LIMITED, FILL_CAPPED } from '@/lib/programs/makers';
import { events, mustReadAccount, plantAccount, randomAddress, TOKEN_2022_PROGRAM_ADDRESS, withAccount } from '@/programs/test-support';
import {
  claimIx,
  DAY,
  expectMakersError,
  fill,
  fund,
  initializeIx,
  makersEnv,
  ok,
  readConfig,
  readMakerAt,
  recordFills,
  recordFillsIx,
  registeredMaker,
  requestUnbondIx,
  rolloverIx,
  sendTx,
  slashIx,
  TOKEN,
  TOKEN_CONFIGS,
  updateConfig,
  warp,
  withdrawBondIx,
} from './helpers/makers';

const results = (logs: string[]) => decodeFillsRecorded(events(logs)[0]!)!.fills.map((f) => [f.result.reward, f.result.flags]);

describe('makers attacks', () => {
  it('only the reporter records, and a repeated or older sequence is refused', async () => {
    const env = await makersEnv();
    await fund(env, 100n * TOKEN);
    const w = await registeredMaker(env);
    const ix = recordFillsIx(env, [fill(0)], [w.maker], 5n);
    const forged = { ...ix, accounts: [{ address: w.address, role: AccountRole.READONLY_SIGNER, signer: w.signer }, ...(ix.accounts ?? []).slice(1)] };
    expectMakersError(await sendTx(env, w.signer, [forged as never]), 'NotReporter');
    ok(await sendTx(env, env.reporter, [ix]));
    // The reporter's retry of the same batch (a fresh transaction) cannot pay twice.
    expectMakersError(await sendTx(env, env.reporter, [ix]), 'StaleSequence');
    expectMakersError(await sendTx(env, env.reporter, [recordFillsIx(env, [fill(0)], [w.maker], 4n)]), 'StaleSequence');
    expect(readMakerAt(env, w.maker).rewardsEarned).toBe(TOKEN);
  });

  it('pays nothing below the minimum improvement', async () => {
    const env = await makersEnv();
    await fund(env, 100n * TOKEN);
    await updateConfig(env, { __kind: 'SetRewardRules', minImprovementBps: 3, earlyMultiplierBps: 20_000, maxRewardPerFill: 10_000n * TOKEN });
    const w = await registeredMaker(env);
    const r = await recordFills(env, [fill(0, { improvementBps: 2 }), fill(0, { improvementBps: 3 })], [w.maker]);
    expect(results(r.logs)).toEqual([[0n, 1], [600_000_000n, 0]]);
  });

  it('doubles an early maker and not a late one', async () => {
    const env = await makersEnv();
    await fund(env, 100n * TOKEN);
    const early = await registeredMaker(env);
    await updateConfig(env, { __kind: 'SetEarlyRule', earlyUntilSeason: 0, earlyMaxMakers: 0 });
    const late = await registeredMaker(env);
    const r = await recordFills(env, [fill(0), fill(1)], [early.maker, late.maker]);
    expect(results(r.logs)).toEqual([[TOKEN, 0], [TOKEN / 2n, 0]]);
  });

  it('bounds the volatility multiplier: 1× up to the threshold, then proportional, at most the maximum', async () => {
    const env = await makersEnv();
    await fund(env, 100n * TOKEN);
    await updateConfig(env, { __kind: 'SetEarlyRule', earlyUntilSeason: 0, earlyMaxMakers: 0 });
    const w = await registeredMaker(env);
    const r = await recordFills(env, [200, 250, 300, 65_535].map((v) => fill(0, { volatilityBps: v })), [w.maker]);
    const decoded = decodeFillsRecorded(events(r.logs)[0]!)!;
    expect(decoded.fills.map((f) => [f.result.volatilityBps, f.result.reward])).toEqual([
      [10_000, 500_000_000n],
      [12_500, 625_000_000n],
      [15_000, 750_000_000n],
      [15_000, 750_000_000n],
    ]);
  });

  it('pays the budget exactly to its boundary, then what is left, then nothing', async () => {
    const env = await makersEnv();
    await fund(env, 2n * TOKEN);
    const w = await registeredMaker(env);
    // Two fills of 1 token each use the 2-token budget exactly: both in full.
    let r = await recordFills(env, [fill(0), fill(0)], [w.maker]);
    expect(results(r.logs)).toEqual([[TOKEN, 0], [TOKEN, 0]]);
    expect(readConfig(env)).toMatchObject({ seasonBudget: 2n * TOKEN, seasonEmitted: 2n * TOKEN });
    r = await recordFills(env, [fill(0)], [w.maker]);
    expect(results(r.logs)).toEqual([[0n, FILL_BUDGET_LIMITED]]);
    // One token more: a fill worth 1.5 is paid 1 and says so.
    await fund(env, TOKEN);
    r = await recordFills(env, [fill(0, { notional: 1_500n * TOKEN })], [w.maker]);
    expect(results(r.logs)).toEqual([[TOKEN, FILL_BUDGET_LIMITED]]);
    expect(readConfig(env).seasonEmitted).toBe(readConfig(env).seasonBudget);
  });

  it('caps a fill at the per-fill maximum', async () => {
    const env = await makersEnv();
    await fund(env, 100n * TOKEN);
    await updateConfig(env, { __kind: 'SetRewardRules', minImprovementBps: 1, earlyMultiplierBps: 20_000, maxRewardPerFill: TOKEN / 2n });
    const w = await registeredMaker(env);
    const r = await recordFills(env, [fill(0), fill(0, { notional: 250n * TOKEN })], [w.maker]);
    expect(results(r.logs)).toEqual([[TOKEN / 2n, FILL_CAPPED], [TOKEN / 4n, 0]]);
    expect(readMakerAt(env, w.maker).current.cappedFills).toBe(1);
  });

  it('handles notional near u64::MAX without overflow', async () => {
    const env = await makersEnv();
    await fund(env, 1_000_000n * TOKEN);
    const w = await registeredMaker(env);
    const max = 2n ** 64n - 1n;
    const r = await recordFills(env, [fill(0, { notional: max, improvementBps: 65_535, volatilityBps: 65_535 }), fill(0, { notional: max })], [w.maker]);
    expect(results(r.logs)).toEqual([[10_000n * TOKEN, FILL_CAPPED], [10_000n * TOKEN, FILL_CAPPED]]);
    const m = readMakerAt(env, w.maker);
    expect(m.notional).toBe(2n * max);
    expect(m.improvementWeighted).toBe(max * (65_535n + 5n));
  });

  it('rolls over exactly at the season end, not before', async () => {
    const env = await makersEnv();
    const end = readConfig(env).seasonEnd;
    warp(env.svm, end - readConfig(env).seasonStart - 1n);
    expectMakersError(await sendTx(env, env.admin, [await rolloverIx(env)]), 'SeasonNotEnded');
    warp(env.svm, 1n);
    ok(await sendTx(env, env.admin, [await rolloverIx(env)]));
    expect(readConfig(env).seasonStart).toBe(end);
  });

  it('slashes only after the window and once per window; the bond waits out its cooldown', async () => {
    const env = await makersEnv();
    const w = await registeredMaker(env, 1_000n * TOKEN);
    warp(env.svm, 7n * DAY - 1n);
    expectMakersError(await sendTx(env, env.admin, [await slashIx(env, w.maker)]), 'MakerActive');
    warp(env.svm, 1n);
    ok(await sendTx(env, env.admin, [await slashIx(env, w.maker)]));
    expectMakersError(await sendTx(env, env.admin, [await slashIx(env, w.maker)]), 'MakerActive');
    ok(await sendTx(env, w.signer, [await requestUnbondIx(env, w, 900n * TOKEN)]));
    warp(env.svm, 7n * DAY - 1n);
    expectMakersError(await sendTx(env, w.signer, [await withdrawBondIx(env, w)]), 'UnbondCooldown');
  });

  it("refuses someone else's maker account", async () => {
    const env = await makersEnv();
    await fund(env, 100n * TOKEN);
    const a = await registeredMaker(env, 1_000n * TOKEN);
    const b = await registeredMaker(env, 1_000n * TOKEN);
    await recordFills(env, [fill(0)], [a.maker]);
    expectMakersError(await sendTx(env, b.signer, [withAccount(await claimIx(env, b), 2, a.maker)]), 'NotMakerWallet');
    expectMakersError(await sendTx(env, b.signer, [withAccount(await requestUnbondIx(env, b, 1_000n * TOKEN), 2, a.maker)]), 'NotMakerWallet');
  });

  it('refuses substituted vaults and a wrong mint', async () => {
    const env = await makersEnv();
    await fund(env, 100n * TOKEN);
    const w = await registeredMaker(env, 1_000n * TOKEN);
    await recordFills(env, [fill(0)], [w.maker]);
    const other = await makersEnv();
    expectMakersError(await sendTx(env, w.signer, [withAccount(await claimIx(env, w), 4, other.addrs.rewardVault)]), 'InvalidVault');
    expectMakersError(await sendTx(env, w.signer, [withAccount(await claimIx(env, w), 5, other.mint)]), 'InvalidMint');
    warp(env.svm, 8n * DAY);
    expectMakersError(await sendTx(env, env.admin, [withAccount(await slashIx(env, w.maker), 3, w.token)]), 'InvalidVault');
  });

  it('refuses fake configs and makers (copies at addresses the program does not own)', async () => {
    const env = await makersEnv();
    await fund(env, 100n * TOKEN);
    const w = await registeredMaker(env);
    const copy = async (from: Address, owner: Address) => {
      const fake = await randomAddress();
      plantAccount(env.svm, fake, { owner, data: mustReadAccount(env.svm, from).data });
      return fake;
    };
    const fakeConfig = await copy(env.addrs.config, '11111111111111111111111111111111' as Address);
    expectMakersError(await sendTx(env, env.reporter, [withAccount(recordFillsIx(env, [fill(0)], [w.maker]), 1, fakeConfig)]), 'InvalidConfig');
    const tokenOwned = await copy(env.addrs.config, TOKEN_2022_PROGRAM_ADDRESS);
    expectMakersError(await sendTx(env, w.signer, [withAccount(await claimIx(env, w), 1, tokenOwned)]), 'InvalidConfig');
    const fakeMaker = await copy(w.maker, '11111111111111111111111111111111' as Address);
    expectMakersError(await sendTx(env, env.reporter, [recordFillsIx(env, [fill(0)], [fakeMaker])]), 'InvalidMaker');
    // A real maker of another config.
    const other = await makersEnv(TOKEN_CONFIGS[0], { svm: env.svm });
    const stranger = await registeredMaker(other);
    expectMakersError(await sendTx(env, env.reporter, [recordFillsIx(env, [fill(0)], [stranger.maker])]), 'InvalidMaker');
  });

  it('refuses a Token-2022 mint with a permanent delegate', async () => {
    const env = await makersEnv(TOKEN_CONFIGS[1], { initialize: false });
    // Base mint (82 bytes), padding to 165, account type 1 (mint), then PermanentDelegate (12) TLV.
    const data = new Uint8Array(165 + 1 + 4 + 32);
    data.set(mustReadAccount(env.svm, env.mint).data.slice(0, 82));
    data[165] = 1;
    data[166] = 12;
    data[168] = 32;
    plantAccount(env.svm, env.mint, { owner: TOKEN_2022_PROGRAM_ADDRESS, data });
    expectMakersError(await sendTx(env, env.admin, [await initializeIx(env)]), 'UnsupportedMintExtension');
  });
});
