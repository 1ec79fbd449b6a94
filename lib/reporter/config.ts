/**
 * The reporter's settings from the environment and its arguments, validated
 * with zod so a typo fails at start with the variable's name. Off the local
 * chain the reporter key and the mint are required; on it they default to the
 * demo's (the demo reporter's key is public, like every dev key).
 */
import { PublicKey } from '@solana/web3.js';
import { z } from 'zod';
import { DEMO_MINT } from '@/lib/demo/addresses';
import { isLocalRpc } from '@/lib/keeper/config';

export const DEFAULT_REPORTER_RPC_URL = 'http://127.0.0.1:8899';

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
  KEEL_RPC_URL: z.url().default(DEFAULT_REPORTER_RPC_URL),
  KEEL_REPORTER_KEYPAIR: z.string().min(1).optional(),
  NEXT_PUBLIC_KEEL_MINT: address('NEXT_PUBLIC_KEEL_MINT').optional(),
  NEXT_PUBLIC_KEEL_MAKERS_ID: address('NEXT_PUBLIC_KEEL_MAKERS_ID').optional(),
  /** Pause between the end of a round and the next. */
  KEEL_REPORTER_INTERVAL_SECS: z.coerce.number().positive().default(10),
  /** Minutes of simulated market per round. */
  KEEL_REPORTER_MINUTES: z.coerce.number().int().positive().max(600).default(1),
  /** The simulated market's seed (the chain's sequence is mixed in, so a restart does not replay the same market). */
  KEEL_REPORTER_SEED: z.string().min(1).default('keel-reporter'),
  /** Attempts after the first for a batch whose send failed transiently. */
  KEEL_REPORTER_RETRIES: z.coerce.number().int().min(0).max(10).default(3),
});

export interface ReporterConfig {
  rpcUrl: string;
  local: boolean;
  /** JSON keypair file; undefined on the local chain means the demo reporter. */
  keypairPath: string | undefined;
  mint: PublicKey;
  programId: PublicKey | undefined;
  intervalMs: number;
  minutesPerRound: number;
  seed: string;
  retries: number;
}

export function parseReporterEnv(env: Record<string, string | undefined>): ReporterConfig {
  // Empty variables mean "unset", as in the shell.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) throw new Error(`reporter env: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const e = parsed.data;
  const local = isLocalRpc(e.KEEL_RPC_URL);
  if (!local && !e.KEEL_REPORTER_KEYPAIR) throw new Error('reporter env: KEEL_REPORTER_KEYPAIR is required off the local chain');
  if (!local && !e.NEXT_PUBLIC_KEEL_MINT) throw new Error('reporter env: NEXT_PUBLIC_KEEL_MINT is required off the local chain');
  return {
    rpcUrl: e.KEEL_RPC_URL,
    local,
    keypairPath: e.KEEL_REPORTER_KEYPAIR,
    mint: new PublicKey(e.NEXT_PUBLIC_KEEL_MINT ?? DEMO_MINT),
    programId: e.NEXT_PUBLIC_KEEL_MAKERS_ID ? new PublicKey(e.NEXT_PUBLIC_KEEL_MAKERS_ID) : undefined,
    intervalMs: e.KEEL_REPORTER_INTERVAL_SECS * 1000,
    minutesPerRound: e.KEEL_REPORTER_MINUTES,
    seed: e.KEEL_REPORTER_SEED,
    retries: e.KEEL_REPORTER_RETRIES,
  };
}

export interface ReporterArgs {
  once: boolean;
  /** Replay this CSV / JSONL file instead of the simulated market. */
  file: string | undefined;
}

/** `--once`, `--file <path>`; anything else is refused by name. */
export function parseReporterArgs(argv: readonly string[]): ReporterArgs {
  const args: ReporterArgs = { once: false, file: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--once') args.once = true;
    else if (arg === '--file') {
      const path = argv[++i];
      if (!path || path.startsWith('--')) throw new Error('reporter: --file needs a path (a .csv or .jsonl file of fills)');
      args.file = path;
    } else throw new Error(`reporter: unknown argument ${arg} (use --once, --file <path>)`);
  }
  return args;
}
