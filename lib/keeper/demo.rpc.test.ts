/**
 * The keeper on the chain `npm run dev` serves: the genesis demo seed (stream
 * running, governance holding the staking authority). A month later every
 * demo lock has ended; a pass leaves no stale position and fails nothing, and
 * the loop runs passes until stopped.
 */
import { Keypair, LAMPORTS_PER_SOL, PublicKey } from '@solana/web3.js';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_MINT } from '@/lib/demo/addresses';
import { seed } from '@/lib/localnet/seed';
import { startTestChain, type TestChain } from '@/lib/localnet/testing';
import { stakingAddresses } from '@/lib/programs/staking';
import { fetchChainUnixTime } from '@/lib/staking/clock-sysvar';
import { fetchConfig, fetchPositions } from './fetch';
import { startKeeper } from './loop';
import { runKeeperPass } from './pass';
import type { KeeperSummary } from './pass';
import { staleReason } from './select';

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

async function stalePositions(c: TestChain) {
  const addresses = stakingAddresses(mint);
  const config = (await fetchConfig(c.connection, addresses, 'confirmed'))!;
  const now = await fetchChainUnixTime(c.connection);
  return (await fetchPositions(c.connection, addresses, 'confirmed')).filter((e) => staleReason(config, e.position, now) !== null);
}

describe('keeper on the demo chain', () => {
  it('a month on, one pass brings every demo position up to date', async () => {
    chain = await startTestChain({ seed });
    const keeper = await fundedKeeper(chain);
    expect((await chain.rpc('keel_warpTime', [{ days: 31 }])).error).toBeUndefined();
    expect((await stalePositions(chain)).length).toBeGreaterThan(0);

    const summary = await runKeeperPass(chain.connection, keeper, mint);
    expect(summary.errors).toEqual([]);
    expect(summary.refreshed + summary.compounded).toBeGreaterThan(0);
    expect(await stalePositions(chain)).toEqual([]);
    // The stream keeps paying, so a compound may recur; a refresh may not.
    expect((await runKeeperPass(chain.connection, keeper, mint)).refreshed).toBe(0);
  }, 120_000);

  it('the loop runs passes until stopped, and none after', async () => {
    chain = await startTestChain({ seed });
    const keeper = await fundedKeeper(chain);
    expect((await chain.rpc('keel_warpTime', [{ days: 31 }])).error).toBeUndefined();
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
    expect(passes[0]!.refreshed + passes[0]!.compounded).toBeGreaterThan(0);
    expect(passes.every((p) => p.errors.length === 0)).toBe(true);
  }, 120_000);
});
