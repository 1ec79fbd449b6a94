import { Keypair } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import { getExtendScheduleInstruction, getInitializeInstruction, getSyncInstruction, parseStakingEvents } from '@/lib/programs/staking';
import { mustReadAccount, plantAccount } from '@/programs/test-support';
import { web3WithAccount, web3WithAccountCount, web3WithData, web3WithFlags } from '@/programs/test-support/web3';
import { forgedConfig, newWallet, ok, send, SPL, stakingEnv, toAddress } from './helpers/staking';
import { expectError, expectStakingError } from './helpers/assert';

/** `state::schedule`: the ring ends (and the history starts) here. */
const HISTORY_OFFSET = 23_480;

describe('staking extend_schedule', () => {
  it('grows the schedule to its ring, then by whole history days, the payer topping up rent', async () => {
    const env = await stakingEnv(SPL, { initialize: false });
    const { svm, admin, mint, tokenProgram } = env;
    ok(send(env, admin, [getInitializeInstruction({ payer: admin.pubkey, mint, tokenProgram })]));
    const schedule = env.addrs.schedule;
    const length = () => mustReadAccount(svm, toAddress(schedule)).data.length;
    expect(length()).toBe(10_240);
    const anyone = await newWallet(svm);
    const ix = getExtendScheduleInstruction({ payer: anyone.pubkey, mint });

    // Fail: not enough accounts; unexpected data
    expectError(send(env, anyone, [web3WithAccountCount(ix, 3)]), 'NotEnoughAccountKeys');
    expectStakingError(send(env, anyone, [web3WithData(ix, Uint8Array.of(15, 0))]), 'InvalidInstructionData');
    // Fail: payer did not sign; schedule read-only
    expectError(send(env, admin, [web3WithFlags(ix, 0, { isSigner: false })], [anyone]), 'MissingRequiredSignature');
    expectStakingError(send(env, anyone, [web3WithFlags(ix, 2, { isWritable: false })]), 'AccountNotWritable');
    // Fail: the config twice; a forged config; the config as the schedule
    expectStakingError(send(env, anyone, [web3WithAccount(ix, 2, env.addrs.config)]), 'DuplicateAccount');
    expectStakingError(send(env, anyone, [web3WithAccount(ix, 1, forgedConfig(env))]), 'InvalidConfig');
    // Fail: a copy of the schedule owned by another program; another config's schedule
    const fake = Keypair.generate().publicKey;
    plantAccount(svm, toAddress(fake), { owner: toAddress(tokenProgram), data: mustReadAccount(svm, toAddress(schedule)).data });
    expectStakingError(send(env, anyone, [web3WithAccount(ix, 2, fake)]), 'InvalidSchedule');
    const other = await stakingEnv(SPL, { svm });
    expectStakingError(send(env, anyone, [web3WithAccount(ix, 2, other.addrs.schedule)]), 'InvalidSchedule');
    // Fail: sync before the ring is complete
    expectStakingError(send(env, anyone, [getSyncInstruction({ mint })]), 'ScheduleTooSmall');

    // Success: 10,240 → 20,480 → 23,480 + 452 days → + 640 days
    const before = svm.getBalance(toAddress(anyone.pubkey)) ?? 0n;
    ok(send(env, anyone, [ix]));
    expect(length()).toBe(20_480);
    const result = ok(send(env, anyone, [ix]));
    expect(length()).toBe(HISTORY_OFFSET + 452 * 16);
    expect(parseStakingEvents(result.logs)).toEqual([{ kind: 'ScheduleExtended', schedule, dataLen: BigInt(HISTORY_OFFSET + 452 * 16), historyCap: 452 }]);
    const data = mustReadAccount(svm, toAddress(schedule)).data;
    expect(new DataView(data.buffer, data.byteOffset).getUint32(48, true)).toBe(452);
    ok(send(env, anyone, [ix]));
    expect(length()).toBe(HISTORY_OFFSET + 1_092 * 16);
    // The payer paid the rent of what it added (and its fees).
    const rent = svm.minimumBalanceForRentExemption(BigInt(HISTORY_OFFSET + 1_092 * 16));
    expect(svm.getBalance(toAddress(schedule))).toBe(rent);
    expect(before - (svm.getBalance(toAddress(anyone.pubkey)) ?? 0n)).toBeGreaterThan(rent - svm.minimumBalanceForRentExemption(10_240n));
    expect(result.computeUnits).toBeLessThan(5_000);
    // The ring is complete: sync runs.
    ok(send(env, anyone, [getSyncInstruction({ mint })]));
  });
});
