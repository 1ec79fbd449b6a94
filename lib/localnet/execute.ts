/**
 * Running wire transactions through LiteSVM the way a validator's RPC does:
 * the checks LiteSVM leaves to us (blockhash age, duplicates, lookup tables),
 * preflight simulation, execution, and the ledger record with balances before
 * and after.
 */
import bs58 from 'bs58';
import { getTransactionDecoder } from '@solana/kit';
import { FailedTransactionMetadata, type TransactionMetadata } from 'litesvm';
import { SYSTEM_PROGRAM_ID, type ChangedAccount, type LocalChain } from './chain';
import type { ChainAccount } from './encoding';
import { computeBudget, feeFor } from './fees';
import type { InnerInstructions, TokenBalance, TxRecord } from './history';
import { RpcError, invalidParams, TRANSACTION_SIGNATURE_VERIFICATION_FAILURE, SEND_TRANSACTION_PREFLIGHT_FAILURE } from './rpc-error';
import { decodeTokenAccount, uiTokenAmount } from './token-parse';
import { describeTxError, txErrorFromLiteSvm, type TxErrorJson } from './tx-error';
import { isStaticWritable, parseWireTransaction, withBlockhash, type WireTransaction } from './wire';

const LOOKUP_TABLE_PROGRAM_ID = 'AddressLookupTab1e1111111111111111111111111';
const LOOKUP_TABLE_META_SIZE = 56;
const MEMO_PROGRAM_IDS = new Set(['MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr', 'Memo1UhkJRfHyvLMcVucJwxXeuD728EqVDDwQDxFMNo']);
const ADVANCE_NONCE_ACCOUNT = 4;

export interface ResolvedKeys {
  keys: string[];
  writable: boolean[];
  loaded: { writable: string[]; readonly: string[] };
}

/** What one execution produced, in RPC terms. */
export interface Outcome {
  err: TxErrorJson | null;
  logs: string[];
  unitsConsumed: number;
  returnData: TxRecord['returnData'];
  innerInstructions: InnerInstructions[];
  /** Accounts after a successful simulation, by address. */
  postAccounts: Map<string, ChainAccount>;
}

export function decodeWire(bytes: Uint8Array): WireTransaction {
  try {
    return parseWireTransaction(bytes);
  } catch (e) {
    throw invalidParams(`invalid transaction: ${(e as Error).message}`);
  }
}

export function isResolved(r: ResolvedKeys | TxErrorJson): r is ResolvedKeys {
  return typeof r === 'object' && 'keys' in r;
}

/** Static keys, then the lookup tables' writable and read-only addresses. */
export function resolveKeys(chain: LocalChain, tx: WireTransaction): ResolvedKeys | TxErrorJson {
  const loaded = { writable: [] as string[], readonly: [] as string[] };
  for (const lookup of tx.lookups) {
    const table = chain.account(lookup.accountKey);
    if (!table) return 'AddressLookupTableNotFound';
    if (table.owner !== LOOKUP_TABLE_PROGRAM_ID) return 'InvalidAddressLookupTableOwner';
    const body = table.data.subarray(LOOKUP_TABLE_META_SIZE);
    if (table.data.length < LOOKUP_TABLE_META_SIZE || body.length % 32 !== 0) return 'InvalidAddressLookupTableData';
    const at = (i: number) => (i * 32 < body.length ? bs58.encode(body.subarray(i * 32, i * 32 + 32)) : null);
    for (const [indexes, into] of [[lookup.writableIndexes, loaded.writable], [lookup.readonlyIndexes, loaded.readonly]] as const) {
      for (const i of indexes) {
        const key = at(i);
        if (!key) return 'InvalidAddressLookupTableIndex';
        into.push(key);
      }
    }
  }
  const keys = [...tx.staticKeys, ...loaded.writable, ...loaded.readonly];
  const writable = keys.map((_, i) => (i < tx.staticKeys.length ? isStaticWritable(tx, i) : i < tx.staticKeys.length + loaded.writable.length));
  return { keys, writable, loaded };
}

/**
 * A durable-nonce transaction: first instruction is System AdvanceNonceAccount
 * and the nonce account (its first account) stores this blockhash. Nonce
 * account layout: version u32, state u32 (1 = initialized), authority [8,40),
 * durable nonce [40,72), fee calculator u64.
 */
export function usesValidNonceMessage(chain: LocalChain, tx: Pick<WireTransaction, 'instructions' | 'staticKeys' | 'recentBlockhash'>): boolean {
  const ix = tx.instructions[0];
  if (!ix || tx.staticKeys[ix.programIdIndex] !== SYSTEM_PROGRAM_ID) return false;
  if (ix.data.length < 4 || ix.data[0] !== ADVANCE_NONCE_ACCOUNT || ix.data[1] || ix.data[2] || ix.data[3]) return false;
  const nonceKey = tx.staticKeys[ix.accounts[0] ?? -1];
  const nonce = nonceKey ? chain.account(nonceKey) : null;
  if (!nonce || nonce.owner !== SYSTEM_PROGRAM_ID || nonce.data.length < 72 || nonce.data[4] !== 1) return false;
  return bs58.encode(nonce.data.subarray(40, 72)) === tx.recentBlockhash;
}

function checkAge(chain: LocalChain, tx: WireTransaction): TxErrorJson | null {
  if (chain.blockhashes.isValid(tx.recentBlockhash, chain.blockHeight)) return null;
  return usesValidNonceMessage(chain, tx) ? null : 'BlockhashNotFound';
}

function fromMeta(meta: TransactionMetadata): Omit<Outcome, 'err' | 'postAccounts'> {
  const rd = meta.returnData();
  const programId = rd.programId();
  const data = rd.data();
  const hasReturn = data.length > 0 || programId.some((b) => b !== 0);
  return {
    logs: meta.logs(),
    unitsConsumed: Number(meta.computeUnitsConsumed()),
    returnData: hasReturn ? { programId: bs58.encode(programId), data: [Buffer.from(data).toString('base64'), 'base64'] } : null,
    innerInstructions: meta
      .innerInstructions()
      .map((list, index) => ({
        index,
        instructions: list.map((inner) => {
          const ix = inner.instruction();
          return { programIdIndex: ix.programIdIndex(), accounts: Array.from(ix.accounts()), data: bs58.encode(ix.data()), stackHeight: inner.stackHeight() };
        }),
      }))
      .filter((group) => group.instructions.length > 0),
  };
}

function failedOutcome(err: TxErrorJson): Outcome {
  return { err, logs: [], unitsConsumed: 0, returnData: null, innerInstructions: [], postAccounts: new Map() };
}

/** The simulation `value` as the RPC returns it. */
export function simulationValue(o: Outcome, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { err: o.err, logs: o.logs, accounts: null, unitsConsumed: o.unitsConsumed, returnData: o.returnData, innerInstructions: null, ...extra };
}

export interface SimulateOptions {
  sigVerify?: boolean;
  replaceRecentBlockhash?: boolean;
}

/** Simulates without committing anything. */
export function simulate(chain: LocalChain, bytes: Uint8Array, opts: SimulateOptions = {}): { outcome: Outcome; tx: WireTransaction } {
  chain.tick();
  let tx = decodeWire(bytes);
  if (opts.replaceRecentBlockhash) tx = decodeWire(withBlockhash(tx, chain.latestBlockhash().blockhash));
  const sigVerify = opts.sigVerify ?? false;
  if (sigVerify && tx.unsigned.some(Boolean)) return { outcome: failedOutcome('SignatureFailure'), tx };
  const resolved = resolveKeys(chain, tx);
  if (!isResolved(resolved)) return { outcome: failedOutcome(resolved), tx };
  const ageErr = checkAge(chain, tx);
  if (ageErr) return { outcome: failedOutcome(ageErr), tx };
  return { outcome: runSimulation(chain, tx, sigVerify), tx };
}

function runSimulation(chain: LocalChain, tx: WireTransaction, sigVerify: boolean): Outcome {
  // LiteSVM's sigverify switch is global; this call is synchronous, so no other request sees it.
  chain.svm.withSigverify(sigVerify);
  try {
    const r = chain.svm.simulateTransaction(getTransactionDecoder().decode(tx.bytes));
    if (r instanceof FailedTransactionMetadata) return { err: txErrorFromLiteSvm(r.err()), ...fromMeta(r.meta()), postAccounts: new Map() };
    const postAccounts = new Map<string, ChainAccount>();
    for (const a of r.postAccounts()) {
      postAccounts.set(a.address, { lamports: BigInt(a.lamports), data: a.data as Uint8Array, owner: a.programAddress, executable: a.executable });
    }
    return { err: null, ...fromMeta(r.meta()), postAccounts };
  } finally {
    chain.svm.withSigverify(true);
  }
}

function signatureFailure(): RpcError {
  return new RpcError(TRANSACTION_SIGNATURE_VERIFICATION_FAILURE, 'Transaction signature verification failure');
}

export interface SendOptions {
  skipPreflight?: boolean;
  /** Called with the reason when a transaction is accepted but cannot land (skipPreflight). */
  onDropped?: (signature: string, err: TxErrorJson) => void;
}

/**
 * sendTransaction: returns the signature. With preflight, a failing simulation
 * is the -32002 error carrying the simulation result (web3.js reads its logs).
 * Without it, a transaction that fails while executing lands with its error and
 * pays its fee; one that cannot be executed at all (expired blockhash, no funds
 * for the fee) is dropped, and its signature never gets a status — as on a
 * real cluster, where the client then sees the blockhash expire.
 */
export function send(chain: LocalChain, bytes: Uint8Array, opts: SendOptions = {}): string {
  chain.tick();
  const tx = decodeWire(bytes);
  if (tx.unsigned.some(Boolean)) throw signatureFailure();
  const signature = tx.signatures[0]!;
  const resolvedOrErr = resolveKeys(chain, tx);
  const preErr: TxErrorJson | null = isResolved(resolvedOrErr)
    ? (checkAge(chain, tx) ?? (chain.history.get(signature) ? 'AlreadyProcessed' : null))
    : resolvedOrErr;
  if (!opts.skipPreflight) {
    const outcome = preErr ? failedOutcome(preErr) : runSimulation(chain, tx, true);
    if (outcome.err === 'SignatureFailure') throw signatureFailure();
    if (outcome.err) {
      throw new RpcError(SEND_TRANSACTION_PREFLIGHT_FAILURE, `Transaction simulation failed: ${describeTxError(outcome.err)}`, simulationValue(outcome));
    }
  }
  if (preErr || !isResolved(resolvedOrErr)) {
    opts.onDropped?.(signature, preErr ?? 'SanitizeFailure');
    return signature;
  }
  execute(chain, tx, resolvedOrErr, opts);
  return signature;
}

function tokenBalances(chain: LocalChain, keys: string[], accounts: (ChainAccount | null)[]): TokenBalance[] {
  const out: TokenBalance[] = [];
  accounts.forEach((a, accountIndex) => {
    const token = a ? decodeTokenAccount(a.owner, a.data) : null;
    const decimals = token ? chain.mintDecimals(token.mint) : null;
    if (!a || !token || decimals === null) return;
    out.push({ accountIndex, mint: token.mint, owner: token.owner, programId: a.owner, uiTokenAmount: uiTokenAmount(token.amount, decimals) });
  });
  return out;
}

/** The `memo` field of getSignaturesForAddress: "[len] text" per memo instruction, joined by "; ". */
function memoOf(tx: WireTransaction): string | null {
  const memos = tx.instructions
    .filter((ix) => MEMO_PROGRAM_IDS.has(tx.staticKeys[ix.programIdIndex] ?? ''))
    .map((ix) => {
      const text = new TextDecoder().decode(ix.data);
      return `[${Buffer.byteLength(text)}] ${text}`;
    });
  return memos.length ? memos.join('; ') : null;
}

function sameAccount(a: ChainAccount | null, b: ChainAccount | null): boolean {
  if (!a || !b) return a === b;
  return a.lamports === b.lamports && a.owner === b.owner && a.executable === b.executable && Buffer.compare(a.data, b.data) === 0;
}

function execute(chain: LocalChain, tx: WireTransaction, resolved: ResolvedKeys, opts: SendOptions): void {
  const signature = tx.signatures[0]!;
  const { keys } = resolved;
  const pre = keys.map((k) => chain.account(k));
  const r = chain.svm.sendTransaction(getTransactionDecoder().decode(tx.bytes));
  const post = keys.map((k) => chain.account(k));
  const failed = r instanceof FailedTransactionMetadata;
  const err = failed ? txErrorFromLiteSvm(r.err()) : null;
  if (err === 'SignatureFailure') throw signatureFailure();
  // A failed transaction landed if it paid its fee; otherwise LiteSVM dropped it.
  const landed = !failed || pre[0]?.lamports !== post[0]?.lamports;
  if (!landed) {
    opts.onDropped?.(signature, err!);
    return;
  }
  const meta = fromMeta(failed ? r.meta() : r);
  const clock = chain.clock();
  const record: TxRecord = {
    signature,
    slot: chain.slot,
    blockTime: clock.unixTimestamp,
    wire: Buffer.from(tx.bytes).toString('base64'),
    version: tx.version,
    err,
    fee: feeFor(tx).toString(),
    preBalances: pre.map((a) => (a?.lamports ?? 0n).toString()),
    postBalances: post.map((a) => (a?.lamports ?? 0n).toString()),
    preTokenBalances: tokenBalances(chain, keys, pre),
    postTokenBalances: tokenBalances(chain, keys, post),
    logMessages: meta.logs,
    innerInstructions: meta.innerInstructions,
    computeUnitsConsumed: meta.unitsConsumed,
    returnData: meta.returnData,
    loadedAddresses: resolved.loaded,
    accountKeys: keys,
    memo: memoOf(tx),
    unitPrice: computeBudget(tx).unitPrice.toString(),
    writableKeys: keys.filter((_, i) => resolved.writable[i]),
  };
  const changed: ChangedAccount[] = [];
  keys.forEach((k, i) => {
    if (resolved.writable[i] && !sameAccount(pre[i]!, post[i]!)) changed.push({ address: k, account: post[i]! });
  });
  chain.record(record, changed);
}
