import { Keypair, SystemProgram } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { getFundStreamInstruction, parseStakingEvents, TOKEN } from '@/lib/programs/staking';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import {
  adminTokens,
  afterFee,
  claimIx,
  DAY,
  fundStream,
  newWallet,
  now,
  ok,
  readConfig,
  send,
  stake,
  stakerWallet,
  stakingEnv,
  tokenAccount,
  TOKEN_CONFIGS,
  updateConfig,
  view,
  warp,
  balance,
} from './helpers/staking';
import { expectError, expectStakingError } from './helpers/assert';

describe.each(TOKEN_CONFIGS)('staking fund_stream ($name)', (token) => {
  it('streams linearly, merges top-ups and leaves no dust', async () => {
    const env = await stakingEnv(token);
    const { svm, admin } = env;
    const source = await adminTokens(env, 10_000n * TOKEN);
    const build = (amount: bigint, durationSecs: bigint, authority = admin.pubkey, authorityToken = source) =>
      getFundStreamInstruction({ authority, authorityToken, mint: env.mint, tokenProgram: env.tokenProgram, amount, durationSecs });
    const ix = build(1_000n * TOKEN, 10n * DAY);
    const mallory = await newWallet(svm);

    // Fail: not enough accounts
    expectError(send(env, admin, [web3WithAccountCount(ix, 6)]), 'NotEnoughAccountKeys');
    // Fail: data too short
    expectStakingError(send(env, admin, [web3WithData(ix, ix.data.subarray(0, 9))]), 'InvalidInstructionData');
    // Fail: authority did not sign
    expectError(send(env, mallory, [web3WithFlags(ix, 0, { isSigner: false })], [admin]), 'MissingRequiredSignature');
    // Fail: not the authority
    const malloryTokens = await tokenAccount(env, mallory.pubkey, 10n * TOKEN);
    expectStakingError(send(env, mallory, [build(TOKEN, DAY, mallory.pubkey, malloryTokens)]), 'Unauthorized');
    // Fail: zero or too long a duration; nothing to stream
    expectStakingError(send(env, admin, [build(TOKEN, 0n)]), 'InvalidStreamDuration');
    expectStakingError(send(env, admin, [build(TOKEN, 2n * 365n * DAY + 1n)]), 'InvalidStreamDuration');
    expectStakingError(send(env, admin, [build(0n, DAY)]), 'InvalidStreamDuration');
    // Fail: wrong vault, mint, token program
    expectStakingError(send(env, admin, [web3WithAccount(ix, 4, env.addrs.stakeVault)]), 'InvalidVault');
    expectStakingError(send(env, admin, [web3WithAccount(ix, 5, Keypair.generate().publicKey)]), 'InvalidMint');
    expectStakingError(send(env, admin, [web3WithAccount(ix, 6, SystemProgram.programId)]), 'InvalidTokenProgram');
    // Fail: paused
    updateConfig(env, { field: 'paused', paused: true });
    expectStakingError(send(env, admin, [ix]), 'Paused');
    updateConfig(env, { field: 'paused', paused: false });

    // Success: 1,000 over 10 days to a single staker
    const alice = await stakerWallet(env);
    const position = stake(env, alice, 0, 1_000n * TOKEN);
    const result = ok(send(env, admin, [ix]));
    const funded = afterFee(env, 1_000n * TOKEN);
    const start = now(svm);
    expect(readConfig(env).stream).toMatchObject({ remaining: funded, endTs: start + 10n * DAY, lastUpdateTs: start });
    expect(parseStakingEvents(result.logs)).toEqual([{ kind: 'StreamFunded', amount: funded, remaining: funded, end: start + 10n * DAY }]);
    expect(result.computeUnits).toBeLessThan(token.program === 'token' ? 5_000 : 8_000);
    warp(svm, 5n * DAY);
    const half = view(env, position).pending;
    // (Rounded down at each of the 5 day boundaries the stream crossed.)
    expect(funded / 2n - half).toBeLessThanOrEqual(6n);

    // Success: top up at mid-stream: remaining 500 + new 1,000 over a new 10 days
    await fundStream(env, 1_000n * TOKEN, 10n * DAY);
    const config = readConfig(env);
    // What the five boundaries released is rounded down (at most a unit each).
    const merged = config.stream.remaining - (funded - funded / 2n + afterFee(env, 1_000n * TOKEN));
    expect(merged >= 0n && merged <= 6n, `${merged}`).toBe(true);
    expect(config.stream.endTs).toBe(now(svm) + 10n * DAY);
    warp(svm, 5n * DAY);
    // Success: amount 0 re-spreads what remains
    ok(send(env, admin, [build(0n, 20n * DAY)]));
    expect(readConfig(env).stream.endTs).toBe(now(svm) + 20n * DAY);

    // Past the end everything has been released: the position can claim all of it
    warp(svm, 30n * DAY);
    const total = funded + afterFee(env, 1_000n * TOKEN);
    const pending = view(env, position).pending;
    expect(total - pending).toBeLessThanOrEqual(2n);
    expect(pending).toBeLessThanOrEqual(total);
    ok(send(env, alice, [claimIx(env, alice, position)]));
    expect(readConfig(env).stream.remaining).toBe(0n);
    expect(balance(env, env.addrs.rewardVault)).toBe(total - pending);
  });
});
