/**
 * `initialize`: the config with its defaults, both vaults owned by the config,
 * season 1 from now; refused twice, at a non-canonical address, with a
 * foreign token program or a Token-2022 mint with an unsupported extension.
 */
import { AccountRole } from '@solana/kit';
import { describe, expect, it } from 'vitest';
import { events, expectFailure, mustReadAccount, randomAddress, tokenAccountOwner, withAccount, withRole } from '@/programs/test-support';
import { DAY, expectMakersError, initializeIx, makersEnv, ok, readConfig, sendTx, START_TS, TOKEN, TOKEN_CONFIGS } from './helpers/makers';

describe.each(TOKEN_CONFIGS)('initialize ($name)', (token) => {
  it('creates the config with the defaults and both vaults owned by the config', async () => {
    const env = await makersEnv(token, { initialize: false });
    const result = ok(await sendTx(env, env.admin, [await initializeIx(env)]));
    const config = readConfig(env);
    expect(config).toMatchObject({
      version: 1,
      paused: false,
      decimals: 9,
      authority: env.admin.address,
      reporter: env.reporter.address,
      mint: env.mint,
      tokenProgram: env.tokenProgram,
      rewardVault: env.addrs.rewardVault,
      bondVault: env.addrs.bondVault,
      seasonIndex: 1,
      makers: 0,
      seasonStart: START_TS,
      seasonEnd: START_TS + 30n * DAY,
      seasonBudget: 0n,
      seasonEmitted: 0n,
      nextBudget: 0n,
      seasonSecs: 30n * DAY,
      reporterSequence: 0n,
      maxRewardPerFill: 10_000n * TOKEN,
      minBond: 1_000n * TOKEN,
      inactivityWindowSecs: 7n * DAY,
      unbondCooldownSecs: 7n * DAY,
      minImprovementBps: 1,
      earlyMultiplierBps: 20_000,
      volatilityThresholdBps: 200,
      maxVolatilityMultiplierBps: 15_000,
      slashBps: 1_000,
      earlyUntilSeason: 1,
      earlyMaxMakers: 0,
    });
    expect(mustReadAccount(env.svm, env.addrs.config).owner).toBe('5RSm79tseY7pzUqqwnh1rFyHwUsymj7eB586GTCY4k5s');
    for (const vault of [env.addrs.rewardVault, env.addrs.bondVault]) {
      expect(mustReadAccount(env.svm, vault).owner).toBe(env.tokenProgram);
      expect(tokenAccountOwner(env.svm, vault)).toBe(env.addrs.config);
    }
    const [initialized] = events(result.logs);
    expect(initialized![0]![0]).toBe(1);
  });

  it('refuses a second initialize', async () => {
    const env = await makersEnv(token);
    expectMakersError(await sendTx(env, env.admin, [await initializeIx(env)]), 'AlreadyInitialized');
  });
});

describe('initialize checks', () => {
  // Fail: a config that is not the canonical PDA of the mint.
  it('refuses a config at another address', async () => {
    const env = await makersEnv(TOKEN_CONFIGS[0], { initialize: false });
    const ix = withAccount(await initializeIx(env), 1, await randomAddress());
    expectMakersError(await sendTx(env, env.admin, [ix]), 'InvalidAddress');
  });

  // Fail: a vault address that is not its PDA.
  it('refuses a vault at another address', async () => {
    const env = await makersEnv(TOKEN_CONFIGS[0], { initialize: false });
    const ix = withAccount(await initializeIx(env), 4, await randomAddress());
    expectMakersError(await sendTx(env, env.admin, [ix]), 'InvalidAddress');
  });

  // Fail: a token program that is neither SPL Token nor Token-2022.
  it('refuses a foreign token program', async () => {
    const env = await makersEnv(TOKEN_CONFIGS[0], { initialize: false });
    const ix = withAccount(await initializeIx(env), 5, '11111111111111111111111111111111' as never);
    expectMakersError(await sendTx(env, env.admin, [ix]), 'InvalidTokenProgram');
  });

  // Fail: the mint's owner is the other token program.
  it('refuses a mint of the other token program', async () => {
    const env = await makersEnv(TOKEN_CONFIGS[0], { initialize: false });
    const ix = withAccount(await initializeIx(env), 5, 'TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb' as never);
    expectMakersError(await sendTx(env, env.admin, [ix]), 'InvalidMint');
  });

  // Fail: the config passed read-only.
  it('refuses a read-only config', async () => {
    const env = await makersEnv(TOKEN_CONFIGS[0], { initialize: false });
    const ix = withRole(await initializeIx(env), 1, AccountRole.READONLY);
    expectMakersError(await sendTx(env, env.admin, [ix]), 'AccountNotWritable');
  });

  // Fail: too few accounts.
  it('refuses too few accounts', async () => {
    const env = await makersEnv(TOKEN_CONFIGS[0], { initialize: false });
    const ix = await initializeIx(env);
    expect(expectFailure(await sendTx(env, env.admin, [{ ...ix, accounts: ix.accounts!.slice(0, 6) }])).error).toBe('NotEnoughAccountKeys');
  });
});
