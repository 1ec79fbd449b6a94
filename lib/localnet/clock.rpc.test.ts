/** keel_warpTime / keel_getClock and the Clock sysvar programs read. */
import { SYSVAR_CLOCK_PUBKEY } from '@solana/web3.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestChain, type TestChain } from './testing';

interface ClockReply {
  slot: number;
  epoch: number;
  unixTimestamp: number;
  blockHeight: number;
}

let net: TestChain;
beforeAll(async () => {
  net = await startTestChain();
});
afterAll(() => net.close());

/** Clock sysvar: slot u64 @0, epoch_start_timestamp i64 @8, epoch u64 @16, leader_schedule_epoch u64 @24, unix_timestamp i64 @32. */
async function sysvarClock() {
  const data = (await net.connection.getAccountInfo(SYSVAR_CLOCK_PUBKEY))!.data;
  return { slot: Number(data.readBigUInt64LE(0)), epoch: Number(data.readBigUInt64LE(16)), unixTimestamp: Number(data.readBigInt64LE(32)) };
}

describe('time', () => {
  it('keeps the Clock sysvar at wall time before any warp', async () => {
    const clock = await sysvarClock();
    expect(Math.abs(clock.unixTimestamp - Date.now() / 1000)).toBeLessThan(3);
  });

  it('keel_warpTime moves the clock, slots and epoch forward', async () => {
    const before = (await net.rpc<ClockReply>('keel_getClock')).result!;
    const after = (await net.rpc<ClockReply>('keel_warpTime', [{ days: 2, seconds: 30 }])).result!;
    const warped = 2 * 86_400 + 30;
    expect(after.unixTimestamp - before.unixTimestamp).toBeGreaterThanOrEqual(warped);
    expect(after.unixTimestamp - before.unixTimestamp).toBeLessThan(warped + 3);
    expect(after.slot - before.slot).toBeGreaterThanOrEqual(warped * 2.5); // 400 ms slots
    expect(after.epoch).toBe(1); // 432,000-slot epochs
    expect(await sysvarClock()).toMatchObject({ slot: after.slot, epoch: 1, unixTimestamp: after.unixTimestamp });
    expect((await net.connection.getEpochInfo()).epoch).toBe(1);
    expect(Math.abs((await net.connection.getBlockTime(after.slot))! - after.unixTimestamp)).toBeLessThanOrEqual(1);
    expect(await net.connection.getBlockHeight()).toBeGreaterThanOrEqual(after.blockHeight);
  });

  it('keeps running at wall-clock pace after a warp', async () => {
    // Compared with the time that really passed (a loaded machine may sleep
    // longer than asked); whole seconds on both ends allow ±1.
    const t0 = performance.now();
    const a = (await net.rpc<ClockReply>('keel_getClock')).result!;
    await new Promise((r) => setTimeout(r, 1100));
    const b = (await net.rpc<ClockReply>('keel_getClock')).result!;
    const seconds = (performance.now() - t0) / 1000;
    expect(b.unixTimestamp - a.unixTimestamp).toBeGreaterThanOrEqual(1);
    expect(b.unixTimestamp - a.unixTimestamp).toBeGreaterThanOrEqual(Math.floor(seconds) - 1);
    expect(b.unixTimestamp - a.unixTimestamp).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
  });

  it('rejects a warp backwards or without an amount', async () => {
    expect((await net.rpc('keel_warpTime', [{ days: -1 }])).error?.code).toBe(-32602);
    expect((await net.rpc('keel_warpTime', [{}])).error?.code).toBe(-32602);
    expect((await net.rpc('keel_warpTime', [])).error?.code).toBe(-32602);
  });
});

describe('dev mode off', () => {
  it('hides keel_warpTime', async () => {
    const prod = await startTestChain({ devMode: false });
    try {
      expect((await prod.rpc('keel_warpTime', [{ days: 1 }])).error?.code).toBe(-32601);
      expect((await prod.rpc<ClockReply>('keel_getClock')).result?.slot).toBeGreaterThanOrEqual(0);
    } finally {
      await prod.close();
    }
  });
});
