/**
 * The keeper against a real local chain: a pool with several wallets, some
 * positions opted into auto-compound, rewards deposited, the clock warped past
 * the 7-day locks; one pass must compound the opted-in positions by their
 * pending rewards, demote the ended locks, keep the config's totals in step,
 * and split the work over several transactions. A second pass has nothing to do.
 */
import {
  createAssociatedTokenAccountIdempotent,
  createMint,
  mintTo,
  TOKEN_PROGRAM_ID,
} from '@solana/spl-token';
import { type Connection, Keypair, LAMPORTS_PER_SOL, type PublicKey, sendAndConfirmTransaction, Transaction } from '@solana/web3.js';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestChain, type TestChain } from '@/lib/localnet/testing';
import {
  decodeConfig,
  decodePosition,
  decodeStaker,
  findPositionPda,
  findStakerPda,
  getDepositRewardsInstruction,
  getInitializeInstruction,
  getSetAutoCompoundInstruction,
  getStakeInstruction,
  pendingRewards,
  type StakePosition,
  stakingAddresses,
  TOKEN,
} from '@/lib/programs/staking';
import { fetchChainUnixTime } from '@/lib/staking/clock-sysvar';
import { runKeeperPass } from './pass';
import { sendKeeperTransaction } from './send';

let chain: TestChain | undefined;
afterEach(async () => {
  await chain?.close();
  chain = undefined;
});

/** Enough that neither the crank's nor the refresh's pairs fit one transaction. */
const WALLETS = 16;
/** Per wallet: ids 0–1 7-day + auto-compound, 2–3 7-day, 4 180-day (nothing due). */
const PLAN = [
  { tier: 1, auto: true },
  { tier: 1, auto: true },
  { tier: 1, auto: false },
  { tier: 1, auto: false },
  { tier: 4, auto: false },
] as const;
const STAKE = 1_000n * TOKEN;

async function airdrop(connection: Connection, to: PublicKey, sol = 10) {
  const signature = await connection.requestAirdrop(to, sol * LAMPORTS_PER_SOL);
  await connection.confirmTransaction({ signature, ...(await connection.getLatestBlockhash()) }, 'confirmed');
}

async function send(connection: Connection, signers: Keypair[], ...ixs: Parameters<Transaction['add']>) {
  await sendAndConfirmTransaction(connection, new Transaction().add(...ixs), signers, { commitment: 'confirmed' });
}

/** A fresh pool with WALLETS × PLAN positions and `reward` KEEL deposited (distributed at once). */
async function setUpPool(connection: Connection, reward: bigint) {
  const admin = Keypair.generate();
  await airdrop(connection, admin.publicKey, 100);
  const mint = await createMint(connection, admin, admin.publicKey, null, 9, undefined, { commitment: 'confirmed' }, TOKEN_PROGRAM_ID);
  const base = { mint, tokenProgram: TOKEN_PROGRAM_ID };
  await send(connection, [admin], getInitializeInstruction({ ...base, payer: admin.publicKey }));

  const wallets = Array.from({ length: WALLETS }, () => Keypair.generate());
  for (const wallet of wallets) {
    await airdrop(connection, wallet.publicKey);
    const ata = await createAssociatedTokenAccountIdempotent(connection, admin, mint, wallet.publicKey, { commitment: 'confirmed' });
    await mintTo(connection, admin, mint, ata, admin, STAKE * BigInt(PLAN.length), [], { commitment: 'confirmed' });
    const ixs = PLAN.flatMap(({ tier, auto }, id) => {
      const stake = getStakeInstruction({ ...base, owner: wallet.publicKey, ownerToken: ata, tier, amount: STAKE, positionId: id });
      const [position] = findPositionPda(stakingAddresses(mint).config, wallet.publicKey, id);
      return auto ? [stake, getSetAutoCompoundInstruction({ mint, owner: wallet.publicKey, position, enabled: true })] : [stake];
    });
    await send(connection, [wallet], ...ixs);
  }

  const adminAta = await createAssociatedTokenAccountIdempotent(connection, admin, mint, admin.publicKey, { commitment: 'confirmed' });
  await mintTo(connection, admin, mint, adminAta, admin, reward, [], { commitment: 'confirmed' });
  await send(connection, [admin], getDepositRewardsInstruction({ ...base, depositor: admin.publicKey, depositorToken: adminAta, amount: reward }));
  return { admin, mint, wallets };
}

async function readPool(connection: Connection, mint: PublicKey, wallets: Keypair[]) {
  const { config: configKey } = stakingAddresses(mint);
  const config = decodeConfig((await connection.getAccountInfo(configKey, 'confirmed'))!.data);
  const positions = new Map<string, StakePosition>();
  const stakers = new Map<string, ReturnType<typeof decodeStaker>>();
  for (const wallet of wallets) {
    const keys = PLAN.map((_, id) => findPositionPda(configKey, wallet.publicKey, id)[0]);
    const infos = await connection.getMultipleAccountsInfo(keys, 'confirmed');
    infos.forEach((info, id) => positions.set(`${wallet.publicKey.toBase58()}/${id}`, decodePosition(info!.data)));
    const staker = await connection.getAccountInfo(findStakerPda(configKey, wallet.publicKey)[0], 'confirmed');
    stakers.set(wallet.publicKey.toBase58(), decodeStaker(staker!.data));
  }
  return { config, positions, stakers };
}

const sum = (values: Iterable<bigint>) => [...values].reduce((a, b) => a + b, 0n);

describe('keeper pass', () => {
  it('compounds opted-in positions, demotes ended locks in several transactions, then has nothing left', async () => {
    chain = await startTestChain();
    const { connection } = chain;
    const { mint, wallets } = await setUpPool(connection, 100_000n * TOKEN);
    const keeper = Keypair.generate();
    await airdrop(connection, keeper.publicKey);

    const warp = await chain.rpc('keel_warpTime', [{ days: 8 }]);
    expect(warp.error).toBeUndefined();
    const before = await readPool(connection, mint, wallets);
    const now = await fetchChainUnixTime(connection);
    // Rewards came from one deposit (no stream), so pending does not move with time.
    const pending = new Map([...before.positions].map(([k, p]) => [k, pendingRewards(before.config, p, now)]));
    for (const value of pending.values()) expect(value).toBeGreaterThan(TOKEN);
    const tier0 = before.config.tiers[0]!.multiplierBps;
    for (const [key, p] of before.positions) {
      if (key.endsWith('/0') || key.endsWith('/2')) expect(p.multiplierBps).not.toBe(tier0);
    }

    const summary = await runKeeperPass(connection, keeper, mint);
    expect(summary.errors).toEqual([]);
    expect(summary.compounded).toBe(WALLETS * 2);
    expect(summary.refreshed).toBe(WALLETS * 2);
    // 32 pairs (16 stakers) fit neither one crank nor one refresh transaction.
    expect(summary.transactions).toBeGreaterThanOrEqual(4);

    const after = await readPool(connection, mint, wallets);
    for (const [key, p] of after.positions) {
      const id = Number(key.split('/')[1]);
      const old = before.positions.get(key)!;
      const plan = PLAN[id]!;
      if (plan.auto) {
        expect(p.amount, key).toBe(old.amount + pending.get(key)!);
        expect(p.unclaimed, key).toBe(0n);
        expect(p.multiplierBps, key).toBe(tier0);
      } else {
        expect(p.amount, key).toBe(old.amount);
      }
      if (plan.tier === 1 && !plan.auto) {
        expect(p.multiplierBps, key).toBe(tier0);
        expect(p.votingPower, key).toBe((p.amount * BigInt(tier0)) / 10_000n);
        // Refresh settles: what was pending is kept as unclaimed.
        expect(p.unclaimed, key).toBe(pending.get(key)!);
      }
      if (plan.tier === 4) {
        expect(p.multiplierBps, key).toBe(old.multiplierBps);
        expect(p.rewardWeight, key).toBe(old.rewardWeight);
      }
    }
    const positions = [...after.positions.values()];
    expect(after.config.totalStaked).toBe(sum(positions.map((p) => p.amount)));
    expect(after.config.totalVotingPower).toBe(sum(positions.map((p) => p.votingPower)));
    expect(after.config.totalRewardWeight).toBe(sum(positions.map((p) => p.rewardWeight)));
    expect(after.config.totalCompounded - before.config.totalCompounded).toBe(
      sum([...pending].filter(([k]) => PLAN[Number(k.split('/')[1])]!.auto).map(([, v]) => v)),
    );
    for (const wallet of wallets) {
      const owner = wallet.publicKey.toBase58();
      const own = [...after.positions].filter(([k]) => k.startsWith(owner)).map(([, p]) => p);
      expect(after.stakers.get(owner)!.votingPower).toBe(sum(own.map((p) => p.votingPower)));
      expect(after.stakers.get(owner)!.totalAmount).toBe(sum(own.map((p) => p.amount)));
    }

    const second = await runKeeperPass(connection, keeper, mint);
    expect(second).toMatchObject({ compounded: 0, refreshed: 0, transactions: 0, errors: [] });
  }, 120_000);

  it('a failed batch is reported with its decoded error and the other batches still land', async () => {
    chain = await startTestChain();
    const { connection } = chain;
    const { mint } = await setUpPool(connection, 100_000n * TOKEN);
    const keeper = Keypair.generate();
    await airdrop(connection, keeper.publicKey);
    expect((await chain.rpc('keel_warpTime', [{ days: 8 }])).error).toBeUndefined();

    let broken = 0;
    const summary = await runKeeperPass(connection, keeper, mint, {
      // The first crank gets another wallet's staker for its first position (a
      // key already in the transaction, so the size holds): the program refuses the batch.
      send: (c, payer, ix, commitment) => {
        if (broken === 0 && ix.data[0] === 11) {
          broken = (ix.keys.length - 5) / 2;
          const other = ix.keys.slice(7).find((k, i) => i % 2 === 1 && !k.pubkey.equals(ix.keys[6]!.pubkey))!;
          ix.keys[6] = { ...ix.keys[6]!, pubkey: other.pubkey };
        }
        return sendKeeperTransaction(c, payer, ix, commitment);
      },
    });
    expect(broken).toBeGreaterThan(0);
    expect(summary.errors).toHaveLength(1);
    expect(summary.errors[0]).toMatchObject({ kind: 'compound' });
    expect(summary.errors[0]!.positions).toHaveLength(broken);
    // The substituted staker belongs to another wallet: the crank names it.
    expect(summary.errors[0]!.code, summary.errors[0]!.message).toBe('program:staking:InvalidStaker');
    expect(summary.compounded).toBe(WALLETS * 2 - broken);
    expect(summary.refreshed).toBe(WALLETS * 2);

    // The next pass picks up what the failed batch left.
    const retry = await runKeeperPass(connection, keeper, mint);
    expect(retry).toMatchObject({ compounded: broken, refreshed: 0, errors: [] });
  }, 120_000);

  it('sends nothing before any lock ends or any reward is due', async () => {
    chain = await startTestChain();
    const { connection } = chain;
    const { mint } = await setUpPool(connection, 1n);
    const keeper = Keypair.generate();
    await airdrop(connection, keeper.publicKey);
    const summary = await runKeeperPass(connection, keeper, mint);
    expect(summary).toMatchObject({ compounded: 0, refreshed: 0, transactions: 0, errors: [] });
  }, 120_000);
});
