/**
 * Preconditions for tests that run against a long-lived local chain (e2e with
 * a reused `npm run dev`): the demo exists (seeded over RPC if the chain
 * predates it) and the reward stream still runs for a while, since every test
 * run warps the clock forward. Localnet only: the demo treasury's key is public.
 */
import { type Connection, PublicKey } from '@solana/web3.js';
import { decodeConfig, getFundStreamInstruction, stakingAddresses } from '@/lib/programs/staking';
import { fetchChainUnixTime } from '@/lib/staking/clock-sysvar';
import { connectionTarget } from '@/lib/token/web3-target';
import { DEMO_MINT, DEMO_SEASON_VAULT } from './addresses';
import { devKeypair } from './keys';
import { DAY_SECS, DEMO_PLAN } from './plan';
import { ensureDemo } from './seed-demo';

export interface PrepareDemoOptions {
  connection: Connection;
  /** Refill the stream when it ends sooner than this (days of chain time). */
  minStreamDays?: number;
}

export async function prepareDemo({ connection, minStreamDays = 90 }: PrepareDemoOptions): Promise<void> {
  const treasury = devKeypair('authority');
  const target = connectionTarget(connection, treasury);
  await ensureDemo({ target });
  const mint = new PublicKey(DEMO_MINT);
  const info = await connection.getAccountInfo(stakingAddresses(mint).config, 'confirmed');
  if (!info) throw new Error('prepareDemo: the demo mint exists but has no staking config; restart the chain with --reset');
  const config = decodeConfig(info.data);
  const now = await fetchChainUnixTime(connection);
  if (config.stream.endTs - now >= BigInt(minStreamDays) * DAY_SECS) return;
  await target.send([
    getFundStreamInstruction({
      mint,
      authority: treasury.publicKey,
      authorityToken: new PublicKey(DEMO_SEASON_VAULT),
      tokenProgram: config.tokenProgram,
      amount: DEMO_PLAN.stream.amount,
      durationSecs: DEMO_PLAN.stream.durationSecs,
    }),
  ]);
}
