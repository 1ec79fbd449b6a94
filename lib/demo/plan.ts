/**
 * What the demo seed puts on a fresh local chain, so the Stake and Rewards
 * pages show real numbers at first start. Amounts are base units.
 *
 * All of it comes out of the season's 10,000,000-KEEL incentives vault: the dev
 * faucet's float, the holders' balances, one reward deposit and one stream.
 * The stream pays 60,000 KEEL over 180 days, about 0.33 KEEL a second, on
 * 375,000 KEEL staked: a pool APR near 32 %.
 */
import type { DevAccount } from '@/lib/localnet/dev-accounts';
import { keel } from '@/lib/token/keel-token';
import type { TokenProgramKind } from '@/lib/token/token-programs';

export const DAY_SECS = 86_400n;

export interface DemoPosition {
  /** Tier index: 0 no lock, 1 7 days, 2 30 days, 3 90 days, 4 180 days. */
  tier: number;
  amount: bigint;
  autoCompound?: boolean;
}

export interface DemoHolder {
  name: Exclude<DevAccount['name'], 'authority'>;
  /** KEEL sent to the holder's associated token account; the positions are staked from it. */
  holding: bigint;
  positions: DemoPosition[];
}

export interface DemoPlan {
  tokenProgram: TokenProgramKind;
  /** Moved to the treasury's associated token account: the "Get test KEEL" faucet. */
  faucetFloat: bigint;
  holders: DemoHolder[];
  /** Rewards deposited once (like a fee rebate), distributed at once to the stakers. */
  deposit: bigint;
  stream: { amount: bigint; durationSecs: bigint };
}

export const DEMO_PLAN: DemoPlan = {
  tokenProgram: 'token',
  faucetFloat: keel(1_000_000),
  holders: [
    { name: 'alice', holding: keel(60_000), positions: [{ tier: 2, amount: keel(40_000) }] },
    {
      name: 'bob',
      holding: keel(300_000),
      positions: [
        { tier: 4, amount: keel(250_000), autoCompound: true },
        { tier: 0, amount: keel(20_000) },
      ],
    },
    {
      name: 'carol',
      holding: keel(80_000),
      positions: [
        { tier: 1, amount: keel(5_000) },
        { tier: 3, amount: keel(60_000) },
      ],
    },
  ],
  deposit: keel(5_000),
  stream: { amount: keel(60_000), durationSecs: 180n * DAY_SECS },
};

/**
 * `KEEL_DEMO_TOKEN_PROGRAM=token-2022 npm run dev -- --reset` seeds the demo
 * under Token-2022 instead of SPL Token (the app reads the mint's owner).
 */
export function demoTokenProgram(value = process.env.KEEL_DEMO_TOKEN_PROGRAM): TokenProgramKind {
  if (value === undefined || value === '' || value === 'token' || value === 'spl-token') return 'token';
  if (value === 'token-2022') return 'token-2022';
  throw new Error(`KEEL_DEMO_TOKEN_PROGRAM must be "token" or "token-2022", not "${value}"`);
}

/** A demo market maker: its key, what it bonds and holds, how it quotes in the simulated market (lib/reporter/market.ts). */
export interface DemoMaker {
  key: 'makerHarbor' | 'makerMeridian' | 'makerTidewater' | 'makerLeeward' | 'makerDriftwood';
  name: string;
  /** Bonded at registration (0: none; else at least the program's 1,000 KEEL minimum). */
  bond: bigint;
  /** KEEL sent to its associated token account before it registers (its bond comes out of it). */
  holding: bigint;
  /** Mean improvement over the reference spread (bp), its tick-to-tick spread, typical fill (SOL), chance of quoting per minute. */
  quality: { edgeBps: number; jitterBps: number; sizeSol: number; uptime: number };
}

export interface DemoMakersPlan {
  /**
   * The first season's budget, funded from the locked reserve. The makers
   * program's seasons last 30 days (its default); product.md caps a season at
   * 10,000,000 KEEL per 6 months, i.e. about 1,640,000 per 30 days at that
   * pace. 1,500,000 stays under it, and the simulated market spends a few
   * percent of it at genesis, so the budget chart starts visibly above zero
   * and lasts through a long dev session.
   */
  seasonBudget: bigint;
  /** The first N makers to register are early (2× rewards): one, Harbor. */
  earlyMakers: number;
  makers: DemoMaker[];
  /** The genesis history: minutes of simulated market recorded through the reporter, and the market's seed. */
  history: { seed: string; minutes: number };
  /** SOL the treasury gives the reporter (fees of ~200,000 batches) and each maker (account rent, fees). */
  reporterLamports: bigint;
  makerLamports: bigint;
}

const SOL = 1_000_000_000n;

export const DEMO_MAKERS_PLAN: DemoMakersPlan = {
  seasonBudget: keel(1_500_000),
  earlyMakers: 1,
  makers: [
    // Tight, large and nearly always quoting: the early maker.
    { key: 'makerHarbor', name: 'Harbor', bond: keel(25_000), holding: keel(40_000), quality: { edgeBps: 5, jitterBps: 1.5, sizeSol: 60, uptime: 0.95 } },
    { key: 'makerMeridian', name: 'Meridian', bond: keel(10_000), holding: keel(20_000), quality: { edgeBps: 3.5, jitterBps: 1.2, sizeSol: 40, uptime: 0.85 } },
    { key: 'makerTidewater', name: 'Tidewater', bond: keel(5_000), holding: keel(12_000), quality: { edgeBps: 2, jitterBps: 1, sizeSol: 25, uptime: 0.7 } },
    // Unbonded and wide: often at the reference spread, those fills earn nothing.
    { key: 'makerLeeward', name: 'Leeward', bond: 0n, holding: keel(5_000), quality: { edgeBps: 0.8, jitterBps: 1, sizeSol: 15, uptime: 0.8 } },
    // Bonded but rarely there: the one an inactivity slash is for.
    { key: 'makerDriftwood', name: 'Driftwood', bond: keel(2_000), holding: keel(5_000), quality: { edgeBps: 2.5, jitterBps: 1.5, sizeSol: 20, uptime: 0.15 } },
  ],
  history: { seed: 'keel-demo-season-1', minutes: 240 },
  reporterLamports: 10n * SOL,
  makerLamports: SOL,
};
