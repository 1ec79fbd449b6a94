/**
 * POST /api/dev/keel-faucet { owner, rpcUrl } → { signature, amount }: the
 * localnet "Get test KEEL" faucet (lib/demo/faucet.ts). Dev only: refused in a
 * production build unless KEEL_DEV_FAUCET=1, and only ever sent to an RPC on
 * this machine that answers the local chain's own `keel_getClock` method, so it
 * can never move tokens on a real cluster.
 */
import { Connection, PublicKey } from '@solana/web3.js';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { dripKeel, FaucetError } from '@/lib/demo/faucet';
import { callRpc } from '@/lib/solana/rpc';

export const dynamic = 'force-dynamic';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

const body = z.object({
  owner: z.string().refine((s) => {
    try {
      return Boolean(new PublicKey(s));
    } catch {
      return false;
    }
  }, 'owner is not an address'),
  rpcUrl: z.url({ protocol: /^https?$/ }).refine((u) => LOOPBACK.has(new URL(u).hostname), 'only the local chain on this machine'),
});

const problem = (status: number, message: string) => NextResponse.json({ error: message }, { status });

export async function POST(request: Request) {
  if (process.env.NODE_ENV === 'production' && process.env.KEEL_DEV_FAUCET !== '1') {
    return problem(404, 'The dev faucet exists only in development.');
  }
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return problem(400, `Bad request: ${parsed.error.issues.map((i) => i.message).join(', ')}`);
  const { owner, rpcUrl } = parsed.data;
  try {
    await callRpc(rpcUrl, 'keel_getClock');
  } catch {
    return problem(403, `${rpcUrl} is not the Keel local chain.`);
  }
  try {
    const result = await dripKeel({ connection: new Connection(rpcUrl, 'confirmed'), owner: new PublicKey(owner) });
    return NextResponse.json({ signature: result.signature, amount: result.amount.toString(), account: result.account.toBase58() });
  } catch (e) {
    return problem(e instanceof FaucetError ? 409 : 500, (e as Error).message);
  }
}
