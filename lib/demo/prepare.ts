/**
 * Preconditions for tests that run against a long-lived local chain (e2e with
 * a reused `npm run dev`): the demo exists (seeded over RPC if the chain
 * predates it, the makers season too) and the reward stream still runs for a while, since every test
 * run warps the clock forward. Localnet only: the demo treasury's key is public.
 */
import {
  createAssociatedTokenAccountIdempotentInstruction,
  createTransferCheckedInstruction,
  getAssociatedTokenAddressSync,
  unpackAccount,
} from '@solana/spl-token';
import { type Connection, PublicKey, type TransactionInstruction } from '@solana/web3.js';
import { decodeConfig, getFundStreamInstruction, getSyncInstruction, stakingAddresses } from '@/lib/programs/staking';
import { fetchChainUnixTime } from '@/lib/staking/clock-sysvar';
import { connectionTarget } from '@/lib/token/web3-target';
import { DEMO_FAUCET_DROP, DEMO_MINT, DEMO_SEASON_VAULT } from './addresses';
import { refillStreamThroughGovernance } from './governance';
import { ensureMakersDemo } from './makers';
import { devKeypair } from './keys';
import { DAY_SECS, DEMO_PLAN } from './plan';
import { ensureDemo } from './seed-demo';

export interface PrepareDemoOptions {
  connection: Connection;
  /** Refill the stream when it ends sooner than this (days of chain time). */
  minStreamDays?: number;
  /** Top the faucet float back up from the season vault when it holds fewer drops than this. */
  minFaucetDrops?: bigint;
}

export async function prepareDemo({ connection, minStreamDays = 90, minFaucetDrops = 20n }: PrepareDemoOptions): Promise<void> {
  const treasury = devKeypair('authority');
  const target = connectionTarget(connection, treasury);
  await ensureDemo({ target });
  await ensureMakersDemo({ connection });
  const mint = new PublicKey(DEMO_MINT);
  const info = await connection.getAccountInfo(stakingAddresses(mint).config, 'confirmed');
  if (!info) throw new Error('prepareDemo: the demo mint exists but has no staking config; restart the chain with --reset');
  const config = decodeConfig(info.data);
  const season = new PublicKey(DEMO_SEASON_VAULT);
  const instructions: TransactionInstruction[] = [];

  const faucet = getAssociatedTokenAddressSync(mint, treasury.publicKey, false, config.tokenProgram);
  const float = await connection.getAccountInfo(faucet, 'confirmed');
  const left = float ? unpackAccount(faucet, float, config.tokenProgram).amount : 0n;
  if (left < minFaucetDrops * DEMO_FAUCET_DROP) {
    instructions.push(
      createAssociatedTokenAccountIdempotentInstruction(treasury.publicKey, faucet, treasury.publicKey, mint, config.tokenProgram),
      createTransferCheckedInstruction(season, mint, faucet, treasury.publicKey, DEMO_PLAN.faucetFloat, config.decimals, [], config.tokenProgram),
    );
  }

  const now = await fetchChainUnixTime(connection);
  if (config.stream.endTs - now < BigInt(minStreamDays) * DAY_SECS) {
    // Once governance holds the staking authority, only an executed proposal funds the stream.
    if (!config.authority.equals(treasury.publicKey)) await refillStreamThroughGovernance({ connection });
    else instructions.push(
      getSyncInstruction({ mint }),
      getFundStreamInstruction({
        mint,
        authority: treasury.publicKey,
        authorityToken: season,
        tokenProgram: config.tokenProgram,
        amount: DEMO_PLAN.stream.amount,
        durationSecs: DEMO_PLAN.stream.durationSecs,
      }),
    );
  }
  if (instructions.length > 0) await target.send(instructions);
}
