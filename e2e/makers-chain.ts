/**
 * The makers side of the local chain for the Makers spec: the demo
 * deployment read with the app's own data-access module (lib/makers), extra
 * makers registered from the test, and the reporter's rounds.
 *
 * The e2e server runs with the reporter off (playwright.config.ts), so the
 * board holds still while a test reads it; `creditByReporter` runs the
 * reporter `npm run dev` runs (lib/reporter: the simulated market over every
 * registered maker, batches signed with the demo reporter key) round by
 * round from the test instead.
 */
import type { Address } from '@solana/kit';
import { type Connection, Keypair, LAMPORTS_PER_SOL, PublicKey, sendAndConfirmTransaction, Transaction } from '@solana/web3.js';
import { DEMO_MINT } from '@/lib/demo/addresses';
import { boardFromAccounts, boardFromFills, seasonKnownFromAccounts } from '@/lib/makers/leaderboard';
import { fetchMakerAccounts, fetchMakersConfig, fetchSeasonFills, fetchWalletMaker } from '@/lib/makers/source';
import type { Maker, MakersConfig, SeasonBoard } from '@/lib/makers/types';
import { makersAddresses, makersKeys, MAKERS_PROGRAM_ADDRESS, MAKERS_PROGRAM_ID, makersRegisterInstruction } from '@/lib/programs/makers';
import { fundLocalReporter, parseReporterEnv, reporterContext, reporterKey, runRound, simulatedSource } from '@/lib/reporter';
import { RPC_URL } from './fixtures';

export async function demoMakers() {
  return { programId: MAKERS_PROGRAM_ID, programAddress: MAKERS_PROGRAM_ADDRESS, addresses: await makersAddresses(DEMO_MINT as Address) };
}

export async function readMakersConfig(connection: Connection): Promise<MakersConfig> {
  const config = await fetchMakersConfig(connection, await demoMakers());
  if (!config) throw new Error('no makers config for the demo mint');
  return config;
}

/** `season`'s leaderboard as the chain holds it now. */
export async function boardOf(connection: Connection, season: number): Promise<SeasonBoard> {
  const deployment = await demoMakers();
  const [makers, config] = await Promise.all([fetchMakerAccounts(connection, deployment), readMakersConfig(connection)]);
  if (seasonKnownFromAccounts(makers, season)) return boardFromAccounts(makers, season, config.seasonIndex);
  return boardFromFills(makers, season, await fetchSeasonFills(connection, deployment, season));
}

/** The wallet's maker account; throws before it registers. */
export async function readMaker(connection: Connection, wallet: PublicKey): Promise<Maker> {
  const { maker } = await fetchWalletMaker(connection, await demoMakers(), wallet);
  if (!maker) throw new Error(`${wallet.toBase58()} is not a maker`);
  return maker;
}

/** Registers fresh unbonded makers until the demo config has at least `count`. */
export async function ensureMakers(connection: Connection, count: number): Promise<void> {
  const keys = makersKeys(new PublicKey(DEMO_MINT));
  for (let n = (await readMakersConfig(connection)).makers; n < count; n++) {
    const wallet = Keypair.generate();
    const signature = await connection.requestAirdrop(wallet.publicKey, LAMPORTS_PER_SOL);
    await connection.confirmTransaction({ signature, ...(await connection.getLatestBlockhash()) }, 'confirmed');
    await sendAndConfirmTransaction(connection, new Transaction().add(makersRegisterInstruction({ keys, wallet: wallet.publicKey, bond: 0n })), [wallet], {
      commitment: 'confirmed',
    });
  }
}

/**
 * Rounds of the reporter until `wallet`'s maker has earned more than
 * `before` (a round may give a new maker no fill, or fills at the reference
 * spread that earn nothing); resolves to what it has earned then.
 */
export async function creditByReporter(connection: Connection, wallet: PublicKey, before = 0n, maxRounds = 12): Promise<bigint> {
  const config = parseReporterEnv({ KEEL_RPC_URL: RPC_URL, KEEL_REPORTER_MINUTES: '20' });
  const reporter = reporterKey(config);
  await fundLocalReporter(connection, reporter, config);
  const ctx = reporterContext(connection, reporter, config, () => {});
  const source = simulatedSource(config);
  for (let round = 0; round < maxRounds; round++) {
    await runRound(ctx, source);
    const earned = (await readMaker(connection, wallet)).rewardsEarned;
    if (earned > before) return earned;
  }
  throw new Error(`the reporter did not credit ${wallet.toBase58()} in ${maxRounds} rounds`);
}
