/**
 * Genesis data for a fresh local chain, run once after the programs are
 * deployed (not on a restart, which keeps the saved state). For now it funds
 * the well-known dev accounts; the demo token, staking pool and governance
 * proposals are added here by later issues, through `ctx.send`.
 */
import { seedKeelDemo } from '@/lib/demo/seed-keel-demo';
import { DEV_ACCOUNTS } from './dev-accounts';
import type { SeedContext } from './seed-context';

/**
 * What a fresh chain's genesis seed holds, as a version: saved in
 * `state.programs` beside the programs' SHA256SUMS, so a chain seeded by an
 * older seed is set aside and seeded again like one made with other programs
 * (`start.ts`). Raise it whenever the seed adds or changes what it creates.
 * 2: the makers season (config, funded budget, makers, fill history).
 */
export const SEED_VERSION = 2;

export async function seed(ctx: SeedContext): Promise<void> {
  for (const account of DEV_ACCOUNTS) {
    await ctx.airdrop(account.address, account.lamports);
  }
  ctx.log(`funded ${DEV_ACCOUNTS.map((a) => a.name).join(', ')}`);
  await seedKeelDemo(ctx);
}
