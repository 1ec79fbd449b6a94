/**
 * `claim`: pays the maker's pending rewards (SPL Token and Token-2022) to an
 * existing token account or to the wallet's associated token account, which
 * it creates when missing; refused with nothing pending, for another wallet's
 * maker, with a substituted vault, a wrong mint, while paused.
 */
import { describe, expect, it } from 'vitest';
import { events, mustReadAccount, randomAddress, tokenAccountOwner, withAccount } from '@/programs/test-support';
import {
  afterFee,
  ataOf,
  balance,
  claimIx,
  exists,
  expectMakersError,
  fill,
  fund,
  makersEnv,
  ok,
  readConfig,
  readMakerAt,
  recordFills,
  registeredMaker,
  sendTx,
  TOKEN,
  TOKEN_CONFIGS,
  updateConfig,
} from './helpers/makers';

describe.each(TOKEN_CONFIGS)('claim ($name)', (token) => {
  it('pays the pending rewards to the wallet token account', async () => {
    const env = await makersEnv(token);
    await fund(env, 100n * TOKEN);
    const w = await registeredMaker(env);
    await recordFills(env, [fill(0), fill(0)], [w.maker]);
    const before = balance(env, w.token);
    const result = ok(await sendTx(env, w.signer, [await claimIx(env, w)]));
    expect(balance(env, w.token) - before).toBe(afterFee(env, 2n * TOKEN));
    expect(readMakerAt(env, w.maker)).toMatchObject({ rewardsEarned: 2n * TOKEN, rewardsClaimed: 2n * TOKEN });
    expect(readConfig(env).totalClaimed).toBe(2n * TOKEN);
    expect(events(result.logs)[0]![0]![0]).toBe(9);
  });

  it("creates the wallet's associated token account when it is missing", async () => {
    const env = await makersEnv(token);
    await fund(env, 100n * TOKEN);
    const w = await registeredMaker(env);
    await recordFills(env, [fill(0)], [w.maker]);
    const ata = await ataOf(env, w);
    expect(exists(env, ata)).toBe(false);
    ok(await sendTx(env, w.signer, [await claimIx(env, w, ata)]));
    expect(mustReadAccount(env.svm, ata).owner).toBe(env.tokenProgram);
    expect(tokenAccountOwner(env.svm, ata)).toBe(w.address);
    expect(balance(env, ata)).toBe(afterFee(env, TOKEN));
  });
});

describe('claim', () => {
  // Fail: nothing pending (never earned, or already claimed).
  it('refuses with nothing to claim', async () => {
    const env = await makersEnv();
    await fund(env, 100n * TOKEN);
    const w = await registeredMaker(env);
    expectMakersError(await sendTx(env, w.signer, [await claimIx(env, w)]), 'NothingToClaim');
    await recordFills(env, [fill(0)], [w.maker]);
    ok(await sendTx(env, w.signer, [await claimIx(env, w)]));
    expectMakersError(await sendTx(env, w.signer, [await claimIx(env, w)]), 'NothingToClaim');
  });

  // Fail: a missing destination that is not the wallet's associated token account.
  it('refuses a missing destination at another address', async () => {
    const env = await makersEnv();
    await fund(env, 100n * TOKEN);
    const w = await registeredMaker(env);
    await recordFills(env, [fill(0)], [w.maker]);
    const result = await sendTx(env, w.signer, [await claimIx(env, w, await randomAddress())]);
    expect(result.ok).toBe(false);
    expect(readMakerAt(env, w.maker).rewardsClaimed).toBe(0n);
  });

  // Fail: someone else's maker, the bond vault as the reward vault, a wrong mint, paused.
  it("refuses another wallet's maker, a substituted vault, a wrong mint and a paused program", async () => {
    const env = await makersEnv();
    await fund(env, 100n * TOKEN);
    const a = await registeredMaker(env);
    const b = await registeredMaker(env);
    await recordFills(env, [fill(0)], [a.maker]);
    expectMakersError(await sendTx(env, b.signer, [withAccount(await claimIx(env, b), 2, a.maker)]), 'NotMakerWallet');
    expectMakersError(await sendTx(env, a.signer, [withAccount(await claimIx(env, a), 4, env.addrs.bondVault)]), 'InvalidVault');
    const other = await makersEnv();
    expectMakersError(await sendTx(env, a.signer, [withAccount(await claimIx(env, a), 5, other.mint)]), 'InvalidMint');
    await updateConfig(env, { __kind: 'SetPaused', paused: true });
    expectMakersError(await sendTx(env, a.signer, [await claimIx(env, a)]), 'Paused');
  });
});
