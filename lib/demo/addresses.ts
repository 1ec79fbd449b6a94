/**
 * Where the local chain's demo KEEL lives. The seed (lib/demo/seed-demo.ts)
 * creates these accounts at fixed keypairs (lib/demo/keys.ts), so the app finds
 * the demo mint on localnet without asking the chain; on any other cluster the
 * mint comes from NEXT_PUBLIC_KEEL_MINT (lib/token/keel-mint.ts). Browser-safe:
 * addresses only, no keys.
 */
import { keel } from '@/lib/token/keel-token';

/** The demo KEEL mint (keypair seed sha256("keel-dev:keel-mint")). */
export const DEMO_MINT = '42PHAkn3bvcr5jsME3fGzpMb4eFNn7HtjKDhzXqis9Tg';
/** Locked reserve vault, 90,000,000 KEEL (sha256("keel-dev:keel-reserve-vault")). */
export const DEMO_RESERVE_VAULT = '6fJtr8cwo97PKFPDv6qLKjHREGDAFtbREpJ8i1nNP8sv';
/** Current season's incentives vault, 10,000,000 KEEL (sha256("keel-dev:keel-season-vault")). */
export const DEMO_SEASON_VAULT = '5x6orAC8vwhmEH5j7ruZGTgsGXrVd8Vy1DorJUVNaSyS';

/**
 * The treasury/reserve authority of the demo: the dev `authority` account owns
 * both vaults, is the staking config's authority, and its associated token
 * account is the dev faucet ("Get test KEEL"). Written out rather than
 * imported from dev-accounts.ts so the browser bundle carries no dev seeds
 * (keys.test.ts checks it).
 */
export const DEMO_TREASURY = '9hcGcrwq1p5PGDqbu3sd7t8UMc31n6aXazvuPscCLqEw';

/** What one "Get test KEEL" press sends. */
export const DEMO_FAUCET_DROP = keel(10_000);

/** The makers program's reporter on the local chain (sha256("keel-dev:keel-reporter")): signs the fill batches. */
export const DEMO_REPORTER = '7ZTiS2Az2aycdpJ2kP3XGVR6z3wz41tzH9ddj4b4EzV4';

/**
 * The demo's market makers (sha256("keel-dev:keel-maker-<name>")), in the
 * order they register: Harbor first, so it is the one early maker. What each
 * is like: `DEMO_MAKERS_PLAN` in plan.ts.
 */
export const DEMO_MAKERS = [
  { name: 'Harbor', wallet: '5Vvd948V4EaF56QoDaXDLft13TuFzoKnAEbd4GUj9mv2' },
  { name: 'Meridian', wallet: '3CYUSovBPvJLBp2y5Tedj69P6xLeqqcKYAw7rsdojrXT' },
  { name: 'Tidewater', wallet: 'J8uc41E5XrpTcyBYu19g8KPexzeS4sqovV1A2ENiqrdf' },
  { name: 'Leeward', wallet: 'EBonZbiz5383a8Mzhto27vRAUaFvApPkTqLz9PkC3Q21' },
  { name: 'Driftwood', wallet: 'DNXT9Va2L2E9XnYpheLuDWqnawKb7Bu4ZBdpw66kPLzm' },
] as const;
