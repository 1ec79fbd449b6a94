/**
 * Sending transactions to a LiteSVM and reading the outcome in one shape:
 * logs, compute units and return data on success; the error (with the
 * instruction index and, for programs, `Custom(n)`) on failure.
 */
import {
  type AccountMeta,
  AccountRole,
  type Address,
  appendTransactionMessageInstructions,
  createTransactionMessage,
  getAddressDecoder,
  type Instruction,
  pipe,
  setTransactionMessageFeePayerSigner,
  signTransactionMessageWithSigners,
  type TransactionSigner,
} from '@solana/kit';
import { FailedTransactionMetadata, type LiteSVM, type TransactionMetadata } from 'litesvm';

/** InstructionError names in the order of LiteSVM's `InstructionErrorFieldless`. */
export const INSTRUCTION_ERRORS = [
  'GenericError', 'InvalidArgument', 'InvalidInstructionData', 'InvalidAccountData', 'AccountDataTooSmall',
  'InsufficientFunds', 'IncorrectProgramId', 'MissingRequiredSignature', 'AccountAlreadyInitialized',
  'UninitializedAccount', 'UnbalancedInstruction', 'ModifiedProgramId', 'ExternalAccountLamportSpend',
  'ExternalAccountDataModified', 'ReadonlyLamportChange', 'ReadonlyDataModified', 'DuplicateAccountIndex',
  'ExecutableModified', 'RentEpochModified', 'NotEnoughAccountKeys', 'AccountDataSizeChanged',
  'AccountNotExecutable', 'AccountBorrowFailed', 'AccountBorrowOutstanding', 'DuplicateAccountOutOfSync',
  'InvalidError', 'ExecutableDataModified', 'ExecutableLamportChange', 'ExecutableAccountNotRentExempt',
  'UnsupportedProgramId', 'CallDepth', 'MissingAccount', 'ReentrancyNotAllowed', 'MaxSeedLengthExceeded',
  'InvalidSeeds', 'InvalidRealloc', 'ComputationalBudgetExceeded', 'PrivilegeEscalation',
  'ProgramEnvironmentSetupFailure', 'ProgramFailedToComplete', 'ProgramFailedToCompile', 'Immutable',
  'IncorrectAuthority', 'AccountNotRentExempt', 'InvalidAccountOwner', 'ArithmeticOverflow',
  'UnsupportedSysvar', 'IllegalOwner', 'MaxAccountsDataAllocationsExceeded', 'MaxAccountsExceeded',
  'MaxInstructionTraceLengthExceeded', 'BuiltinProgramsMustConsumeComputeUnits', 'BorshIoError',
] as const;

export interface TxSuccess {
  ok: true;
  logs: string[];
  computeUnits: number;
  /** Return data of the transaction (last set), empty if none. */
  returnData: Uint8Array;
  /** Program that set the return data. */
  returnProgram: Address | null;
}

export interface TxFailure {
  ok: false;
  /**
   * `InvalidArgument`, `Custom(3)`, ... for an instruction error; the
   * transaction error's text otherwise.
   */
  error: string;
  /** Failing instruction (0-based), null for a transaction-level error. */
  instructionIndex: number | null;
  /** The custom code of a `Custom(n)` error. */
  customCode: number | null;
  logs: string[];
  computeUnits: number;
}

export type TxResult = TxSuccess | TxFailure;

/** A LiteSVM success as a `TxSuccess` (also used by `web3.ts`). */
export function toTxSuccess(meta: TransactionMetadata): TxSuccess {
  const returned = meta.returnData();
  const data = new Uint8Array(returned.data());
  const programId = returned.programId();
  return {
    ok: true,
    logs: meta.logs(),
    computeUnits: Number(meta.computeUnitsConsumed()),
    returnData: data,
    returnProgram: data.length ? getAddressDecoder().decode(programId) : null,
  };
}

/** A LiteSVM failure as a `TxFailure`, instruction errors named (also used by `web3.ts`). */
export function toTxFailure(failed: FailedTransactionMetadata): TxFailure {
  const meta = failed.meta();
  const err = failed.err();
  let error = String(err);
  let instructionIndex: number | null = null;
  let customCode: number | null = null;
  if (typeof err === 'object' && err !== null && 'index' in err && typeof (err as { err?: unknown }).err === 'function') {
    const ix = err as { index: number; err(): unknown };
    instructionIndex = ix.index;
    const inner = ix.err();
    if (typeof inner === 'number') {
      error = INSTRUCTION_ERRORS[inner] ?? `InstructionError(${inner})`;
    } else if (typeof inner === 'object' && inner !== null && 'code' in inner) {
      customCode = Number((inner as { code: number }).code);
      error = `Custom(${customCode})`;
    } else if (typeof inner === 'object' && inner !== null && 'msg' in inner) {
      error = `BorshIoError(${(inner as { msg: string }).msg})`;
    }
  }
  return { ok: false, error, instructionIndex, customCode, logs: meta.logs(), computeUnits: Number(meta.computeUnitsConsumed()) };
}

/**
 * Signs (fee payer + every `TransactionSigner` in the metas) and sends one
 * transaction. A fresh blockhash each time, so repeating an identical
 * transaction is not rejected as already processed.
 */
export async function send(svm: LiteSVM, payer: TransactionSigner, instructions: Instruction[]): Promise<TxResult> {
  svm.expireBlockhash();
  const tx = await pipe(
    createTransactionMessage({ version: 0 }),
    (m) => setTransactionMessageFeePayerSigner(payer, m),
    (m) => svm.setTransactionMessageLifetimeUsingLatestBlockhash(m),
    (m) => appendTransactionMessageInstructions(instructions, m),
    (m) => signTransactionMessageWithSigners(m),
  );
  const result = svm.sendTransaction(tx);
  return result instanceof FailedTransactionMetadata ? toTxFailure(result) : toTxSuccess(result);
}

/** Like `send`, without changing state. */
export async function simulate(svm: LiteSVM, payer: TransactionSigner, instructions: Instruction[]): Promise<TxResult> {
  const tx = await pipe(
    createTransactionMessage({ version: 0 }),
    (m) => setTransactionMessageFeePayerSigner(payer, m),
    (m) => svm.setTransactionMessageLifetimeUsingLatestBlockhash(m),
    (m) => appendTransactionMessageInstructions(instructions, m),
    (m) => signTransactionMessageWithSigners(m),
  );
  const result = svm.simulateTransaction(tx);
  return result instanceof FailedTransactionMetadata ? toTxFailure(result) : toTxSuccess(result.meta());
}

/** The success, or a thrown error showing the failure and its logs. */
export function expectSuccess(result: TxResult): TxSuccess {
  if (!result.ok) {
    throw new Error(`transaction failed: ${result.error} (instruction ${result.instructionIndex})\n${result.logs.join('\n')}`);
  }
  return result;
}

/** The failure, or a thrown error if the transaction succeeded. */
export function expectFailure(result: TxResult): TxFailure {
  if (result.ok) throw new Error(`transaction succeeded, expected a failure\n${result.logs.join('\n')}`);
  return result;
}

/** Copy of `instruction` with account `index` given another role (and no signer attached). */
export function withRole(instruction: Instruction, index: number, role: AccountRole): Instruction {
  const accounts = [...(instruction.accounts ?? [])];
  const meta = accounts[index];
  if (!meta) throw new Error(`instruction has no account ${index}`);
  accounts[index] = { address: meta.address, role } as AccountMeta;
  return { ...instruction, accounts };
}

/** Copy of `instruction` with account `index` replaced by `address` (same role, no signer). */
export function withAccount(instruction: Instruction, index: number, address: Address): Instruction {
  const accounts = [...(instruction.accounts ?? [])];
  const meta = accounts[index];
  if (!meta) throw new Error(`instruction has no account ${index}`);
  accounts[index] = { address, role: meta.role } as AccountMeta;
  return { ...instruction, accounts };
}

/** Copy of `instruction` keeping only its first `count` accounts. */
export function withAccountCount(instruction: Instruction, count: number): Instruction {
  return { ...instruction, accounts: (instruction.accounts ?? []).slice(0, count) };
}

/** Copy of `instruction` with other data. */
export function withData(instruction: Instruction, data: Uint8Array): Instruction {
  return { ...instruction, data };
}

/** `Program data:` lines of the logs, each decoded into its base64 parts. */
export function events(logs: string[]): Uint8Array[][] {
  return logs
    .filter((l) => l.startsWith('Program data: '))
    .map((l) => l.slice('Program data: '.length).split(' ').map((part) => new Uint8Array(Buffer.from(part, 'base64'))));
}

export { AccountRole };
