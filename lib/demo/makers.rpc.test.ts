/**
 * The makers season the demo seed leaves on a fresh local chain: the config
 * funded from the reserve and held by governance, the five demo makers (one
 * early, four bonded), a history of fills recorded by the demo reporter whose
 * every reward the TypeScript model reproduces from the events, and a
 * performance report per maker. And `ensureMakersDemo` on a chain whose demo
 * predates makers.
 */
import { getAccount } from '@solana/spl-token';
import { type Connection, PublicKey } from '@solana/web3.js';
import { afterEach, describe, expect, it } from 'vitest';
import { seed } from '@/lib/localnet/seed';
import { startTestChain, type TestChain } from '@/lib/localnet/testing';
import { governanceAddresses } from '@/lib/programs/governance';
import {
  decodeFillsRecorded,
  fillReward,
  type FillsRecordedEvent,
  limitToBudget,
  makerKey,
  makersEventParts,
  readMaker,
  readMakersConfig,
  rewardRules,
} from '@/lib/programs/makers';
import { KEEL_RESERVE_AMOUNT } from '@/lib/token/keel-token';
import { connectionTarget } from '@/lib/token/web3-target';
import { DEMO_MAKERS, DEMO_MINT, DEMO_REPORTER, DEMO_RESERVE_VAULT, DEMO_TREASURY } from './addresses';
import { demoKeypair, devKeypair } from './keys';
import { DEMO_MAKERS_KEYS, ensureMakersDemo } from './makers';
import { DEMO_MAKERS_PLAN } from './plan';
import { ensureDemo } from './seed-demo';

const keys = DEMO_MAKERS_KEYS;
const plan = DEMO_MAKERS_PLAN;

let chain: TestChain | undefined;
afterEach(async () => {
  await chain?.close();
  chain = undefined;
});

async function readSeason(connection: Connection) {
  const config = readMakersConfig((await connection.getAccountInfo(keys.config, 'confirmed'))!.data);
  const makers = await Promise.all(
    plan.makers.map(async (m) => {
      const wallet = demoKeypair(m.key).publicKey;
      return { plan: m, wallet, account: readMaker((await connection.getAccountInfo(makerKey(keys, wallet), 'confirmed'))!.data) };
    }),
  );
  return { config, makers };
}

/** Every FillsRecorded event of the config's transactions, oldest first. */
async function fillEvents(connection: Connection): Promise<FillsRecordedEvent[]> {
  const signatures = (await connection.getSignaturesForAddress(keys.config, {}, 'confirmed')).reverse();
  const events: FillsRecordedEvent[] = [];
  for (const { signature } of signatures) {
    const tx = await connection.getTransaction(signature, { commitment: 'confirmed', maxSupportedTransactionVersion: 0 });
    for (const parts of makersEventParts(tx?.meta?.logMessages ?? [])) {
      const event = decodeFillsRecorded(parts);
      if (event) events.push(event);
    }
  }
  return events;
}

describe('demo makers season', () => {
  it('genesis: a funded season held by governance, five makers, a fill history the reward model reproduces', async () => {
    chain = await startTestChain({ seed });
    const { connection } = chain;
    const { config, makers } = await readSeason(connection);

    expect(config.authority).toBe(governanceAddresses({ mint: new PublicKey(DEMO_MINT) }).authority.toBase58());
    expect(config.reporter).toBe(DEMO_REPORTER);
    expect(DEMO_MAKERS.map((m) => m.wallet)).toEqual(makers.map((m) => m.wallet.toBase58()));
    expect([config.seasonIndex, config.seasonBudget, config.makers]).toEqual([1, plan.seasonBudget, plan.makers.length]);
    expect([config.earlyUntilSeason, config.earlyMaxMakers]).toEqual([0, 1]);
    // A season in progress: some of the budget spent, most of it left.
    expect(config.seasonEmitted).toBeGreaterThan(0n);
    expect(config.seasonEmitted * 20n).toBeLessThan(config.seasonBudget);

    // Only the first to register is early; bonds as planned.
    expect(makers.map((m) => m.account.early)).toEqual([true, false, false, false, false]);
    expect(makers.map((m) => m.account.bond)).toEqual(plan.makers.map((m) => m.bond));
    const bondVault = await getAccount(connection, keys.bondVault, 'confirmed');
    expect(bondVault.amount).toBe(plan.makers.reduce((n, m) => n + m.bond, 0n));
    expect(config.totalBonded).toBe(bondVault.amount);

    // The budget came from the reserve; nothing is claimed yet, so the vault holds it all.
    const reserve = await getAccount(connection, new PublicKey(DEMO_RESERVE_VAULT), 'confirmed');
    expect(reserve.amount).toBe(KEEL_RESERVE_AMOUNT - plan.seasonBudget);
    const rewardVault = await getAccount(connection, keys.rewardVault, 'confirmed');
    expect(rewardVault.amount).toBe(plan.seasonBudget);

    // Every maker filled; the lifetime totals add up to the config's.
    const sum = (f: (m: (typeof makers)[number]) => bigint) => makers.reduce((n, m) => n + f(m), 0n);
    for (const m of makers) expect(m.account.fills, m.plan.name).toBeGreaterThan(0n);
    expect(sum((m) => m.account.fills)).toBe(config.totalFills);
    expect(config.reporterSequence).toBe(config.totalFills);
    expect(sum((m) => m.account.rewardsEarned)).toBe(config.seasonEmitted);
    expect(config.totalEarned).toBe(config.seasonEmitted);
    // Leeward quotes wide: some of its fills are under the 1 bp minimum.
    expect(makers.find((m) => m.plan.name === 'Leeward')!.account.current.belowMinimumFills).toBeGreaterThan(0);
    // A performance report per maker, its share of the flow in basis points.
    for (const m of makers) expect(m.account.performancePeriod, m.plan.name).toBeGreaterThan(0);
    expect(makers.reduce((n, m) => n + m.account.orderFlowBps, 0)).toBeGreaterThan(9_990);

    // The events carry every fill; the reward model gives each its reward.
    const events = await fillEvents(connection);
    expect(events.length).toBeGreaterThan(1);
    expect(events.at(-1)!.sequence).toBe(config.reporterSequence);
    const early = new Set(makers.filter((m) => m.account.early).map((m) => makerKey(keys, m.wallet).toBase58()));
    const rules = rewardRules(config);
    let emitted = 0n;
    for (const event of events) {
      for (const fill of event.fills) {
        const expected = limitToBudget(fillReward(rules, early.has(fill.makerAddress), fill.notional, fill.improvementBps, fill.volatilityBps), config.seasonBudget - emitted);
        expect(fill.result.reward).toBe(expected.reward);
        expect(fill.result.flags).toBe(expected.flags);
        emitted += expected.reward;
      }
      expect(event.seasonEmitted).toBe(emitted);
    }
    expect(emitted).toBe(config.seasonEmitted);
    // Volatility varied enough that its multiplier applied to some fills.
    expect(events.some((e) => e.fills.some((f) => f.result.volatilityBps > 10_000))).toBe(true);
  });

  it('ensureMakersDemo seeds the season on a chain whose demo predates makers, once', async () => {
    chain = await startTestChain();
    for (const name of ['authority', 'alice', 'bob', 'carol'] as const) {
      const sig = await chain.connection.requestAirdrop(devKeypair(name).publicKey, 100e9);
      await chain.connection.confirmTransaction(sig, 'confirmed');
    }
    await ensureDemo({ target: connectionTarget(chain.connection, devKeypair('authority')) });
    expect(await chain.connection.getAccountInfo(keys.config)).toBeNull();

    expect(await ensureMakersDemo({ connection: chain.connection })).toBe(true);
    expect(await ensureMakersDemo({ connection: chain.connection })).toBe(false);
    const { config, makers } = await readSeason(chain.connection);
    // No governance on this chain: the treasury keeps the maker authority.
    expect(config.authority).toBe(DEMO_TREASURY);
    expect(config.seasonBudget).toBe(plan.seasonBudget);
    expect(config.reporterSequence).toBe(config.totalFills);
    expect(makers.filter((m) => m.account.early)).toHaveLength(1);
  });
});
