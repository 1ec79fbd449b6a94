/**
 * JSON-RPC 2.0 dispatch shared by HTTP and WebSocket: request checks, method
 * lookup, zod validation of params, and errors turned into responses so a bad
 * request never takes the server down.
 */
import { z } from 'zod';
import { METHODS } from './methods';
import type { MethodContext } from './methods/types';
import { INTERNAL_ERROR, INVALID_PARAMS, INVALID_REQUEST, METHOD_NOT_FOUND, MIN_CONTEXT_SLOT_NOT_REACHED, RpcError } from './rpc-error';

export type JsonRpcId = string | number | null;

export interface JsonRpcResponse {
  jsonrpc: '2.0';
  id: JsonRpcId;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

const request = z.object({
  jsonrpc: z.literal('2.0'),
  method: z.string(),
  params: z.unknown().optional(),
  id: z.union([z.string(), z.number(), z.null()]).optional(),
});
export type JsonRpcRequest = z.infer<typeof request>;

export function errorResponse(id: JsonRpcId, e: RpcError): JsonRpcResponse {
  return { jsonrpc: '2.0', id, error: { code: e.code, message: e.message, ...(e.data !== undefined ? { data: e.data } : {}) } };
}

function paramsError(error: z.ZodError): RpcError {
  const issue = error.issues[0];
  // Our own refinements already read like the validator's "Invalid param: ..." messages.
  if (issue?.message.startsWith('Invalid param')) return new RpcError(INVALID_PARAMS, issue.message);
  const where = issue?.path.length ? ` at params[${issue.path.join('][')}]` : '';
  return new RpcError(INVALID_PARAMS, `Invalid params: ${issue?.message ?? 'invalid'}${where}`);
}

/** A config's `minContextSlot` ahead of the chain is refused, as the validator does. */
function checkMinContextSlot(params: unknown, ctx: MethodContext): void {
  if (!Array.isArray(params)) return;
  for (const p of params) {
    const min = (p as { minContextSlot?: unknown } | null)?.minContextSlot;
    if (typeof min === 'number' && min > ctx.chain.slot) {
      throw new RpcError(MIN_CONTEXT_SLOT_NOT_REACHED, 'Minimum context slot has not been reached', { contextSlot: ctx.chain.slot });
    }
  }
}

/** Validates and runs one request; returns null for a notification (no id). */
export async function dispatchOne(raw: unknown, ctx: MethodContext, extra: Record<string, MethodContextMethod> = {}): Promise<JsonRpcResponse | null> {
  const parsed = request.safeParse(raw);
  const id: JsonRpcId = parsed.success ? (parsed.data.id ?? null) : ((raw as { id?: JsonRpcId } | null)?.id ?? null);
  if (!parsed.success) return errorResponse(id, new RpcError(INVALID_REQUEST, 'Invalid request'));
  const isNotification = parsed.data.id === undefined;
  try {
    const name = parsed.data.method;
    const extraMethod = Object.hasOwn(extra, name) ? extra[name] : undefined;
    const spec = Object.hasOwn(METHODS, name) ? METHODS[name] : undefined;
    if (!spec && !extraMethod) throw new RpcError(METHOD_NOT_FOUND, 'Method not found');
    const params = parsed.data.params ?? [];
    if (!Array.isArray(params)) throw new RpcError(INVALID_PARAMS, 'Invalid params: expected an array of positional params');
    let result: unknown;
    if (extraMethod) result = await extraMethod(params);
    else {
      const checked = spec!.params.safeParse(params);
      if (!checked.success) throw paramsError(checked.error);
      checkMinContextSlot(checked.data, ctx);
      result = await spec!.handler(checked.data as never, ctx);
    }
    return isNotification ? null : { jsonrpc: '2.0', id, result };
  } catch (e) {
    if (isNotification) return null;
    if (e instanceof RpcError) return errorResponse(id, e);
    ctx.log(`internal error in ${parsed.data.method}: ${(e as Error).stack ?? String(e)}`);
    return errorResponse(id, new RpcError(INTERNAL_ERROR, `Internal error: ${(e as Error).message}`));
  }
}

/** Methods a transport adds (the websocket's subscriptions), params unchecked here. */
export type MethodContextMethod = (params: unknown[]) => unknown;

/** A single request or a batch; an empty batch is an invalid request, as in the spec. */
export async function dispatch(body: unknown, ctx: MethodContext, extra?: Record<string, MethodContextMethod>): Promise<JsonRpcResponse | JsonRpcResponse[] | null> {
  if (!Array.isArray(body)) return dispatchOne(body, ctx, extra);
  if (body.length === 0) return errorResponse(null, new RpcError(INVALID_REQUEST, 'Invalid request'));
  const out: JsonRpcResponse[] = [];
  // In order, one at a time: the chain is single-threaded and a batch may send then query.
  for (const item of body) {
    const r = await dispatchOne(item, ctx, extra);
    if (r) out.push(r);
  }
  return out.length ? out : null;
}
