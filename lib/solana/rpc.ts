import { KeelError } from '@/lib/errors/keel-error';

let nextId = 1;

/**
 * A raw JSON-RPC call, for methods web3.js does not know (the local chain's
 * `keel_warpTime` and `keel_getClock`).
 */
export async function callRpc<T>(rpcUrl: string, method: string, params: unknown[] = []): Promise<T> {
  let response: Response;
  try {
    response = await fetch(rpcUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: nextId++, method, params }),
    });
  } catch (cause) {
    throw new KeelError('rpc:unavailable', `The RPC endpoint ${rpcUrl} is unreachable; is the chain running?`, { cause });
  }
  if (!response.ok) {
    throw new KeelError('rpc:error', `${method} failed: HTTP ${response.status}`, { details: { method } });
  }
  const body = (await response.json()) as { result?: T; error?: { code: number; message: string } };
  if (body.error) {
    throw new KeelError('rpc:error', `${method} failed: ${body.error.message}`, { details: { method, rpcCode: body.error.code } });
  }
  return body.result as T;
}
