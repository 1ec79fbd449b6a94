/**
 * HTTP and WebSocket plumbing, like solana-test-validator: JSON-RPC over HTTP
 * on `port` and subscriptions over WebSocket on `wsPort` (default port + 1,
 * which is where web3.js looks). Both ports also accept the other protocol,
 * which costs nothing and helps clients configured either way. CORS is open
 * because the app on :3000 calls the chain from the browser.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { LocalChain } from './chain';
import { dispatch, errorResponse } from './dispatch';
import { stringifyJson } from './json';
import type { MethodContext } from './methods/types';
import { PARSE_ERROR, RpcError } from './rpc-error';
import { Subscriptions, type Socket } from './subscriptions';

export interface ServerOptions {
  chain: LocalChain;
  host?: string;
  /** 0 picks a free pair of consecutive ports. */
  port?: number;
  wsPort?: number;
  devMode?: boolean;
  log?: (message: string) => void;
}

export interface RpcServer {
  url: string;
  wsUrl: string;
  port: number;
  wsPort: number;
  subscriptions: Subscriptions;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;
const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, GET, OPTIONS',
  'access-control-allow-headers': '*',
  'access-control-max-age': '86400',
};

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => reject(e);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export async function createServer(opts: ServerOptions): Promise<RpcServer> {
  const host = opts.host ?? '127.0.0.1';
  const log = opts.log ?? (() => {});
  const ctx: MethodContext = { chain: opts.chain, devMode: opts.devMode ?? false, log };
  const subscriptions = new Subscriptions(opts.chain);
  const unlisten = opts.chain.listen(subscriptions);

  async function answer(text: string, extra?: Parameters<typeof dispatch>[2]): Promise<string | null> {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return stringifyJson(errorResponse(null, new RpcError(PARSE_ERROR, 'Parse error')));
    }
    const out = await dispatch(body, ctx, extra);
    return out === null ? null : stringifyJson(out);
  }

  function onRequest(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS).end();
      return;
    }
    // The validator answers GET /health outside JSON-RPC; some tools probe it.
    if (req.method === 'GET') {
      const ok = req.url === '/health';
      res.writeHead(ok ? 200 : 405, { ...CORS_HEADERS, 'content-type': 'text/plain' }).end(ok ? 'ok' : 'Use POST');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) req.destroy();
      else chunks.push(c);
    });
    req.on('end', () => {
      answer(Buffer.concat(chunks).toString('utf8'))
        .then((text) => res.writeHead(200, { ...CORS_HEADERS, 'content-type': 'application/json' }).end(text ?? ''))
        .catch((e: Error) => {
          log(`request failed: ${e.stack}`);
          if (!res.headersSent) res.writeHead(500, CORS_HEADERS).end();
        });
    });
  }

  const wss = new WebSocketServer({ noServer: true });
  wss.on('connection', (ws: WebSocket) => {
    const socket: Socket = { send: (m) => ws.readyState === ws.OPEN && ws.send(stringifyJson(m)) };
    const methods = subscriptions.methodsFor(socket);
    // Messages are answered in arrival order, so a subscribe reply precedes its notifications.
    let queue = Promise.resolve();
    ws.on('message', (data) => {
      queue = queue
        .then(() => answer(data.toString(), methods))
        .then((text) => {
          if (text !== null && ws.readyState === ws.OPEN) ws.send(text);
        })
        .catch((e: Error) => log(`websocket message failed: ${e.stack}`));
    });
    ws.on('close', () => subscriptions.dropSocket(socket));
    ws.on('error', () => subscriptions.dropSocket(socket));
  });

  const servers: http.Server[] = [];
  const make = () => {
    const s = http.createServer(onRequest);
    s.on('upgrade', (req, sock, head) => wss.handleUpgrade(req, sock, head, (ws) => wss.emit('connection', ws, req)));
    servers.push(s);
    return s;
  };

  const [httpServer, wsServer] = [make(), make()];
  let port = opts.port ?? 8899;
  let wsPort = opts.wsPort ?? port + 1;
  if (port === 0) {
    // Find two consecutive free ports, since web3.js derives the websocket as port + 1.
    for (let attempt = 0; ; attempt++) {
      port = await listen(httpServer, 0, host);
      wsPort = port + 1;
      try {
        await listen(wsServer, wsPort, host);
        break;
      } catch (e) {
        await closeServer(httpServer);
        if (attempt > 20) throw e;
      }
    }
  } else {
    try {
      await listen(httpServer, port, host);
      await listen(wsServer, wsPort, host);
    } catch (e) {
      await Promise.all(servers.map(closeServer));
      unlisten();
      if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new Error(`${host}:${port} or ${wsPort} is already in use — is another local chain running? (--port picks another)`);
      }
      throw e;
    }
  }

  return {
    url: `http://${host}:${port}`,
    wsUrl: `ws://${host}:${wsPort}`,
    port,
    wsPort,
    subscriptions,
    async close() {
      unlisten();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      await Promise.all(servers.map(closeServer));
    },
  };
}
