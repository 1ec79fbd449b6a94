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
