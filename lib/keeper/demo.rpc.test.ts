/**
 * The keeper on the chain `npm run dev` serves: the genesis demo seed (stream
 * running, governance holding the staking authority). A month later every
 * demo lock has ended and the schedule is a month behind; one pass syncs it,
 * after which the config's totals are exactly Σ every demo position's curve
 * (no refresh exists any more), and fails nothing. The loop runs passes until
 * stopped.
 */
import { Keypair, LAMPORTS_PER_SOL, PublicKey } from '@solana/web3.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_MINT } from '@/lib/demo/addresses';
import { seed } from '@/lib/localnet/seed';
import { startTestChain, type TestChain } from '@/lib/localnet/testing';
import { currentRewardWeight, DAY_SECS, effectiveVotingPower, settleScheduled, stakingAddresses } from '@/lib/programs/staking';
import { fetchChainUnixTime } from '@/lib/staking/clock-sysvar';
import { fetchConfig, fetchPositions } from './fetch';
import { startKeeper } from './loop';
import { runKeeperPass } from './pass';
import type { KeeperSummary } from './pass';

const mint = new PublicKey(DEMO_MINT);

let chain: TestChain | undefined;
afterEach(async () => {
  await chain?.close();
  chain = undefined;
});

async function fundedKeeper(c: TestChain) {
  const keeper = Keypair.generate();
  const signature = await c.connection.requestAirdrop(keeper.publicKey, LAMPORTS_PER_SOL);
  await c.connection.confirmTransaction({ signature, ...(await c.connection.getLatestBlockhash()) }, 'confirmed');
  return keeper;
}

/** Warps `days` and on to the next 12:00 UTC, far from a boundary (no step falls between a sync and the reads). */
async function warpToNoon(c: TestChain, days: number) {
  const target = (await fetchChainUnixTime(c.connection)) + BigInt(days) * DAY_SECS;
  const seconds = Number((DAY_SECS / 2n - (target % DAY_SECS) + DAY_SECS) % DAY_SECS);
  expect((await c.rpc('keel_warpTime', [{ days, seconds }])).error).toBeUndefined();
}

/** The pool as the keeper reads it, and Σ every position's curve at the chain's now. */
async function readPool(c: TestChain) {
  const addresses = stakingAddresses(mint);
  const { config, schedule } = (await fetchConfig(c.connection, addresses, 'confirmed'))!;
  const positions = (await fetchPositions(c.connection, addresses, 'confirmed')).map((e) => e.position);
  const now = await fetchChainUnixTime(c.connection);
  const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);
  return {
    config,
    schedule,
    positions,
    now,
    curves: { power: sum(positions.map((p) => effectiveVotingPower(p, now))), weight: sum(positions.map((p) => currentRewardWeight(p, now))) },
    staked: sum(positions.map((p) => p.amount)),
  };
}

describe('keeper on the demo chain', () => {
  it('a month on, one pass syncs the schedule: the totals are then Σ every demo curve, with no position refreshed', async () => {
    chain = await startTestChain({ seed });
    const keeper = await fundedKeeper(chain);
    await warpToNoon(chain, 31);

    const before = await readPool(chain);
    const day = before.now / DAY_SECS;
    expect(BigInt(before.config.syncedDay)).toBeLessThan(day - 8n);
    // Demo locks have ended on their boundaries; their stored multipliers are still the locks'.
    const ended = before.positions.filter((p) => p.tier !== 0 && p.lockEndTs <= before.now);
    expect(ended.length).toBeGreaterThan(0);
    expect(ended.some((p) => p.multiplierBps > p.curve.fallMultiplierBps)).toBe(true);
    expect(before.config.totalVotingPower).toBeGreaterThan(before.curves.power);
    // The walk the sync will make, projected: it lands on the curves.
    const projected = settleScheduled(before.config, before.schedule, before.now);
    expect([projected.totalVotingPower, projected.totalRewardWeight]).toEqual([before.curves.power, before.curves.weight]);

    const summary = await runKeeperPass(chain.connection, keeper, mint);
    expect(summary.errors).toEqual([]);
    expect(summary.synced).toBe(true);

    const after = await readPool(chain);
    expect(after.now / DAY_SECS).toBe(day);
    expect(after.config.syncedDay).toBe(Number(day));
    expect(after.config.totalVotingPower).toBe(after.curves.power);
    expect(after.config.totalRewardWeight).toBe(after.curves.weight);
    expect(after.config.totalStaked).toBe(after.staked);
    // Only the crank wrote: the ended locks it did not compound still store their old multipliers.
    const unwritten = after.positions.filter((p) => p.tier !== 0 && p.lockEndTs <= after.now && !p.autoCompound);
    expect(unwritten.length).toBeGreaterThan(0);
    for (const p of unwritten) expect(before.positions.find((q) => q.owner.equals(p.owner) && q.id === p.id)).toEqual(p);

    // The stream keeps paying, so a compound may recur; the schedule is synced already.
    const second = await runKeeperPass(chain.connection, keeper, mint);
    expect(second).toMatchObject({ synced: false, errors: [] });
  }, 120_000);

  it('the loop runs passes until stopped, and none after', async () => {
    chain = await startTestChain({ seed });
    const keeper = await fundedKeeper(chain);
    await warpToNoon(chain, 31);
    const passes: KeeperSummary[] = [];
    let twice!: () => void;
    const reached = new Promise<void>((resolve) => (twice = resolve));
    const handle = startKeeper(chain.connection, keeper, mint, {
      intervalMs: 20,
      onPass: (s) => {
        passes.push(s);
        if (passes.length === 2) twice();
      },
    });
    await reached;
    await handle.stop();
    const count = passes.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(passes.length).toBe(count);
    // The first pass syncs the month; the ones after find the schedule on today.
    expect(passes[0]!.synced).toBe(true);
    expect(passes.slice(1).some((p) => p.synced)).toBe(false);
    expect(passes.every((p) => p.errors.length === 0)).toBe(true);
  }, 120_000);
});
