/**
 * The local chain's genesis hook for the demo (called from lib/localnet/seed.ts
 * after the dev accounts are funded). Server-only.
 */
import { DEV_ACCOUNTS } from '@/lib/localnet/dev-accounts';
import type { SeedContext } from '@/lib/localnet/seed-context';
import { seedGovernanceAtGenesis } from './governance';
import { seedMakersAtGenesis } from './makers';
import { devKeypair } from './keys';
import { localChainTarget } from './local-chain-target';
import { DEMO_PLAN, demoTokenProgram } from './plan';
import { seedDemo } from './seed-demo';

export async function seedKeelDemo(ctx: SeedContext): Promise<void> {
  const staking = ctx.deployed.some((p) => p.name === 'staking');
  if (!staking) ctx.log('the staking program is not deployed: seeding the demo token only');
  const makers = ctx.deployed.some((p) => p.name === 'makers');
  await seedDemo({
    target: localChainTarget(ctx.chain, devKeypair('authority')),
    plan: { ...DEMO_PLAN, tokenProgram: demoTokenProgram() },
    staking,
    makers,
    log: ctx.log,
  });
  if (staking) await seedGovernanceAtGenesis(ctx);
  // After governance: the seed hands the maker authority to its PDA.
  if (makers) await seedMakersAtGenesis(ctx);
  // The demo's fees and rent came out of the dev accounts; give them back, so
  // each starts with exactly the lamports dev-accounts.ts promises.
  for (const account of DEV_ACCOUNTS) {
    const balance = ctx.chain.account(account.address)?.lamports ?? 0n;
    if (balance < account.lamports) await ctx.airdrop(account.address, account.lamports - balance);
  }
}
