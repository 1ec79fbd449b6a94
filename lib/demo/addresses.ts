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
