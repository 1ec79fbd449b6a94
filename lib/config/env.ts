import type { ProgramName } from './programs';

/**
 * The public environment, read once. Next.js inlines `process.env.NEXT_PUBLIC_*`
 * only when each variable is written out literally, so every name appears in
 * full here and nowhere else reads `process.env` for Keel settings.
 */
export interface KeelPublicEnv {
  cluster: string | undefined;
  rpcUrl: string | undefined;
  programIds: Record<ProgramName, string | undefined>;
  /** The KEEL mint on a real cluster (localnet uses the demo mint). */
  mint: string | undefined;
  /** The locked reserve vault, so the staking ratio can use circulating supply. */
  reserveVault: string | undefined;
}

export function readPublicEnv(): KeelPublicEnv {
  return {
    cluster: process.env.NEXT_PUBLIC_KEEL_CLUSTER,
    rpcUrl: process.env.NEXT_PUBLIC_KEEL_RPC_URL,
    programIds: {
      probe: process.env.NEXT_PUBLIC_KEEL_PROBE_ID,
      staking: process.env.NEXT_PUBLIC_KEEL_STAKING_ID,
      governance: process.env.NEXT_PUBLIC_KEEL_GOVERNANCE_ID,
      treasury: process.env.NEXT_PUBLIC_KEEL_TREASURY_ID,
      makers: process.env.NEXT_PUBLIC_KEEL_MAKERS_ID,
    },
    mint: process.env.NEXT_PUBLIC_KEEL_MINT,
    reserveVault: process.env.NEXT_PUBLIC_KEEL_RESERVE_VAULT,
  };
}
