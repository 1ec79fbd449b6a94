/**
 * "Get test KEEL" (localnet only): asks the dev faucet route to send demo KEEL
 * to `owner` (app/(staking)/api/dev/keel-faucet, lib/demo/faucet.ts). The
 * treasury's public dev key signs there, so the wallet signs nothing.
 */
import type { PublicKey } from '@solana/web3.js';
import type { ClusterConfig } from '@/lib/config/cluster';
import { KeelError } from '@/lib/errors/keel-error';

export const DEV_FAUCET_ROUTE = '/api/dev/keel-faucet';

export interface GetTestKeelOptions {
  cluster: Pick<ClusterConfig, 'devTools' | 'rpcUrl' | 'label'>;
  owner: PublicKey;
}

export interface GetTestKeelResult {
  signature: string;
  amount: bigint;
}

export async function getTestKeel({ cluster, owner }: GetTestKeelOptions): Promise<GetTestKeelResult> {
  if (!cluster.devTools) throw new KeelError('config:not-deployed', `The KEEL faucet exists only on the local chain, not on ${cluster.label}.`);
  let response: Response;
  try {
    response = await fetch(DEV_FAUCET_ROUTE, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ owner: owner.toBase58(), rpcUrl: cluster.rpcUrl }),
    });
  } catch (cause) {
    throw new KeelError('rpc:unavailable', 'The dev faucet did not answer.', { cause });
  }
  const json = (await response.json().catch(() => ({}))) as { signature?: string; amount?: string; error?: string };
  if (!response.ok || !json.signature || !json.amount) {
    throw new KeelError('rpc:error', json.error ?? `The dev faucet failed (HTTP ${response.status}).`);
  }
  return { signature: json.signature, amount: BigInt(json.amount) };
}
