/**
 * Which mint is KEEL on a cluster. On localnet it is the demo mint the chain's
 * genesis seed creates at a fixed address (lib/demo/addresses.ts); everywhere
 * else it comes from NEXT_PUBLIC_KEEL_MINT, and the app never assumes the local
 * chain. NEXT_PUBLIC_KEEL_RESERVE_VAULT (optional) names the locked reserve, so
 * the staking ratio can be taken over the circulating supply.
 */
import { PublicKey } from '@solana/web3.js';
import type { ClusterConfig } from '@/lib/config/cluster';
import { DEMO_MINT, DEMO_RESERVE_VAULT } from '@/lib/demo/addresses';
import { readPublicEnv } from '@/lib/config/env';
import { KeelError } from '@/lib/errors/keel-error';

export interface KeelTokenEnv {
  mint: string | undefined;
  reserveVault: string | undefined;
}

export function readKeelTokenEnv(): KeelTokenEnv {
  const { mint, reserveVault } = readPublicEnv();
  return { mint, reserveVault };
}

function parse(value: string | undefined, name: string): PublicKey | null {
  if (!value) return null;
  try {
    return new PublicKey(value);
  } catch {
    throw new KeelError('config:invalid-env', `${name} is not a valid address: ${value}`);
  }
}

/** The KEEL mint on `cluster`, or null when this build does not know one there. */
export function keelMintOn(cluster: Pick<ClusterConfig, 'id'>, env: KeelTokenEnv = readKeelTokenEnv()): PublicKey | null {
  if (cluster.id === 'localnet') return new PublicKey(DEMO_MINT);
  return parse(env.mint, 'NEXT_PUBLIC_KEEL_MINT');
}

/** The locked reserve vault on `cluster`, when known. */
export function keelReserveVaultOn(cluster: Pick<ClusterConfig, 'id'>, env: KeelTokenEnv = readKeelTokenEnv()): PublicKey | null {
  if (cluster.id === 'localnet') return new PublicKey(DEMO_RESERVE_VAULT);
  return parse(env.reserveVault, 'NEXT_PUBLIC_KEEL_RESERVE_VAULT');
}
