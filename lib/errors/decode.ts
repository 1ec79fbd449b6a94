import type { PublicKey } from '@solana/web3.js';
import './builtin-programs';
import './keel-programs';
import { KeelError } from './keel-error';
import { programErrorTable } from './registry';
import { humanizeErrorName, INSTRUCTION_ERRORS, TRANSACTION_ERRORS } from './runtime-errors';

/** What the decoder knows about the transaction that failed. */
export interface DecodeContext {
  /** Program id of each instruction, in the order sent (compute-budget ones included). */
  programIds?: readonly PublicKey[];
  logs?: readonly string[];
  signature?: string;
}

function options(ctx: DecodeContext, cause: unknown, details: Record<string, unknown> = {}) {
  return { cause, logs: ctx.logs ? [...ctx.logs] : undefined, signature: ctx.signature, details };
}

/** The program id that failed: from the instruction index, else from the last "failed" log line. */
function failingProgram(ctx: DecodeContext, index: number): string | undefined {
  const fromIndex = ctx.programIds?.[index];
  if (fromIndex) return fromIndex.toBase58();
  const failed = [...(ctx.logs ?? [])].reverse().find((line) => / failed: /.test(line));
  return failed?.match(/^Program (\w+) failed: /)?.[1];
}

function decodeCustom(code: number, index: number, ctx: DecodeContext, cause: unknown): KeelError {
  const programId = failingProgram(ctx, index);
  const table = programId ? programErrorTable(programId) : undefined;
  const entry = table?.errors[code];
  const details = { instructionIndex: index, programId, customCode: code };
  if (table && entry) {
    return new KeelError(`program:${table.name}:${entry.name}`, entry.message, options(ctx, cause, { ...details, program: table.name }));
  }
  const who = table?.label ?? (programId ? `Program ${programId}` : 'The program');
  return new KeelError(
    `program:${table?.name ?? programId ?? 'unknown'}:Custom(${code})`,
    `${who} failed with error ${code} (0x${code.toString(16)}) in instruction ${index + 1}.`,
    options(ctx, cause, details),
  );
}

function decodeInstructionError(index: number, inner: unknown, ctx: DecodeContext, cause: unknown): KeelError {
  if (typeof inner === 'object' && inner !== null) {
    const [name, value] = Object.entries(inner)[0] ?? [];
    if (name === 'Custom' && typeof value === 'number') return decodeCustom(value, index, ctx, cause);
    if (name) inner = name; // e.g. { BorshIoError: "..." }
  }
  const name = typeof inner === 'string' ? inner : 'GenericError';
  const sentence = INSTRUCTION_ERRORS[name]?.sentence ?? humanizeErrorName(name);
  return new KeelError(`instruction:${name}`, sentence, options(ctx, cause, { instructionIndex: index, programId: failingProgram(ctx, index) }));
}

/**
 * Decodes the JSON `TransactionError` an RPC returns in `simulateTransaction`'s
 * or `getSignatureStatuses`' `err`: `"BlockhashNotFound"`,
 * `{ InstructionError: [2, { Custom: 6001 }] }`,
 * `{ InstructionError: [0, "MissingRequiredSignature"] }`,
 * `{ InsufficientFundsForRent: { account_index: 1 } }`.
 */
export function decodeTransactionError(err: unknown, ctx: DecodeContext = {}): KeelError {
  if (typeof err === 'string') {
    if (err === 'BlockhashNotFound') {
      return new KeelError('rpc:blockhash-expired', TRANSACTION_ERRORS.BlockhashNotFound!, options(ctx, err));
    }
    return new KeelError(`transaction:${err}`, TRANSACTION_ERRORS[err] ?? humanizeErrorName(err), options(ctx, err));
  }
  if (typeof err === 'object' && err !== null) {
    const [name, value] = Object.entries(err)[0] ?? [];
    if (name === 'InstructionError' && Array.isArray(value) && typeof value[0] === 'number') {
      return decodeInstructionError(value[0], value[1], ctx, err);
    }
    if (name) {
      return new KeelError(`transaction:${name}`, TRANSACTION_ERRORS[name] ?? humanizeErrorName(name), options(ctx, err, { value }));
    }
  }
  return new KeelError('unknown', 'The transaction failed.', options(ctx, err));
}

/**
 * Preflight failures from `sendRawTransaction` arrive as text only:
 * "Transaction simulation failed: Error processing Instruction 1: custom program error: 0x1771".
 */
function decodeMessageText(message: string, ctx: DecodeContext, cause: unknown): KeelError | undefined {
  const custom = message.match(/Error processing Instruction (\d+): custom program error: 0x([0-9a-f]+)/i);
  if (custom) return decodeCustom(parseInt(custom[2]!, 16), Number(custom[1]), ctx, cause);
  const ix = message.match(/Error processing Instruction (\d+): (.+?)\.?$/m);
  if (ix) {
    const text = ix[2]!.toLowerCase();
    const name = Object.entries(INSTRUCTION_ERRORS).find(([, e]) => text.startsWith(e.display.toLowerCase()))?.[0];
    if (name) return decodeInstructionError(Number(ix[1]), name, ctx, cause);
  }
  if (/blockhash not found/i.test(message)) return decodeTransactionError('BlockhashNotFound', { ...ctx });
  if (/insufficient funds for fee/i.test(message)) return decodeTransactionError('InsufficientFundsForFee', ctx);
  if (/Attempt to debit an account but found no record of a prior credit/i.test(message)) {
    return decodeTransactionError('AccountNotFound', ctx);
  }
  return undefined;
}

const REJECTION = /reject|denied|declin|cancel|disapprov/i;

function errorCode(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'code' in value ? (value as { code: unknown }).code : undefined;
}

/**
 * Turns anything thrown while building, signing, sending or confirming into a
 * KeelError. Wallet-adapter errors are `Wallet*Error` with the wallet's own
 * error under `.error` (EIP-1193 style code 4001 for "user rejected").
 */
export function toKeelError(error: unknown, ctx: DecodeContext = {}): KeelError {
  if (KeelError.is(error)) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  const inner = typeof error === 'object' && error !== null && 'error' in error ? (error as { error: unknown }).error : undefined;
  const innerMessage = inner instanceof Error ? inner.message : typeof inner === 'string' ? inner : '';

  if (name.startsWith('Wallet') || errorCode(error) === 4001 || errorCode(inner) === 4001) {
    if (name === 'WalletNotConnectedError') {
      return new KeelError('wallet:not-connected', 'Connect a wallet first.', options(ctx, error));
    }
    if (errorCode(error) === 4001 || errorCode(inner) === 4001 || REJECTION.test(message) || REJECTION.test(innerMessage)) {
      return new KeelError('wallet:rejected', 'You rejected the request in your wallet.', options(ctx, error));
    }
    return new KeelError('wallet:error', `Your wallet reported an error: ${innerMessage || message || name}.`, options(ctx, error));
  }
  if (name === 'TransactionExpiredBlockheightExceededError') {
    return new KeelError('rpc:blockhash-expired', 'The transaction expired before it was confirmed; try again.', options(ctx, error));
  }
  if (name === 'TransactionExpiredTimeoutError') {
    return new KeelError('rpc:confirm-timeout', 'The transaction was not confirmed in time; check the explorer before retrying.', options(ctx, error));
  }
  const logs = ctx.logs ?? (typeof error === 'object' && error !== null && 'logs' in error ? (error as { logs?: string[] }).logs : undefined);
  const decoded = decodeMessageText(message, { ...ctx, logs }, error);
  if (decoded) return decoded;
  if (/failed to fetch|fetch failed|ECONNREFUSED|NetworkError|network request failed/i.test(message)) {
    return new KeelError('rpc:unavailable', 'The RPC endpoint is unreachable; is the chain running?', options(ctx, error));
  }
  if (name === 'SendTransactionError' || name === 'SolanaJSONRPCError') {
    return new KeelError('rpc:error', message, options({ ...ctx, logs }, error));
  }
  return new KeelError('unknown', message || 'Something went wrong.', options(ctx, error));
}
