/**
 * The cases of `bench/rpc.ts`. A latency case makes `WARMUP` calls, then
 * `CALLS` sequential timed calls, and reports their median and p95; a
 * throughput case sends `SENDS` transactions one after another, each waited
 * for (sendTransaction + confirmTransaction, as the app does), and reports
 * transactions per second and the median time per transaction.
 */
import {
  type Connection,
  type Keypair,
  LAMPORTS_PER_SOL,
  type PublicKey,
  SystemProgram,
  type TransactionInstruction,
  TransactionMessage,
  VersionedTransaction,
} from '@solana/web3.js';
import { allPositionFilters, findPositionPda, getStakeInstruction, positionFilters, STAKING_PROGRAM_ID, stakingAddresses } from '@/lib/programs/staking';
import { sendKeelTransaction } from '@/lib/tx/sendKeelTransaction';
import { keypairSigner } from '@/lib/tx/signer';
import { keel } from '@/lib/token/keel-token';
import { median, percentile } from './stats';
import { APP_SENDER, ata, MINT, POSITIONS_EACH, SENDER, STAKE_SENDER, stakerKeypair, STAKERS, TOKEN_PROGRAM } from './setup';

export const WARMUP = 20;
export const CALLS = 200;
export const SENDS = 200;
/** A fresh blockhash every this many sends (a blockhash lives ~60 s on the local chain). */
const BLOCKHASH_EVERY = 25;

export interface RpcBenchContext {
  connection: Connection;
}

export interface RpcBenchCase {
  /** `rpc.<method>[.<variant>]`; the case's figures are `<key>.<figure>`. */
  key: string;
  run(ctx: RpcBenchContext): Promise<Record<string, number>>;
}

async function latency(call: () => Promise<unknown>): Promise<Record<string, number>> {
  for (let i = 0; i < WARMUP; i++) await call();
  const times: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const start = performance.now();
    await call();
    times.push(performance.now() - start);
  }
  return { p50_ms: median(times), p95_ms: percentile(times, 95) };
}

/**
 * `SENDS` transactions from `payer`, each sent and confirmed before the next
 * (`build(i)` gives the i-th one's instructions). Includes the blockhash
 * fetched every `BLOCKHASH_EVERY` sends.
 */
async function throughput(connection: Connection, payer: Keypair, build: (i: number) => TransactionInstruction[]): Promise<Record<string, number>> {
  let blockhash = await connection.getLatestBlockhash('confirmed');
  const times: number[] = [];
  const start = performance.now();
  for (let i = 0; i < SENDS; i++) {
    const t0 = performance.now();
    if (i > 0 && i % BLOCKHASH_EVERY === 0) blockhash = await connection.getLatestBlockhash('confirmed');
    const tx = signed(payer, blockhash.blockhash, build(i));
    const signature = await connection.sendRawTransaction(tx.serialize(), { preflightCommitment: 'confirmed' });
    const result = await connection.confirmTransaction({ signature, ...blockhash }, 'confirmed');
    if (result.value.err) throw new Error(`transaction ${i} failed: ${JSON.stringify(result.value.err)}`);
    times.push(performance.now() - t0);
  }
  const seconds = (performance.now() - start) / 1000;
  return { tps: SENDS / seconds, p50_ms: median(times), p95_ms: percentile(times, 95), count: SENDS };
}

function signed(payer: Keypair, blockhash: string, instructions: TransactionInstruction[]): VersionedTransaction {
  const message = new TransactionMessage({ payerKey: payer.publicKey, recentBlockhash: blockhash, instructions }).compileToV0Message();
  const tx = new VersionedTransaction(message);
  tx.sign([payer]);
  return tx;
}

const stakeIx = (owner: PublicKey, positionId: number, amount = keel(100)) =>
  getStakeInstruction({ mint: MINT, owner, ownerToken: ata(owner), tokenProgram: TOKEN_PROGRAM, tier: positionId % 5, amount, positionId });

const config = stakingAddresses(MINT).config;
/** The wallet whose positions the getProgramAccounts case reads (it has `POSITIONS_EACH`). */
const wallet = stakerKeypair(0).publicKey;

export const cases: RpcBenchCase[] = [
  {
    // The staking config (640 bytes), as the Stake page reads it.
    key: 'rpc.getAccountInfo',
    run: ({ connection }) => latency(() => connection.getAccountInfo(config, 'confirmed')),
  },
  {
    // 20 position accounts (216 bytes each) of 4 wallets.
    key: 'rpc.getMultipleAccounts',
    async run({ connection }) {
      const keys = Array.from({ length: 20 }, (_, n) => findPositionPda(config, stakerKeypair(Math.floor(n / POSITIONS_EACH)).publicKey, n % POSITIONS_EACH)[0]);
      const found = (await connection.getMultipleAccountsInfo(keys, 'confirmed')).filter(Boolean).length;
      if (found !== keys.length) throw new Error(`only ${found} of ${keys.length} positions exist`);
      return { ...(await latency(() => connection.getMultipleAccountsInfo(keys, 'confirmed'))), keys: keys.length };
    },
  },
  {
    // One wallet's positions with the app's filters (lib/staking/wallet.ts
    // `positionFilters`: dataSize + discriminator, owner and config memcmp),
    // scanning every account the staking program owns.
    key: 'rpc.getProgramAccounts.wallet_positions',
    async run({ connection }) {
      const programAccounts = (await connection.getProgramAccounts(STAKING_PROGRAM_ID, { dataSlice: { offset: 0, length: 0 } })).length;
      const positions = (await connection.getProgramAccounts(STAKING_PROGRAM_ID, { filters: allPositionFilters(config), dataSlice: { offset: 0, length: 0 } })).length;
      const filters = positionFilters(wallet, config);
      const matched = (await connection.getProgramAccounts(STAKING_PROGRAM_ID, { commitment: 'confirmed', filters })).length;
      const figures = await latency(() => connection.getProgramAccounts(STAKING_PROGRAM_ID, { commitment: 'confirmed', filters }));
      return { ...figures, program_accounts: programAccounts, positions, matched };
    },
  },
  {
    // Every position of the pool (allPositionFilters: cranks, analytics), full data.
    key: 'rpc.getProgramAccounts.all_positions',
    async run({ connection }) {
      const filters = allPositionFilters(config);
      const matched = (await connection.getProgramAccounts(STAKING_PROGRAM_ID, { commitment: 'confirmed', filters })).length;
      return { ...(await latency(() => connection.getProgramAccounts(STAKING_PROGRAM_ID, { commitment: 'confirmed', filters }))), matched };
    },
  },
  {
    key: 'rpc.getLatestBlockhash',
    run: ({ connection }) => latency(() => connection.getLatestBlockhash('confirmed')),
  },
  {
    // A stake opening a bench wallet's next position, simulated as the app
    // does before signing (sigVerify off, replaceRecentBlockhash).
    key: 'rpc.simulateTransaction.stake',
    async run({ connection }) {
      const owner = stakerKeypair(STAKERS - 1);
      const { blockhash } = await connection.getLatestBlockhash('confirmed');
      const tx = signed(owner, blockhash, [stakeIx(owner.publicKey, POSITIONS_EACH)]);
      const check = await connection.simulateTransaction(tx, { sigVerify: false, replaceRecentBlockhash: true, commitment: 'confirmed' });
      if (check.value.err) throw new Error(`stake simulation failed: ${JSON.stringify(check.value.err)}\n${(check.value.logs ?? []).join('\n')}`);
      const figures = await latency(() => connection.simulateTransaction(tx, { sigVerify: false, replaceRecentBlockhash: true, commitment: 'confirmed' }));
      return { ...figures, units: check.value.unitsConsumed ?? 0 };
    },
  },
  {
    // SOL transfers to a fixed address, each a different amount (distinct signatures).
    key: 'rpc.sendTransaction.sol_transfer',
    run: ({ connection }) =>
      throughput(connection, SENDER, (i) => [SystemProgram.transfer({ fromPubkey: SENDER.publicKey, toPubkey: stakerKeypair(0).publicKey, lamports: LAMPORTS_PER_SOL / 1000 + i })]),
  },
  {
    // 100-KEEL stakes, each a new position (first one also creates the staker record).
    key: 'rpc.sendTransaction.stake',
    run: ({ connection }) => throughput(connection, STAKE_SENDER, (i) => [stakeIx(STAKE_SENDER.publicKey, i)]),
  },
  {
    // The app's whole path per stake (lib/tx/sendKeelTransaction.ts): blockhash +
    // priority fees, simulate, sign with a sized compute budget, send, confirm.
    key: 'rpc.sendKeelTransaction.stake',
    async run({ connection }) {
      const wallet = keypairSigner(APP_SENDER);
      const times: number[] = [];
      const start = performance.now();
      for (let i = 0; i < SENDS; i++) {
        const t0 = performance.now();
        await sendKeelTransaction({ connection, wallet, instructions: [stakeIx(APP_SENDER.publicKey, i)], label: 'Stake 100 KEEL' });
        times.push(performance.now() - t0);
      }
      const seconds = (performance.now() - start) / 1000;
      return { tps: SENDS / seconds, p50_ms: median(times), p95_ms: percentile(times, 95), count: SENDS };
    },
  },
];
