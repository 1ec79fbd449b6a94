/**
 * The one error type the portal shows. `code` is `<domain>:<detail>`:
 *
 * - `program:<program>:<ErrorName>`: a program's `Custom(n)` decoded through its
 *   registered table (`program:probe:MathOverflow`, `program:spl-token:InsufficientFunds`);
 *   unregistered programs give `program:<address>:Custom(n)`.
 * - `instruction:<InstructionError>`: a runtime instruction error
 *   (`instruction:MissingRequiredSignature`).
 * - `transaction:<TransactionError>`: rejected before any instruction ran
 *   (`transaction:InsufficientFundsForFee`).
 * - `wallet:*`, `rpc:*`, `config:*` as listed below.
 */
export type KeelErrorCode =
  | `program:${string}:${string}`
  | `instruction:${string}`
  | `transaction:${string}`
  | 'wallet:rejected'
  | 'wallet:not-connected'
  | 'wallet:unsupported'
  | 'wallet:error'
  | 'rpc:blockhash-expired'
  | 'rpc:confirm-timeout'
  | 'rpc:unavailable'
  | 'rpc:error'
  | 'config:invalid-env'
  | 'config:invalid-url'
  | 'config:not-deployed'
  | 'unknown';

export type KeelErrorDomain = 'program' | 'instruction' | 'transaction' | 'wallet' | 'rpc' | 'config' | 'unknown';

export interface KeelErrorOptions {
  cause?: unknown;
  /** Program logs from simulation or the confirmed transaction. */
  logs?: string[];
  /** Set when the transaction reached the chain (failed after sending). */
  signature?: string;
  details?: Record<string, unknown>;
}

export class KeelError extends Error {
  override readonly name = 'KeelError';
  readonly code: KeelErrorCode;
  readonly logs: string[];
  readonly signature: string | undefined;
  readonly details: Record<string, unknown>;

  constructor(code: KeelErrorCode, message: string, options: KeelErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.logs = options.logs ?? [];
    this.signature = options.signature;
    this.details = options.details ?? {};
  }

  get domain(): KeelErrorDomain {
    return this.code.split(':')[0] as KeelErrorDomain;
  }

  /** A copy with logs or a signature attached, keeping code and message. */
  with(extra: Pick<KeelErrorOptions, 'logs' | 'signature'>): KeelError {
    return new KeelError(this.code, this.message, {
      cause: this.cause,
      logs: extra.logs ?? this.logs,
      signature: extra.signature ?? this.signature,
      details: this.details,
    });
  }

  static is(value: unknown): value is KeelError {
    return value instanceof KeelError;
  }
}
