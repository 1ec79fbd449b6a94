/**
 * The makers season on the local chain's demo (localnet only: the keys are
 * public). The config itself is initialised in the mint's own transaction
 * (`seed-demo.ts`: `initialize` is permissionless, whoever runs it first for a
 * mint becomes its authority), with the demo reporter as its reporter. Then,
 * after staking and governance (`seedMakersDemo`):
 *
 * 1. the dev treasury (the config's authority until step 5) makes only the
 *    first maker early (`SetEarlyRule`: no early season, the first 1 maker)
 *    and funds season 1's budget from the locked reserve (`fund`, 1,500,000
 *    KEEL: `DEMO_MAKERS_PLAN`), and gives the reporter SOL for its fees;
 * 2. each demo maker gets SOL and KEEL and registers, bonding as planned, in
 *    plan order (Harbor first: the early one);
 * 3. the reporter records a few hours of the simulated market
 *    (`lib/reporter`, the same code `npm run reporter` runs) and a
 *    performance report per maker, so the Makers page has a season in progress;
 * 4. (nothing to do for rollover: season 1 runs 30 days from genesis);
 * 5. the treasury hands the maker authority to governance's authority PDA
 *    (`SetAuthority`), as it did for staking: from then on only an executed
 *    proposal changes the maker config (`lib/governance/makers-parameters.ts`).
 *
 * Works on any target: inside the chain process at genesis
 * (`seedMakersAtGenesis`) or over RPC on a chain seeded before makers existed
 * (`ensureMakersDemo`).
 */
import { createAssociatedTokenAccountIdempotentInstruction, createTransferCheckedInstruction, getAssociatedTokenAddressSync } from '@solana/spl-token';
import { address } from '@solana/kit';
import { type Connection, type Keypair, PublicKey, SystemProgram } from '@solana/web3.js';
import { governanceAddresses } from '@/lib/programs/governance';
import { FundTarget, makersFundInstruction, makersInitializeInstruction, makersKeys, makersRegisterInstruction, makersUpdateConfigInstruction } from '@/lib/programs/makers';
import { readMakersConfig } from '@/lib/programs/makers/state';
import { reportFills } from '@/lib/reporter/report';
import { chainNow, targetReporterChain } from '@/lib/reporter/chain';
import { SimulatedMarket } from '@/lib/reporter/market';
import { performancePeriod, performanceReports, reportPerformance } from '@/lib/reporter/performance';
import type { SeedContext } from '@/lib/localnet/seed-context';
import { KEEL_DECIMALS } from '@/lib/token/keel-token';
import { connectionTarget, type Web3Target } from '@/lib/token/web3-target';
import { DEMO_MINT, DEMO_RESERVE_VAULT, DEMO_SEASON_VAULT } from './addresses';
import { type AccountReader, rpcReader } from './governance';
import { demoKeypair, devKeypair } from './keys';
import { DEMO_MAKERS_PLAN, type DemoMakersPlan } from './plan';

const mint = new PublicKey(DEMO_MINT);
export const DEMO_MAKERS_KEYS = makersKeys(mint);

/** `initialize` for the demo mint, to send with the mint's creation: the treasury becomes the authority, the demo key the reporter. */
export function demoMakersInitializeInstruction(tokenProgram: PublicKey) {
  return makersInitializeInstruction({ keys: DEMO_MAKERS_KEYS, payer: devKeypair('authority').publicKey, tokenProgram, reporter: demoKeypair('reporter').publicKey });
}

export interface SeedMakersOptions {
  /** Pays every fee; must be the dev `authority` (the config's authority until the hand-over). */
  target: Web3Target;
  /** A target paying with another key (the reporter signs and pays its batches). */
  targetFor(payer: Keypair): Web3Target;
  readAccount: AccountReader;
  tokenProgram: PublicKey;
  /** Hand the authority to governance's authority PDA at the end (false: the treasury keeps it). */
  governance: boolean;
  plan?: DemoMakersPlan;
  log?: (message: string) => void;
}

export interface MakersSeedResult {
  fills: number;
  batches: number;
  sequence: bigint;
}

export async function seedMakersDemo(options: SeedMakersOptions): Promise<MakersSeedResult> {
  const { target, tokenProgram, plan = DEMO_MAKERS_PLAN, log = () => {} } = options;
  const treasury = devKeypair('authority');
  if (!target.payer.equals(treasury.publicKey)) throw new Error('seedMakersDemo: the target must pay with the dev authority (the maker config authority)');
  const keys = DEMO_MAKERS_KEYS;
  const reporter = demoKeypair('reporter');

  await target.send([
    makersUpdateConfigInstruction({ keys, authority: treasury.publicKey, update: { __kind: 'SetEarlyRule', earlyUntilSeason: 0, earlyMaxMakers: plan.earlyMakers } }),
    makersFundInstruction({
      keys,
      funder: treasury.publicKey,
      funderToken: new PublicKey(DEMO_RESERVE_VAULT),
      tokenProgram,
      amount: plan.seasonBudget,
      target: FundTarget.CurrentSeason,
    }),
    SystemProgram.transfer({ fromPubkey: treasury.publicKey, toPubkey: reporter.publicKey, lamports: plan.reporterLamports }),
  ]);
  log(`makers season 1 funded with ${plan.seasonBudget / 10n ** 9n} KEEL from the reserve; the first ${plan.earlyMakers} maker(s) early`);

  for (const maker of plan.makers) {
    const wallet = demoKeypair(maker.key);
    const ata = getAssociatedTokenAddressSync(mint, wallet.publicKey, false, tokenProgram);
    await target.send(
      [
        SystemProgram.transfer({ fromPubkey: treasury.publicKey, toPubkey: wallet.publicKey, lamports: plan.makerLamports }),
        createAssociatedTokenAccountIdempotentInstruction(treasury.publicKey, ata, wallet.publicKey, mint, tokenProgram),
        createTransferCheckedInstruction(new PublicKey(DEMO_SEASON_VAULT), mint, ata, treasury.publicKey, maker.holding, KEEL_DECIMALS, [], tokenProgram),
        makersRegisterInstruction({ keys, wallet: wallet.publicKey, bond: maker.bond, walletToken: ata, tokenProgram }),
      ],
      [wallet],
    );
  }
  log(`makers registered: ${plan.makers.map((m) => `${m.name}${m.bond > 0n ? ` (bond ${m.bond / 10n ** 9n})` : ''}`).join(', ')}`);

  const history = await recordHistory({ ...options, plan, reporter });
  log(`reporter recorded ${history.fills} fills in ${history.batches} batches (sequence ${history.sequence}) and a performance report per maker`);

  if (options.governance) {
    const authority = governanceAddresses({ mint }).authority;
    await target.send([makersUpdateConfigInstruction({ keys, authority: treasury.publicKey, update: { __kind: 'SetAuthority', authority: address(authority.toBase58()) } })]);
    log(`governance ${authority.toBase58()} holds the maker authority`);
  }
  return history;
}

/** Step 3: the simulated market's first hours, through the reporter's own pass. */
async function recordHistory(options: SeedMakersOptions & { plan: DemoMakersPlan; reporter: Keypair }): Promise<MakersSeedResult> {
  const { plan, reporter, readAccount } = options;
  const chain = targetReporterChain(options.targetFor(reporter), readAccount);
  const config = readMakersConfig((await readAccount(DEMO_MAKERS_KEYS.config))!);
  const profiles = plan.makers.map((m) => ({ wallet: demoKeypair(m.key).publicKey, ...m.quality }));
  const market = new SimulatedMarket({ seed: plan.history.seed, makers: profiles, firstId: config.reporterSequence + 1n });
  const reportOptions = { keys: DEMO_MAKERS_KEYS, reporter: reporter.publicKey };
  const summary = await reportFills(chain, market.ticks(plan.history.minutes), reportOptions);
  const problems = [...summary.failures.map((f) => `${f.first}..${f.last}: ${f.code}`), ...summary.unregistered.map((u) => `${u.wallet} unregistered`)];
  if (problems.length > 0) throw new Error(`makers demo: the reporter failed: ${problems.join('; ')}`);

  const wallets = new Map(profiles.map((p) => [p.wallet.toBase58(), p.wallet]));
  const period = performancePeriod(await chainNow(chain));
  const performance = await reportPerformance(chain, performanceReports(market.takeStats(), wallets), period, reportOptions);
  if (performance.failures.length > 0) throw new Error(`makers demo: performance reports failed: ${performance.failures.map((f) => f.code).join('; ')}`);
  return { fills: summary.recorded, batches: summary.batches, sequence: summary.sequence };
}

/** The genesis hook (after staking and governance): the makers season when the makers program is deployed. */
export async function seedMakersAtGenesis(ctx: SeedContext): Promise<void> {
  if (!ctx.deployed.some((p) => p.name === 'makers')) {
    ctx.log('the makers program is not deployed: no makers season');
    return;
  }
  const { localChainTarget } = await import('./local-chain-target');
  const mintAccount = ctx.chain.account(mint.toBase58());
  if (!mintAccount) throw new Error('seedMakersAtGenesis: the demo mint is missing');
  await seedMakersDemo({
    target: localChainTarget(ctx.chain, devKeypair('authority')),
    targetFor: (payer) => localChainTarget(ctx.chain, payer),
    readAccount: async (address) => ctx.chain.account(address.toBase58())?.data ?? null,
    tokenProgram: new PublicKey(mintAccount.owner),
    governance: ctx.deployed.some((p) => p.name === 'governance'),
    log: ctx.log,
  });
}

/**
 * Over RPC, on a chain whose demo predates makers (its mint was created
 * without the makers config): initialise the config now (the treasury pays,
 * so it becomes the authority) and seed the season. Resolves to whether it
 * seeded (not when the makers program is not deployed).
 */
export async function ensureMakersDemo({ connection, log }: { connection: Connection; log?: (message: string) => void }): Promise<boolean> {
  if (await connection.getAccountInfo(DEMO_MAKERS_KEYS.config, 'confirmed')) return false;
  if (!(await connection.getAccountInfo(DEMO_MAKERS_KEYS.programId, 'confirmed'))?.executable) return false;
  const mintInfo = await connection.getAccountInfo(mint, 'confirmed');
  if (!mintInfo) throw new Error('ensureMakersDemo: the demo mint is missing; run prepareDemo first');
  const treasury = devKeypair('authority');
  const target = connectionTarget(connection, treasury);
  await target.send([demoMakersInitializeInstruction(mintInfo.owner)]);
  const governance = (await connection.getAccountInfo(governanceAddresses({ mint }).governance, 'confirmed')) !== null;
  await seedMakersDemo({
    target,
    targetFor: (payer) => connectionTarget(connection, payer),
    readAccount: rpcReader(connection),
    tokenProgram: mintInfo.owner,
    governance,
    log,
  });
  return true;
}

/** The config once seeded (tests). */
export async function readDemoMakersConfig(readAccount: AccountReader) {
  const data = await readAccount(DEMO_MAKERS_KEYS.config);
  return data ? readMakersConfig(data) : null;
}
