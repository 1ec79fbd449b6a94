/**
 * WebSocket subscriptions: signature, account, program, slot, root and logs,
 * fed by the chain's listener callbacks. Each subscription belongs to one
 * socket and ends with it. Notifications use the validator's shapes, e.g.
 * {"jsonrpc":"2.0","method":"accountNotification","params":{"result":{...},"subscription":3}}.
 */
import { z } from 'zod';
import type { ChainListener, ChangedAccount, LocalChain } from './chain';
import { SYSTEM_PROGRAM_ID } from './chain';
import { accountEncoding, checkEncoding, dataSlice, encodeAccount, type ChainAccount } from './encoding';
import type { TxRecord } from './history';
import { compileFilters, filter } from './methods/accounts';
import { config, pubkey, signature, withContext } from './methods/types';
import { INVALID_PARAMS, RpcError } from './rpc-error';

export interface Socket {
  send(message: unknown): void;
}

export type SubscriptionKind = Sub['kind'];

type Sub =
  | { kind: 'signature'; socket: Socket; signature: string; received: boolean }
  | { kind: 'account'; socket: Socket; address: string; encoding?: z.infer<typeof accountEncoding>; slice?: z.infer<typeof dataSlice> }
  | { kind: 'program'; socket: Socket; program: string; encoding?: z.infer<typeof accountEncoding>; slice?: z.infer<typeof dataSlice>; keep: (a: ChainAccount) => boolean }
  | { kind: 'slot' | 'root'; socket: Socket }
  | { kind: 'logs'; socket: Socket; mentions: string | null };

const NOTIFICATION: Record<Sub['kind'], string> = {
  signature: 'signatureNotification',
  account: 'accountNotification',
  program: 'programNotification',
  slot: 'slotNotification',
  root: 'rootNotification',
  logs: 'logsNotification',
};

/** What a closed account looks like to subscribers: empty and owned by System. */
const CLOSED: ChainAccount = { lamports: 0n, data: new Uint8Array(), owner: SYSTEM_PROGRAM_ID, executable: false };

function parse<T extends z.ZodType>(schema: T, params: unknown[]): z.infer<T> {
  const r = schema.safeParse(params);
  if (!r.success) throw new RpcError(INVALID_PARAMS, `Invalid params: ${r.error.issues[0]?.message ?? 'invalid'}`);
  return r.data;
}

export class Subscriptions implements ChainListener {
  private readonly subs = new Map<number, Sub>();
  private nextId = 0;

  constructor(private readonly chain: LocalChain) {}

  /** The subscribe/unsubscribe methods for one socket, to hand to dispatch. */
  methodsFor(socket: Socket): Record<string, (params: unknown[]) => unknown> {
    const add = (sub: Sub) => {
      const id = this.nextId++;
      this.subs.set(id, sub);
      return id;
    };
    const remove = (params: unknown[]) => {
      const [id] = parse(z.tuple([z.number().int()]), params);
      const sub = this.subs.get(id);
      if (!sub || sub.socket !== socket) throw new RpcError(INVALID_PARAMS, 'Invalid subscription id.');
      this.subs.delete(id);
      return true;
    };
    const accountCfg = config({ encoding: accountEncoding.optional(), dataSlice: dataSlice.optional() });
    return {
      signatureSubscribe: (params) => {
        const [sig, cfg] = parse(z.tuple([signature, config({ enableReceivedNotification: z.boolean().optional() })]), params);
        const id = add({ kind: 'signature', socket, signature: sig, received: cfg?.enableReceivedNotification ?? false });
        // Already landed: answer at once (after the subscribe response has gone out).
        const done = this.chain.history.get(sig);
        if (done) setImmediate(() => this.finishSignature(id, done));
        return id;
      },
      accountSubscribe: (params) => {
        const [address, cfg] = parse(z.tuple([pubkey, accountCfg]), params);
        checkEncoding(cfg?.encoding);
        return add({ kind: 'account', socket, address, encoding: cfg?.encoding, slice: cfg?.dataSlice });
      },
      programSubscribe: (params) => {
        const [program, cfg] = parse(z.tuple([pubkey, config({ encoding: accountEncoding.optional(), dataSlice: dataSlice.optional(), filters: z.array(filter).optional() })]), params);
        checkEncoding(cfg?.encoding);
        return add({ kind: 'program', socket, program, encoding: cfg?.encoding, slice: cfg?.dataSlice, keep: compileFilters(cfg?.filters) });
      },
      slotSubscribe: () => add({ kind: 'slot', socket }),
      rootSubscribe: () => add({ kind: 'root', socket }),
      logsSubscribe: (params) => {
        const [which] = parse(z.tuple([z.union([z.literal('all'), z.literal('allWithVotes'), z.object({ mentions: z.array(pubkey).length(1) })]), config({})]), params);
        return add({ kind: 'logs', socket, mentions: typeof which === 'string' ? null : which.mentions[0]! });
      },
      signatureUnsubscribe: remove,
      accountUnsubscribe: remove,
      programUnsubscribe: remove,
      slotUnsubscribe: remove,
      rootUnsubscribe: remove,
      logsUnsubscribe: remove,
    };
  }

  dropSocket(socket: Socket): void {
    for (const [id, sub] of this.subs) if (sub.socket === socket) this.subs.delete(id);
  }

  get size(): number {
    return this.subs.size;
  }

  /** How many subscriptions of one kind are open (tests wait on it). */
  count(kind: SubscriptionKind): number {
    let n = 0;
    for (const sub of this.subs.values()) if (sub.kind === kind) n++;
    return n;
  }

  onSlot(slot: number): void {
    for (const [id, sub] of this.subs) {
      if (sub.kind === 'slot') this.notify(id, sub, { parent: Math.max(0, slot - 1), root: slot, slot });
      if (sub.kind === 'root') this.notify(id, sub, slot);
    }
  }

  onTransaction(record: TxRecord, changed: ChangedAccount[]): void {
    const byAddress = new Map(changed.map((c) => [c.address, c.account ?? CLOSED]));
    const ctx = { mintDecimals: this.chain.mintDecimals };
    for (const [id, sub] of this.subs) {
      try {
        this.notifyTransaction(id, sub, record, byAddress, ctx);
      } catch {
        // A subscriber whose encoding cannot show this account (base58 of a large one) misses it.
      }
    }
  }

  private notifyTransaction(id: number, sub: Sub, record: TxRecord, byAddress: Map<string, ChainAccount>, ctx: { mintDecimals: (m: string) => number | null }): void {
    {
      if (sub.kind === 'signature' && sub.signature === record.signature) this.finishSignature(id, record);
      else if (sub.kind === 'account') {
        const account = byAddress.get(sub.address);
        if (account) this.notify(id, sub, withContext(this.chain, encodeAccount(account, sub.encoding, sub.slice, ctx)));
      } else if (sub.kind === 'program') {
        for (const [address, account] of byAddress) {
          if (account.owner !== sub.program || !sub.keep(account)) continue;
          this.notify(id, sub, withContext(this.chain, { pubkey: address, account: encodeAccount(account, sub.encoding, sub.slice, ctx) }));
        }
      } else if (sub.kind === 'logs' && (sub.mentions === null || record.accountKeys.includes(sub.mentions))) {
        this.notify(id, sub, withContext(this.chain, { signature: record.signature, err: record.err, logs: record.logMessages }));
      }
    }
  }

  /** A signature subscription fires once and is then removed, as on the validator. */
  private finishSignature(id: number, record: TxRecord): void {
    const sub = this.subs.get(id);
    if (!sub || sub.kind !== 'signature') return;
    const context = { slot: record.slot };
    if (sub.received) this.notify(id, sub, { context, value: 'receivedSignature' });
    this.notify(id, sub, { context, value: { err: record.err } });
    this.subs.delete(id);
  }

  private notify(id: number, sub: Sub, result: unknown): void {
    sub.socket.send({ jsonrpc: '2.0', method: NOTIFICATION[sub.kind], params: { result, subscription: id } });
  }
}
