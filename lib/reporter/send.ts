/**
 * The reporter over JSON-RPC: reads with `getMultipleAccounts`, lists a
 * config's makers with `getProgramAccounts`, and sends each batch with
 * retries.
 *
 * Why a retry can never pay twice: every attempt of a batch carries the same
 * `record_fills` sequence, and the program refuses a sequence at or below the
 * last accepted one (`StaleSequence`). So at most one attempt lands. What the
 * sender must get right is *which* outcome it reports when an attempt's fate
 * was unknown (the RPC dropped the connection after forwarding it, the
 * confirmation timed out): after every failed attempt (before a retry, and
 * when a retry is refused) it asks for the status of every signature it sent
 * for this batch; one that landed without error means the batch is recorded,
 * whatever the last attempt said.
 *
 * Transient failures (the `rpc:*` codes of `lib/errors`: unreachable,
 * expired blockhash, unconfirmed; or an unknown throw) are retried with
 * backoff; a program's refusal (`program:makers:*`, `instruction:*`,
 * `transaction:*`) is final: the same transaction would fail again.
 */
import bs58 from 'bs58';
import { type Commitment, type Connection, type Keypair, PublicKey, Transaction, type TransactionInstruction } from '@solana/web3.js';
import { decodeTransactionError, type KeelError, toKeelError } from '@/lib/errors';
import { landed } from '@/lib/keeper/send';
import { makerAccountFilters, readMaker } from '@/lib/programs/makers';
import type { ReporterChain, SendOutcome } from './chain';

/** The calls the reporter makes; a wrapped Connection in tests (a dropped response, a refused send). */
export type ReporterConnection = Pick<
  Connection,
  'getLatestBlockhash' | 'sendRawTransaction' | 'getSignatureStatuses' | 'getBlockHeight' | 'getMultipleAccountsInfo' | 'getProgramAccounts'
>;

export interface RpcSendOptions {
  commitment?: Commitment;
  /** Attempts after the first (default 3). */
  retries?: number;
  /** Wait before the first retry, doubled for each next one (default 500 ms). */
  backoffMs?: number;
}

const DEFAULT_RETRIES = 3;
const DEFAULT_BACKOFF_MS = 500;

/** Whether a failure may pass on its own (worth the same batch again). */
export function isTransient(error: KeelError): boolean {
  return error.domain === 'rpc' || error.domain === 'unknown';
}

export function rpcReporterChain(connection: ReporterConnection, reporter: Keypair, options: RpcSendOptions = {}): ReporterChain {
  const commitment = options.commitment ?? 'confirmed';
  return {
    async read(addresses) {
      const infos = await connection.getMultipleAccountsInfo([...addresses], commitment);
      return infos.map((info) => (info ? new Uint8Array(info.data) : null));
    },
    send: (instructions) => sendWithRetries(connection, reporter, instructions, options),
    async listMakers(config, programId) {
      const accounts = await connection.getProgramAccounts(programId, { commitment, filters: makerAccountFilters(config.toBase58()) });
      return accounts.map(({ account }) => new PublicKey(readMaker(account.data).wallet));
    },
  };
}

export async function sendWithRetries(
  connection: ReporterConnection,
  reporter: Keypair,
  instructions: TransactionInstruction[],
  options: RpcSendOptions = {},
): Promise<SendOutcome> {
  const commitment = options.commitment ?? 'confirmed';
  const retries = options.retries ?? DEFAULT_RETRIES;
  const backoff = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const ctx = { programIds: instructions.map((ix) => ix.programId) };
  const sent: string[] = [];
  for (let attempt = 1; ; attempt++) {
    const result = await sendOnce(connection, reporter, instructions, commitment, ctx, sent);
    if (result.ok) return { ok: true, signature: result.signature, attempts: attempt };
    // This attempt (its response lost) or an earlier one may have landed after
    // all; a refusal of a retry as StaleSequence is how the latter usually shows.
    const landedOne = await firstLanded(connection, sent);
    if (landedOne) {
      const note = landedOne === sent.at(-1) ? 'its response was lost but it had landed' : 'an earlier attempt had landed';
      return { ok: true, signature: landedOne, attempts: attempt, note };
    }
    if (!isTransient(result.error) || attempt > retries) return { ok: false, error: result.error, attempts: attempt };
    await new Promise((r) => setTimeout(r, backoff * 2 ** (attempt - 1)));
  }
}

type Attempt = { ok: true; signature: string } | { ok: false; error: KeelError };

/** One attempt: fresh blockhash, signed, sent with preflight, confirmed. Its signature goes into `sent` before it is sent. */
async function sendOnce(
  connection: ReporterConnection,
  reporter: Keypair,
  instructions: TransactionInstruction[],
  commitment: Commitment,
  ctx: { programIds: PublicKey[] },
  sent: string[],
): Promise<Attempt> {
  try {
    const { blockhash, lastValidBlockHeight } = await connection.getLatestBlockhash(commitment);
    const tx = new Transaction({ feePayer: reporter.publicKey, blockhash, lastValidBlockHeight }).add(...instructions);
    tx.sign(reporter);
    const signature = bs58.encode(tx.signature!);
    sent.push(signature);
    await connection.sendRawTransaction(tx.serialize(), { preflightCommitment: commitment });
    const err = await landed(connection, signature, lastValidBlockHeight, commitment);
    return err === null ? { ok: true, signature } : { ok: false, error: decodeTransactionError(err, { ...ctx, signature }) };
  } catch (e) {
    return { ok: false, error: toKeelError(e, ctx) };
  }
}

/** The first of `signatures` that landed without error, if any. */
async function firstLanded(connection: ReporterConnection, signatures: string[]): Promise<string | null> {
  if (signatures.length === 0) return null;
  try {
    const statuses = (await connection.getSignatureStatuses(signatures, { searchTransactionHistory: true })).value;
    const i = statuses.findIndex((s) => s !== null && s.err === null && s.confirmationStatus !== undefined);
    return i < 0 ? null : signatures[i]!;
  } catch {
    return null;
  }
}
