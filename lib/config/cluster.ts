import { PublicKey } from '@solana/web3.js';
// zod/mini: this module is in every page's bundle, and mini tree-shakes.
import * as z from 'zod/mini';
import { KeelError } from '@/lib/errors/keel-error';
import { readPublicEnv, type KeelPublicEnv } from './env';
import { LOCALNET_PROGRAM_IDS, type ProgramName } from './programs';

/**
 * The one place that says which chain the portal talks to.
 *
 * - `localnet` (default): the LiteSVM-backed chain from `npm run chain`; program
 *   ids are the committed dev keypairs in lib/config/programs.ts; dev tools
 *   (burner wallet, airdrop, time warp) are offered only here.
 * - `devnet`, `mainnet-beta`: public RPCs; program ids come from
 *   NEXT_PUBLIC_KEEL_<PROGRAM>_ID (a build targets one real cluster).
 * - `custom`: any RPC URL the user types (validated); ids as for devnet/mainnet.
 *
 * NEXT_PUBLIC_KEEL_CLUSTER picks the default cluster and NEXT_PUBLIC_KEEL_RPC_URL
 * overrides that default cluster's RPC URL (for `custom` it is the URL).
 */
export const CLUSTER_IDS = ['localnet', 'devnet', 'mainnet-beta', 'custom'] as const;
export type ClusterId = (typeof CLUSTER_IDS)[number];

export const CLUSTER_LABELS: Record<ClusterId, string> = {
  localnet: 'Localnet',
  devnet: 'Devnet',
  'mainnet-beta': 'Mainnet Beta',
  custom: 'Custom RPC',
};

export const DEFAULT_RPC_URLS: Record<Exclude<ClusterId, 'custom'>, string> = {
  localnet: 'http://127.0.0.1:8899',
  devnet: 'https://api.devnet.solana.com',
  'mainnet-beta': 'https://api.mainnet-beta.solana.com',
};

export const clusterIdSchema = z.enum(CLUSTER_IDS);

/** An http(s) RPC endpoint; web3.js derives the websocket URL (port + 1). */
export const rpcUrlSchema = z.pipe(
  z.string().check(z.trim()),
  z.url({ protocol: /^https?$/, error: 'Enter an http:// or https:// RPC URL' }),
);

/** What the user chooses (persisted); `resolveCluster` turns it into a config. */
export interface ClusterSetting {
  id: ClusterId;
  /** Only read when `id === 'custom'`. */
  customRpcUrl: string | null;
}

export interface ClusterConfig {
  id: ClusterId;
  label: string;
  rpcUrl: string;
  /**
   * Query-key segment: the id for named clusters, the URL for custom ones, so
   * two custom RPCs never share cached chain data.
   */
  key: string;
  /** Dev wallet, airdrop and time warp are offered (localnet only). */
  devTools: boolean;
  programIds: Partial<Record<ProgramName, PublicKey>>;
}

function parsePublicKey(value: string | undefined, name: string): PublicKey | undefined {
  if (!value) return undefined;
  try {
    return new PublicKey(value);
  } catch {
    throw new KeelError('config:invalid-env', `NEXT_PUBLIC_KEEL_${name.toUpperCase()}_ID is not a valid address: ${value}`);
  }
}

function programIdsFor(id: ClusterId, env: KeelPublicEnv): Partial<Record<ProgramName, PublicKey>> {
  const ids: Partial<Record<ProgramName, PublicKey>> = {};
  for (const name of Object.keys(LOCALNET_PROGRAM_IDS) as ProgramName[]) {
    const key = id === 'localnet' ? LOCALNET_PROGRAM_IDS[name] : env.programIds[name];
    const parsed = parsePublicKey(key, name);
    if (parsed) ids[name] = parsed;
  }
  return ids;
}

/** The default setting from the environment (validated; bad values fail loudly). */
export function defaultClusterSetting(env: KeelPublicEnv = readPublicEnv()): ClusterSetting {
  const id = env.cluster ? clusterIdSchema.safeParse(env.cluster) : { success: true as const, data: 'localnet' as const };
  if (!id.success) {
    throw new KeelError('config:invalid-env', `NEXT_PUBLIC_KEEL_CLUSTER must be one of ${CLUSTER_IDS.join(', ')}; got "${env.cluster}"`);
  }
  const url = env.rpcUrl ? rpcUrlSchema.safeParse(env.rpcUrl) : null;
  if (url && !url.success) {
    throw new KeelError('config:invalid-env', `NEXT_PUBLIC_KEEL_RPC_URL is not an http(s) URL: "${env.rpcUrl}"`);
  }
  if (id.data === 'custom' && !url) {
    throw new KeelError('config:invalid-env', 'NEXT_PUBLIC_KEEL_CLUSTER=custom needs NEXT_PUBLIC_KEEL_RPC_URL');
  }
  return { id: id.data, customRpcUrl: id.data === 'custom' ? (url?.data ?? null) : null };
}

/**
 * Turns a setting into a full config. A `custom` setting without a valid URL
 * falls back to the environment's default cluster rather than throwing, since it
 * may come from an old localStorage value.
 */
export function resolveCluster(setting: ClusterSetting, env: KeelPublicEnv = readPublicEnv()): ClusterConfig {
  const fallback = defaultClusterSetting(env);
  const { id } = setting;
  let rpcUrl: string;
  if (id === 'custom') {
    const parsed = rpcUrlSchema.safeParse(setting.customRpcUrl ?? '');
    if (parsed.success) {
      rpcUrl = parsed.data;
    } else if (fallback.id === 'custom' && fallback.customRpcUrl) {
      rpcUrl = fallback.customRpcUrl;
    } else {
      return resolveCluster(fallback, env);
    }
  } else if (id === fallback.id && env.rpcUrl) {
    rpcUrl = rpcUrlSchema.parse(env.rpcUrl);
  } else {
    rpcUrl = DEFAULT_RPC_URLS[id];
  }
  return {
    id,
    label: CLUSTER_LABELS[id],
    rpcUrl,
    key: id === 'custom' ? `custom:${rpcUrl}` : id,
    devTools: id === 'localnet',
    programIds: programIdsFor(id, env),
  };
}

/** The program's id on this cluster, or null when it is not deployed there. */
export function programIdOn(cluster: ClusterConfig, program: ProgramName): PublicKey | null {
  return cluster.programIds[program] ?? null;
}

/** Like `programIdOn`, for code paths that cannot continue without it. */
export function requireProgramId(cluster: ClusterConfig, program: ProgramName): PublicKey {
  const id = programIdOn(cluster, program);
  if (!id) {
    throw new KeelError('config:not-deployed', `The ${program} program is not deployed on ${cluster.label}.`, {
      details: { program, cluster: cluster.id },
    });
  }
  return id;
}

/** Every id a program has in any cluster this build knows: used to register error tables. */
export function allProgramIds(program: ProgramName, env: KeelPublicEnv = readPublicEnv()): PublicKey[] {
  const ids = [new PublicKey(LOCALNET_PROGRAM_IDS[program])];
  const fromEnv = parsePublicKey(env.programIds[program], program);
  if (fromEnv && !fromEnv.equals(ids[0]!)) ids.push(fromEnv);
  return ids;
}
