/**
 * The keeper's settings from the environment, validated with zod so a typo
 * fails at start with the variable's name rather than at the first pass.
 */
import { PublicKey } from '@solana/web3.js';
import { z } from 'zod';
import { DEMO_MINT } from '@/lib/demo/addresses';
import { parseTokenAmount } from '@/lib/staking/format';

export const DEFAULT_KEEPER_RPC_URL = 'http://127.0.0.1:8899';
export const DEFAULT_KEEPER_INTERVAL_SECS = 60;

const address = (name: string) =>
  z.string().refine((v) => {
    try {
      new PublicKey(v);
      return true;
    } catch {
      return false;
    }
  }, `${name} is not a valid address`);

const schema = z.object({
  KEEL_RPC_URL: z.url().default(DEFAULT_KEEPER_RPC_URL),
  KEEL_KEEPER_KEYPAIR: z.string().min(1).optional(),
  NEXT_PUBLIC_KEEL_MINT: address('NEXT_PUBLIC_KEEL_MINT').optional(),
  NEXT_PUBLIC_KEEL_STAKING_ID: address('NEXT_PUBLIC_KEEL_STAKING_ID').optional(),
  KEEL_KEEPER_INTERVAL_SECS: z.coerce.number().positive().default(DEFAULT_KEEPER_INTERVAL_SECS),
  /** Whole KEEL (decimals allowed); default 1. */
  KEEL_KEEPER_MIN_COMPOUND: z
    .string()
    .default('1')
    .transform((v, ctx) => {
      try {
        return keelToBaseUnits(v);
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: `KEEL_KEEPER_MIN_COMPOUND must be a KEEL amount like 1 or 0.5 (${(e as Error).message})` });
        return z.NEVER;
      }
    }),
});

export interface KeeperConfig {
  rpcUrl: string;
  /** Path to a JSON keypair (solana-keygen format); required off the local chain. */
  keypairPath: string | undefined;
  local: boolean;
  mint: PublicKey;
  programId: PublicKey | undefined;
  intervalMs: number;
  minCompound: bigint;
}

/** Whether the RPC is this machine's (the local chain): only there may the keeper mint itself a payer. */
export function isLocalRpc(url: string): boolean {
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || host === '[::1]';
}

/** "1.5" KEEL → base units, exactly (the app's own amount parser); throws its sentence when refused. */
export function keelToBaseUnits(amount: string): bigint {
  const parsed = parseTokenAmount(amount);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

export function parseKeeperEnv(env: Record<string, string | undefined>): KeeperConfig {
  // Empty variables (`KEEL_KEEPER_KEYPAIR=`) mean "unset", as in the shell.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new Error(`keeper env: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const e = parsed.data;
  const local = isLocalRpc(e.KEEL_RPC_URL);
  if (!local && !e.KEEL_KEEPER_KEYPAIR) throw new Error('keeper env: KEEL_KEEPER_KEYPAIR is required off the local chain');
  if (!local && !e.NEXT_PUBLIC_KEEL_MINT) throw new Error('keeper env: NEXT_PUBLIC_KEEL_MINT is required off the local chain');
  return {
    rpcUrl: e.KEEL_RPC_URL,
    keypairPath: e.KEEL_KEEPER_KEYPAIR,
    local,
    mint: new PublicKey(e.NEXT_PUBLIC_KEEL_MINT ?? DEMO_MINT),
    programId: e.NEXT_PUBLIC_KEEL_STAKING_ID ? new PublicKey(e.NEXT_PUBLIC_KEEL_STAKING_ID) : undefined,
    intervalMs: e.KEEL_KEEPER_INTERVAL_SECS * 1000,
    minCompound: e.KEEL_KEEPER_MIN_COMPOUND,
  };
}
