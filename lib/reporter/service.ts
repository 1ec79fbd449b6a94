/**
 * The reporter as a service: its key, chain and source from the settings
 * (`config.ts`), shared by `npm run reporter` and `npm run dev`. On the local
 * chain the key defaults to the demo reporter's (public, like every dev key)
 * and is airdropped SOL when it runs low; the demo makers keep the quality
 * the demo describes (`DEMO_MAKERS_PLAN`).
 */
import { type Connection, type Keypair, LAMPORTS_PER_SOL } from '@solana/web3.js';
import { demoKeypair } from '@/lib/demo/keys';
import { DEMO_MAKERS_PLAN } from '@/lib/demo/plan';
import { makersKeys, MAKERS_PROGRAM_ID } from '@/lib/programs/makers';
import { airdrop } from '@/lib/solana/airdrop';
import { readKeypairFile } from '@/lib/solana/keypair-file';
import type { ReporterConfig } from './config';
import type { ReporterContext } from './loop';
import type { MakerProfile } from './market';
import { rpcReporterChain } from './send';
import { SimulatedSource } from './sources';

/** Below this the local reporter tops itself up (a batch costs 5,000 lamports). */
const LOCAL_MIN_LAMPORTS = LAMPORTS_PER_SOL / 10;

export function reporterKey(config: ReporterConfig): Keypair {
  if (config.keypairPath) return readKeypairFile(config.keypairPath);
  if (!config.local) throw new Error('reporter: KEEL_REPORTER_KEYPAIR is required off the local chain');
  return demoKeypair('reporter');
}

/** On the local chain: enough SOL for fees (the faucet is free). */
export async function fundLocalReporter(connection: Connection, reporter: Keypair, config: ReporterConfig): Promise<void> {
  if (!config.local) return;
  if ((await connection.getBalance(reporter.publicKey, 'confirmed')) < LOCAL_MIN_LAMPORTS) await airdrop({ connection, address: reporter.publicKey, sol: 10 });
}

export function reporterContext(connection: Connection, reporter: Keypair, config: ReporterConfig, log: (m: string) => void): ReporterContext {
  return {
    chain: rpcReporterChain(connection, reporter, { retries: config.retries }),
    keys: makersKeys(config.mint, config.programId ?? MAKERS_PROGRAM_ID),
    reporter: reporter.publicKey,
    log,
  };
}

/** The demo makers' described quality, by wallet. */
export function demoProfiles(): Map<string, MakerProfile> {
  return new Map(
    DEMO_MAKERS_PLAN.makers.map((m) => {
      const wallet = demoKeypair(m.key).publicKey;
      return [wallet.toBase58(), { wallet, ...m.quality }];
    }),
  );
}

export function simulatedSource(config: ReporterConfig): SimulatedSource {
  return new SimulatedSource({ seed: config.seed, minutes: config.minutesPerRound, known: demoProfiles() });
}
