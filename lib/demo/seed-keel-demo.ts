/**
 * The local chain's genesis hook for the demo (called from lib/localnet/seed.ts
 * after the dev accounts are funded). Server-only.
 */
import type { SeedContext } from '@/lib/localnet/seed-context';
import { devKeypair } from './keys';
import { localChainTarget } from './local-chain-target';
import { DEMO_PLAN, demoTokenProgram } from './plan';
import { seedDemo } from './seed-demo';

export async function seedKeelDemo(ctx: SeedContext): Promise<void> {
  const staking = ctx.deployed.some((p) => p.name === 'staking');
  if (!staking) ctx.log('the staking program is not deployed: seeding the demo token only');
  await seedDemo({
    target: localChainTarget(ctx.chain, devKeypair('authority')),
    plan: { ...DEMO_PLAN, tokenProgram: demoTokenProgram() },
    staking,
    log: ctx.log,
  });
}
