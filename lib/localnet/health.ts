/** Whether a JSON-RPC endpoint answers getHealth with "ok" (false while it is not listening yet). */
export async function chainHealthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"jsonrpc":"2.0","id":1,"method":"getHealth"}' });
    return ((await res.json()) as { result?: string }).result === 'ok';
  } catch {
    return false;
  }
}
