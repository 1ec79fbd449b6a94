/**
 * The Makers page's data-access module (`source.ts`) and its action builders
 * against a real local chain: a makers config on a fresh mint, makers
 * registered and bonded through the page's own builders (signed like the
 * wallet signs them, through sendKeelTransaction), the reporter's batches
 * over three seasons (caps, the minimum, the budget running out), then what
 * the page reads back: the board from getProgramAccounts (only this config's
 * makers), a season the accounts no longer hold rebuilt from the events to
 * the numbers they held, a payout explanation that adds up to the row, the
 * budget history, and the bond cooldown enforced by the program.
 */
import { type Address, createNoopSigner, type Instruction } from '@solana/kit';
import { createAssociatedTokenAccountIdempotent, createMint, getAccount, mintTo, TOKEN_PROGRAM_ID } from '@solana/spl-token';
import { type Connection, Keypair, LAMPORTS_PER_SOL, PublicKey, sendAndConfirmTransaction, Transaction } from '@solana/web3.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestChain, type TestChain } from '@/lib/localnet/testing';
import {
  type FillArgs,
  findMakerPda,
  FundTarget,
  getFundInstructionAsync,
  getInitializeInstructionAsync,
  getRecordFillsInstruction,
  getRolloverInstructionAsync,
  type Maker,
  makersAddresses,
  MAKERS_PROGRAM_ADDRESS,
  type MakersConfig,
  readMaker,
} from '@/lib/programs/makers';
import { toWeb3Instruction } from '@/lib/programs/shared/web3';
import { keypairSigner } from '@/lib/tx/signer';
import { sendKeelTransaction } from '@/lib/tx/sendKeelTransaction';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import { addBond } from './actions/add-bond';
import { claim } from './actions/claim';
import { register } from './actions/register';
import { requestUnbond } from './actions/request-unbond';
import type { MakersActionContext } from './actions/shared';
import { withdrawBond } from './actions/withdraw-bond';
import { explainPayout } from './explain';
import { rankLines, seasonKnownFromAccounts, seasonLineOf, seasonLinesFromAccounts, seasonLinesFromFills } from './leaderboard';
import { fetchBudgetHistory, fetchMakerAccounts, fetchMakerFills, fetchMakerPayout, fetchMakersConfig, fetchSeasonFills, fetchWalletMaker } from './source';
import type { SeasonLine } from './types';

const TOKEN = 1_000_000_000n;
const programId = new PublicKey(MAKERS_PROGRAM_ADDRESS);

let chain: TestChain;
let connection: Connection;
beforeAll(async () => {
  chain = await startTestChain();
  connection = chain.connection;
});
afterAll(async () => {
  await chain?.close();
});

async function airdrop(to: PublicKey, sol = 10) {
  const signature = await connection.requestAirdrop(to, sol * LAMPORTS_PER_SOL);
  await connection.confirmTransaction({ signature, ...(await connection.getLatestBlockhash()) }, 'confirmed');
}

async function sendKit(payer: Keypair, ...ixs: Instruction[]) {
  await sendAndConfirmTransaction(connection, new Transaction().add(...ixs.map(toWeb3Instruction)), [payer], { commitment: 'confirmed' });
}

const noop = (kp: Keypair) => createNoopSigner(kp.publicKey.toBase58() as Address);

/** A mint, its makers config (reporter `reporter`), `budget` funded into season 1, and the admin's KEEL account. */
async function makersOn(admin: Keypair, reporter: Keypair, budget: bigint) {
  const mintKey = await createMint(connection, admin, admin.publicKey, null, 9, undefined, { commitment: 'confirmed' }, TOKEN_PROGRAM_ID);
  const mint = mintKey.toBase58() as Address;
  const tokenProgram = TOKEN_PROGRAM_ID.toBase58() as Address;
  const adminToken = await createAssociatedTokenAccountIdempotent(connection, admin, mintKey, admin.publicKey, { commitment: 'confirmed' });
  await mintTo(connection, admin, mintKey, adminToken, admin, 10_000_000n * TOKEN, [], { commitment: 'confirmed' });
  await sendKit(admin, await getInitializeInstructionAsync({ payer: noop(admin), mint, tokenProgram, reporter: reporter.publicKey.toBase58() as Address }));
  const addresses = await makersAddresses(mint);
  const deployment = { programId, programAddress: MAKERS_PROGRAM_ADDRESS, mint, addresses };
  const fund = async (amount: bigint) =>
    sendKit(
      admin,
      await getFundInstructionAsync({
        funder: noop(admin),
        config: addresses.config,
        funderToken: adminToken.toBase58() as Address,
        mint,
        tokenProgram,
        amount,
        target: FundTarget.CurrentSeason,
      }),
    );
  if (budget > 0n) await fund(budget);
  const rollover = async () => sendKit(admin, await getRolloverInstructionAsync({ config: addresses.config, mint, tokenProgram }));
  return { mintKey, mint, tokenProgram, adminToken, addresses, deployment, fund, rollover };
}

type Env = Awaited<ReturnType<typeof makersOn>>;

interface Wallet {
  keypair: Keypair;
  ata: PublicKey;
  maker: Address;
  ctx: MakersActionContext;
}

/** A wallet with SOL and `tokens` KEEL in its associated token account. */
async function wallet(env: Env, admin: Keypair, tokens: bigint): Promise<Wallet> {
  const keypair = Keypair.generate();
  await airdrop(keypair.publicKey);
  const ata = await createAssociatedTokenAccountIdempotent(connection, admin, env.mintKey, keypair.publicKey, { commitment: 'confirmed' });
  if (tokens > 0n) await mintTo(connection, admin, env.mintKey, ata, admin, tokens * TOKEN, [], { commitment: 'confirmed' });
  const [maker] = await findMakerPda(env.addresses.config, keypair.publicKey.toBase58() as Address);
  const ctx: MakersActionContext = { deployment: env.deployment, mint: { tokenProgram: TOKEN_PROGRAM_ID, decimals: 9 }, owner: keypair.publicKey, maker };
  return { keypair, ata, maker, ctx };
}

/** Sends a request the way the page does (simulate, size the budget, sign, confirm). */
const sign = (w: Wallet, request: KeelTransactionRequest) => sendKeelTransaction({ connection, wallet: keypairSigner(w.keypair), ...request });

async function readMakerOf(w: Wallet): Promise<Maker> {
  return readMaker((await connection.getAccountInfo(new PublicKey(w.maker), 'confirmed'))!.data);
}

async function config(env: Env): Promise<MakersConfig> {
  return (await fetchMakersConfig(connection, env.deployment))!;
}

async function warpDays(days: number) {
  expect((await chain.rpc('keel_warpTime', [{ days }])).error).toBeUndefined();
}

/** Line fields that a rebuild must reproduce. */
const numbers = (l: SeasonLine) => [l.wallet, l.fills, l.notional, l.improvementWeighted, l.rewards, l.cappedFills, l.belowMinimumFills];

describe('makers data access against the local chain', () => {
  let env: Env;
  let reporter: Keypair;
  let admin: Keypair;
  let sequence = 1n;
  let a: Wallet, b: Wallet, c: Wallet, d: Wallet;
  const record = (fills: FillArgs[], makers: Wallet[]) =>
    sendKit(reporter, getRecordFillsInstruction({ reporter: noop(reporter), config: env.addresses.config, sequence: sequence++, fills, makers: makers.map((m) => m.maker) }));
  const fill = (maker: number, notionalTokens: bigint, improvementBps: number, volatilityBps = 0): FillArgs => ({ notional: notionalTokens * TOKEN, improvementBps, volatilityBps, maker });

  let season1: { lines: SeasonLine[]; emitted: bigint; budget: bigint };

  beforeAll(async () => {
    admin = Keypair.generate();
    reporter = Keypair.generate();
    await airdrop(admin.publicKey, 100);
    await airdrop(reporter.publicKey);
    // 2,000 KEEL: enough for four of the batches below, then the budget runs out.
    env = await makersOn(admin, reporter, 2_000n * TOKEN);
    [a, b, c] = [await wallet(env, admin, 5_000n), await wallet(env, admin, 0n), await wallet(env, admin, 0n)];
  }, 120_000);

  it('registers makers through the page’s builders, with and without a bond', async () => {
    await sign(a, register({ ...a.ctx, bond: 2_000n * TOKEN, holding: { ata: a.ata } }));
    await sign(b, register({ ...b.ctx, bond: 0n, holding: { ata: b.ata } }));
    await sign(c, register({ ...c.ctx, bond: 0n, holding: { ata: c.ata } }));
    const m = await readMakerOf(a);
    expect([m.bond, m.early, m.number]).toEqual([2_000n * TOKEN, true, 0]);
    expect((await getAccount(connection, a.ata, 'confirmed')).amount).toBe(3_000n * TOKEN);
    const wm = await fetchWalletMaker(connection, env.deployment, a.keypair.publicKey);
    expect(wm.address).toBe(a.maker);
    expect(wm.maker?.bond).toBe(2_000n * TOKEN);
    expect((await fetchWalletMaker(connection, env.deployment, Keypair.generate().publicKey)).maker).toBeNull();
  });

  it('reads back every maker of this config and no other', async () => {
    // Another mint's config with a maker of its own: the filters leave it out.
    const other = await makersOn(admin, reporter, 0n);
    const stranger = await wallet(other, admin, 0n);
    await sign(stranger, register({ ...stranger.ctx, bond: 0n, holding: { ata: stranger.ata } }));
    const makers = await fetchMakerAccounts(connection, env.deployment);
    expect(makers.map((m) => m.address)).toEqual([a.maker, b.maker, c.maker]);
    expect(makers.map((m) => m.wallet)).toEqual([a, b, c].map((w) => w.keypair.publicKey.toBase58()));
    expect((await fetchMakerAccounts(connection, other.deployment)).map((m) => m.address)).toEqual([stranger.maker]);
  });

  it('season 1: the board from the accounts, each row explained by its fills to the base unit', async () => {
    // Early makers (2×); volatility above 200 bp scales up to 1.5×; 0 bp is below the minimum;
    // 60,000 KEEL × 9 bp × 2 × 1.5 = 162 KEEL per big fill, under the 10,000 cap.
    await record([fill(0, 100_000n, 5), fill(1, 20_000n, 3, 250), fill(2, 50_000n, 0)], [a, b, c]);
    await record([fill(0, 60_000n, 9, 400), fill(0, 7_777n, 1), fill(1, 1_000n, 12)], [a, b]);
    for (let i = 0; i < 6; i++) await record([fill(0, 300_000n, 4, 100 + i * 60), fill(1, 90_000n, 6), fill(2, 40_000n, 2)], [a, b, c]);
    const cfg = await config(env);
    // The budget ran out part-way through the batches.
    expect(cfg.seasonEmitted).toBe(cfg.seasonBudget);

    const makers = await fetchMakerAccounts(connection, env.deployment);
    expect(seasonKnownFromAccounts(makers, 1)).toBe(true);
    const rows = rankLines(seasonLinesFromAccounts(makers, 1, true));
    expect(rows.reduce((s, r) => s + r.rewards, 0n)).toBe(cfg.seasonEmitted);
    season1 = { lines: rows, emitted: cfg.seasonEmitted, budget: cfg.seasonBudget };

    for (const row of rows) {
      const scan = await fetchMakerFills(connection, env.deployment, row.maker, 1, row.fills);
      expect(scan.complete).toBe(true);
      expect(scan.items).toHaveLength(row.fills);
      const x = explainPayout(row, scan.items, cfg.maxRewardPerFill, scan.complete);
      expect(x.reward).toBe(row.rewards);
      expect(x.checks).toMatchObject({ notional: { ok: true }, improvementWeighted: { ok: true }, cappedFills: { ok: true }, belowMinimumFills: { ok: true } });
      expect(x.addsUp).toBe(true);
    }
    // What the dialog reads: the account and the fills of the same moment.
    const payout = await fetchMakerPayout(connection, env.deployment, b.maker, 1);
    expect(payout.account?.address).toBe(b.maker);
    expect(explainPayout(seasonLineOf(payout.account!, 1), payout.scan.items, cfg.maxRewardPerFill, payout.scan.complete).addsUp).toBe(true);
    // The budget's end shows in the explanation: a budget-cut fill, then fills paid nothing.
    const aFills = await fetchMakerFills(connection, env.deployment, a.maker, 1, null);
    const kinds = explainPayout(rows.find((r) => r.maker === a.maker)!, aFills.items, cfg.maxRewardPerFill, aFills.complete).kinds;
    expect(kinds.budget).toBeGreaterThan(0);
    expect(kinds['below-minimum']).toBe(0);
    expect(explainPayout(rows.find((r) => r.maker === c.maker)!, (await fetchMakerFills(connection, env.deployment, c.maker, 1, null)).items, cfg.maxRewardPerFill, true).kinds['below-minimum']).toBe(1);
  });

  it('rebuilds season 1 from the events once the accounts have rolled past it', async () => {
    await warpDays(31);
    await env.rollover();
    await env.fund(1_000n * TOKEN);
    d = await wallet(env, admin, 0n);
    await sign(d, register({ ...d.ctx, bond: 0n, holding: { ata: d.ata } }));
    await record([fill(0, 10_000n, 5), fill(1, 10_000n, 5)], [a, d]);
    await warpDays(31);
    await env.rollover();
    await record([fill(0, 10_000n, 5)], [a]);

    const makers = await fetchMakerAccounts(connection, env.deployment);
    const aNow = makers.find((m) => m.address === a.maker)!;
    expect([aNow.current.index, aNow.previous.index]).toEqual([3, 2]);
    // Maker a's account no longer holds season 1; b and c never rolled.
    expect(seasonKnownFromAccounts(makers, 1)).toBe(false);
    expect(seasonKnownFromAccounts(makers, 2)).toBe(true);

    const scan = await fetchSeasonFills(connection, env.deployment, 1);
    expect(scan.complete).toBe(true);
    const rebuilt = rankLines(seasonLinesFromFills(makers, scan.items));
    expect(rebuilt.map(numbers)).toEqual(season1.lines.map(numbers));

    // A's account no longer holds season 1: the dialog explains against the rebuilt row, which its own history adds up to.
    expect((await fetchMakerPayout(connection, env.deployment, a.maker, 1)).account).toBeNull();
    const aRow = rebuilt.find((r) => r.maker === a.maker)!;
    const aFills = await fetchMakerFills(connection, env.deployment, a.maker, 1, null);
    expect(explainPayout(aRow, aFills.items, (await config(env)).maxRewardPerFill, aFills.complete).addsUp).toBe(true);

    // Season 2: d registered after season 1, so it is not early: its fill earns half of a's.
    const s2 = rankLines(seasonLinesFromAccounts(makers, 2, false));
    expect(s2.map((r) => r.maker)).toEqual([a.maker, d.maker]);
    expect(s2[0]!.rewards).toBe(2n * s2[1]!.rewards);
  });

  it('samples the budget used over season 1, ending where the season ended', async () => {
    const points = await fetchBudgetHistory(connection, env.deployment, 1, null);
    // One point per season-1 batch (the config's other transactions carry no fills of season 1).
    expect(points).toHaveLength(8);
    expect(points.every((p, i) => i === 0 || (p.time >= points[i - 1]!.time && p.emitted >= points[i - 1]!.emitted))).toBe(true);
    expect(points.at(-1)).toMatchObject({ emitted: season1.emitted, budget: season1.budget });
  });

  it('claims, bonds and unbonds through the builders; the cooldown holds until it has passed', async () => {
    const before = await readMakerOf(a);
    const pending = before.rewardsEarned - before.rewardsClaimed;
    expect(pending).toBeGreaterThan(0n);
    const balance = (await getAccount(connection, a.ata, 'confirmed')).amount;
    await sign(a, claim({ ...a.ctx, holding: { ata: a.ata }, pending }));
    expect((await getAccount(connection, a.ata, 'confirmed')).amount).toBe(balance + pending);

    await sign(a, addBond({ ...a.ctx, holding: { ata: a.ata }, amount: 500n * TOKEN }));
    await sign(a, requestUnbond({ ...a.ctx, amount: 2_500n * TOKEN }));
    const unbonding = await readMakerOf(a);
    expect([unbonding.bond, unbonding.unbonding]).toEqual([0n, 2_500n * TOKEN]);

    const early = sign(a, withdrawBond({ ...a.ctx, holding: { ata: a.ata, exists: true }, amount: 2_500n * TOKEN }));
    await expect(early).rejects.toMatchObject({ code: 'program:makers:UnbondCooldown', message: 'The unbonding cooldown has not passed yet.' });
    await warpDays(7);
    const held = (await getAccount(connection, a.ata, 'confirmed')).amount;
    await sign(a, withdrawBond({ ...a.ctx, holding: { ata: a.ata, exists: true }, amount: 2_500n * TOKEN }));
    expect((await getAccount(connection, a.ata, 'confirmed')).amount).toBe(held + 2_500n * TOKEN);
    expect((await readMakerOf(a)).unbonding).toBe(0n);
  });
});
