import { describe, expect, it } from 'vitest';
import { getSetAutoCompoundInstruction, parseStakingEvents, TOKEN } from '@/lib/programs/staking';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import {
  forgedConfig,
  ok,
  readPosition,
  send,
  SPL,
  stake,
  stakerWallet,
  stakingEnv,
} from './helpers/staking';
import { expectError, expectStakingError } from './helpers/assert';

describe('staking set_auto_compound', () => {
  it('opts a position in and out of the crank', async () => {
    const env = await stakingEnv(SPL);
    const alice = await stakerWallet(env);
    const bob = await stakerWallet(env);
    const position = stake(env, alice, 1, 500n * TOKEN);
    const bobPosition = stake(env, bob, 1, 500n * TOKEN);
    const ix = getSetAutoCompoundInstruction({ owner: alice.pubkey, position, mint: env.mint, enabled: true });

    // Fail: not enough accounts
    expectError(send(env, alice, [web3WithAccountCount(ix, 2)]), 'NotEnoughAccountKeys');
    // Fail: not a flag
    expectStakingError(send(env, alice, [web3WithData(ix, Uint8Array.of(10, 2))]), 'InvalidInstructionData');
    expectStakingError(send(env, alice, [web3WithData(ix, Uint8Array.of(10))]), 'InvalidInstructionData');
    // Fail: owner did not sign
    expectError(send(env, bob, [web3WithFlags(ix, 0, { isSigner: false })], [alice]), 'MissingRequiredSignature');
    // Fail: position read-only
    expectStakingError(send(env, alice, [web3WithFlags(ix, 2, { isWritable: false })]), 'AccountNotWritable');
    // Fail: forged config
    expectStakingError(send(env, alice, [web3WithAccount(ix, 1, forgedConfig(env))]), 'InvalidConfig');
    // Fail: someone else's position
    expectStakingError(
      send(env, alice, [getSetAutoCompoundInstruction({ owner: alice.pubkey, position: bobPosition, mint: env.mint, enabled: true })]),
      'NotPositionOwner',
    );

    // Success
    const result = ok(send(env, alice, [ix]));
    expect(readPosition(env, position).autoCompound).toBe(true);
    expect(parseStakingEvents(result.logs)).toEqual([{ kind: 'AutoCompoundSet', position, enabled: true }]);
    expect(result.computeUnits).toBeLessThan(1_500);
    ok(send(env, alice, [getSetAutoCompoundInstruction({ owner: alice.pubkey, position, mint: env.mint, enabled: false })]));
    expect(readPosition(env, position).autoCompound).toBe(false);
  });
});
