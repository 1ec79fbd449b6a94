import { getAccount, getAssociatedTokenAddressSync, getMint } from '@solana/spl-token';
import { PublicKey } from '@solana/web3.js';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeConfig, decodePosition, POSITION_LEN, POSITION_OFFSETS, stakingAddresses, STAKING_PROGRAM_ID } from '@/lib/programs/staking';
import { DEV_ACCOUNTS } from '@/lib/localnet/dev-accounts';
import { seed } from '@/lib/localnet/seed';
import { startTestChain, type TestChain } from '@/lib/localnet/testing';
import { governanceAddresses } from '@/lib/programs/governance';
import { KEEL_RESERVE_AMOUNT, KEEL_SEASON_AMOUNT, KEEL_SUPPLY } from '@/lib/token/keel-token';
import { tokenProgramId } from '@/lib/token/token-programs';
import { connectionTarget } from '@/lib/token/web3-target';
import { DEMO_MINT, DEMO_RESERVE_VAULT, DEMO_SEASON_VAULT, DEMO_TREASURY } from './addresses';
import { DEMO_TREASURY_FUNDING } from './governance';
import { devKeypair } from './keys';
import { localChainTarget } from './local-chain-target';
import { DEMO_MAKERS_PLAN, DEMO_PLAN, demoTokenProgram } from './plan';
import { prepareDemo } from './prepare';
import { ensureDemo, seedDemo } from './seed-demo';

const mint = new PublicKey(DEMO_MINT);
const planned = {
  staked: DEMO_PLAN.holders.reduce((n, h) => n + h.positions.reduce((m, p) => m + p.amount, 0n), 0n),
  positions: DEMO_PLAN.holders.reduce((n, h) => n + h.positions.length, 0),
  outOfSeason:
    DEMO_PLAN.faucetFloat + DEMO_PLAN.holders.reduce((n, h) => n + h.holding, 0n) + DEMO_PLAN.deposit + DEMO_PLAN.stream.amount,
};

let chain: TestChain | undefined;
afterEach(async () => {
  await chain?.close();
  chain = undefined;
});

/** KEEL the makers season takes: its budget from the reserve, the makers' holdings from the season vault. */
const makersPlanned = {
  fromReserve: DEMO_MAKERS_PLAN.seasonBudget,
  fromSeason: DEMO_MAKERS_PLAN.makers.reduce((n, m) => n + m.holding, 0n),
};

async function checkDemo(c: TestChain, kind: 'token' | 'token-2022', { governed = false, makers = false } = {}) {
  const programId = tokenProgramId(kind);
  const { connection } = c;
  const m = await getMint(connection, mint, 'confirmed', programId);
  expect(m.supply).toBe(KEEL_SUPPLY);
  expect(m.decimals).toBe(9);
  expect(m.mintAuthority).toBeNull();
  expect(m.freezeAuthority).toBeNull();

  const reserve = await getAccount(connection, new PublicKey(DEMO_RESERVE_VAULT), 'confirmed', programId);
  const season = await getAccount(connection, new PublicKey(DEMO_SEASON_VAULT), 'confirmed', programId);
  expect(reserve.amount).toBe(KEEL_RESERVE_AMOUNT - (makers ? makersPlanned.fromReserve : 0n));
  expect(reserve.owner.toBase58()).toBe(DEMO_TREASURY);
  // At genesis governance then takes the staking authority and funds its treasury from the season (lib/demo/governance.ts);
  // the makers season funds its budget from the reserve and the makers from the season vault (lib/demo/makers.ts).
  expect(season.amount).toBe(KEEL_SEASON_AMOUNT - planned.outOfSeason - (governed ? DEMO_TREASURY_FUNDING : 0n) - (makers ? makersPlanned.fromSeason : 0n));
  expect(season.owner.toBase58()).toBe(DEMO_TREASURY);

  const faucet = await getAccount(connection, getAssociatedTokenAddressSync(mint, new PublicKey(DEMO_TREASURY), false, programId), 'confirmed', programId);
  expect(faucet.amount).toBe(DEMO_PLAN.faucetFloat);

  const addresses = stakingAddresses(mint);
  const config = decodeConfig((await connection.getAccountInfo(addresses.config))!.data);
  expect(config.authority.toBase58()).toBe(governed ? governanceAddresses({ mint }).authority.toBase58() : DEMO_TREASURY);
  expect(config.tokenProgram.equals(programId)).toBe(true);
  expect(config.totalStaked).toBe(planned.staked);
  expect(config.openPositions).toBe(planned.positions);
  expect(config.stream.remaining).toBeGreaterThan(0n);
  // Funded for the plan's duration; the seed's later stakes release it up to
  // their own time, which moves the last update on by the seconds the seed took.
  const left = config.stream.endTs - config.stream.lastUpdateTs;
  expect(left).toBeLessThanOrEqual(DEMO_PLAN.stream.durationSecs);
  expect(left).toBeGreaterThan(DEMO_PLAN.stream.durationSecs - 120n);

  const alice = devKeypair('alice').publicKey;
  const accounts = await connection.getProgramAccounts(STAKING_PROGRAM_ID, {
    filters: [{ dataSize: POSITION_LEN }, { memcmp: { offset: POSITION_OFFSETS.owner, bytes: alice.toBase58() } }],
  });
  expect(accounts).toHaveLength(1);
  const position = decodePosition(accounts[0]!.account.data);
  expect(position.tier).toBe(2);
  expect(position.amount).toBe(DEMO_PLAN.holders[0]!.positions[0]!.amount);
  const aliceToken = await getAccount(connection, getAssociatedTokenAddressSync(mint, alice, false, programId), 'confirmed', programId);
  expect(aliceToken.amount).toBe(DEMO_PLAN.holders[0]!.holding - position.amount);
}

describe('demo seed', () => {
  it('the genesis seed creates the token, the staking pool, stakers and rewards (SPL Token)', async () => {
    chain = await startTestChain({ seed });
    await checkDemo(chain, 'token', { governed: true, makers: true });
    expect(chain.logs.some((l) => l.includes('KEEL mint'))).toBe(true);
  });

  it('seeds under Token-2022 too', async () => {
    chain = await startTestChain({
      seed: async (ctx) => {
        // The dev accounts need SOL first, as in the genesis seed.
        for (const account of DEV_ACCOUNTS) await ctx.airdrop(account.address, account.lamports);
        await seedDemo({ target: localChainTarget(ctx.chain, devKeypair('authority')), plan: { ...DEMO_PLAN, tokenProgram: 'token-2022' } });
      },
    });
    await checkDemo(chain, 'token-2022');
  });

  it('ensureDemo seeds a chain that predates the demo over RPC, once', async () => {
    chain = await startTestChain();
    for (const name of ['authority', 'alice', 'bob', 'carol'] as const) {
      const sig = await chain.connection.requestAirdrop(devKeypair(name).publicKey, 100e9);
      await chain.connection.confirmTransaction(sig, 'confirmed');
    }
    const target = connectionTarget(chain.connection, devKeypair('authority'));
    expect(await ensureDemo({ target })).toBe(true);
    expect(await ensureDemo({ target })).toBe(false);
    await checkDemo(chain, 'token');
  });

  it('KEEL_DEMO_TOKEN_PROGRAM picks the token program', () => {
    expect(demoTokenProgram(undefined)).toBe('token');
    expect(demoTokenProgram('token-2022')).toBe('token-2022');
    expect(() => demoTokenProgram('token-2023')).toThrow(/token-2022/);
  });
});

describe('prepareDemo', () => {
  it('seeds a bare chain, then refills the stream and the faucet when they run low', async () => {
    chain = await startTestChain();
    for (const name of ['authority', 'alice', 'bob', 'carol'] as const) {
      const sig = await chain.connection.requestAirdrop(devKeypair(name).publicKey, 100e9);
      await chain.connection.confirmTransaction(sig, 'confirmed');
    }
    await prepareDemo({ connection: chain.connection });
    await checkDemo(chain, 'token', { makers: true });
    const configAt = async () => decodeConfig((await chain!.connection.getAccountInfo(stakingAddresses(mint).config))!.data);
    const endBefore = (await configAt()).stream.endTs;

    // Nothing to do while the stream has 90 days left and the faucet its float.
    await prepareDemo({ connection: chain.connection });
    expect((await configAt()).stream.endTs).toBe(endBefore);

    chain.chain.warp(100);
    await prepareDemo({ connection: chain.connection, minFaucetDrops: 101n });
    const after = await configAt();
    expect(after.stream.endTs).toBeGreaterThan(endBefore);
    const faucet = await getAccount(chain.connection, getAssociatedTokenAddressSync(mint, devKeypair('authority').publicKey), 'confirmed');
    expect(faucet.amount).toBe(2n * DEMO_PLAN.faucetFloat);
  });
});
