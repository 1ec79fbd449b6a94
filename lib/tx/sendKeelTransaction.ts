import {
  ComputeBudgetProgram,
  TransactionMessage,
  VersionedTransaction,
  type AddressLookupTableAccount,
  type Commitment,
  type Connection,
  type PublicKey,
  type Signer,
  type TransactionInstruction,
} from '@solana/web3.js';
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { ClusterConfig } from '@/lib/config/cluster';
import { decodeTransactionError, toKeelError } from '@/lib/errors/decode';
import { KeelError } from '@/lib/errors/keel-error';
import { accountQueryKey } from '@/lib/solana/query-keys';
import {
  computeBudgetInstructions,
  DEFAULT_PRIORITY_FEE_POLICY,
  deriveComputeUnitLimit,
  derivePriorityFee,
  MAX_COMPUTE_UNIT_LIMIT,
  type PriorityFeePolicy,
} from './computeBudget';
import { explorerUrl } from './explorer';
import type { KeelSigner } from './signer';

export type TxProgress =
  | { stage: 'simulating' }
  | { stage: 'signing'; unitsConsumed: number; computeUnitLimit: number; priorityFeeMicroLamports: number }
  | { stage: 'sending' }
  | { stage: 'confirming'; signature: string; explorerUrl: string }
  | { stage: 'confirmed'; signature: string; explorerUrl: string };

export type TxStage = TxProgress['stage'];

export interface SendKeelTransactionOptions {
  connection: Connection;
  /** Fee payer and signer: a connected wallet-adapter wallet or `keypairSigner(kp)`. */
  wallet: KeelSigner;
  /** The caller's instructions; the helper adds the compute-budget ones in front. */
  instructions: readonly TransactionInstruction[];
  /** Extra signers, e.g. the keypair of an account being created. */
  signers?: readonly Signer[];
  /** Short verb phrase for toasts and errors: "Stake 100 KEEL". */
  label: string;
  /**
   * Query keys to refresh on success, besides the account-scoped keys of every
   * account the instructions write (done automatically when `cluster` is given).
   */
  invalidate?: readonly QueryKey[];
  queryClient?: QueryClient;
  /** For explorer links and query keys; defaults to a custom cluster at the connection's endpoint. */
  cluster?: Pick<ClusterConfig, 'id' | 'rpcUrl' | 'key'>;
  onProgress?: (progress: TxProgress) => void;
  priorityFee?: Partial<PriorityFeePolicy>;
  lookupTables?: readonly AddressLookupTableAccount[];
  commitment?: Commitment;
  /** Give up waiting for confirmation after this long (the chain may still land it). */
  confirmTimeoutMs?: number;
}

export interface SendKeelTransactionResult {
  signature: string;
  explorerUrl: string;
  slot: number;
  unitsConsumed: number;
  computeUnitLimit: number;
  priorityFeeMicroLamports: number;
  /** Simulation logs (the landed transaction's are on the explorer). */
  logs: string[];
}

const DEFAULT_CONFIRM_TIMEOUT_MS = 60_000;

function isComputeBudget(ix: TransactionInstruction): boolean {
  return ix.programId.equals(ComputeBudgetProgram.programId);
}

function writableAccounts(instructions: readonly TransactionInstruction[], payer: PublicKey): string[] {
  const set = new Set<string>([payer.toBase58()]);
  for (const ix of instructions) for (const meta of ix.keys) if (meta.isWritable) set.add(meta.pubkey.toBase58());
  return [...set];
}

async function recentPriorityFees(connection: Connection, accounts: PublicKey[]): Promise<number[]> {
  try {
    const fees = await connection.getRecentPrioritizationFees({ lockedWritableAccounts: accounts });
    return fees.map((f) => f.prioritizationFee);
  } catch {
    // Not every RPC serves this method; the fee floor applies then.
    return [];
  }
}

function buildTransaction(options: {
  payer: PublicKey;
  blockhash: string;
  instructions: readonly TransactionInstruction[];
  lookupTables: readonly AddressLookupTableAccount[];
}): VersionedTransaction {
  const message = new TransactionMessage({
    payerKey: options.payer,
    recentBlockhash: options.blockhash,
    instructions: [...options.instructions],
  }).compileToV0Message([...options.lookupTables]);
  return new VersionedTransaction(message);
}

function timeout(ms: number, signature: string): { promise: Promise<never>; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(
        new KeelError('rpc:confirm-timeout', `Not confirmed after ${Math.round(ms / 1000)} s; check the explorer before retrying.`, {
          signature,
        }),
      );
    }, ms);
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * Build → simulate → size compute budget → sign → send → confirm → invalidate.
 *
 * Simulation runs first with the maximum compute limit (so the default
 * 200k-per-instruction cap cannot fail it) and the chosen priority price; a
 * failure stops here and nothing is signed or sent. The landed transaction asks
 * for the simulated units + 10%. Every failure is thrown as a KeelError, with
 * program logs attached when there are any.
 */
export async function sendKeelTransaction(options: SendKeelTransactionOptions): Promise<SendKeelTransactionResult> {
  const {
    connection,
    wallet,
    label,
    signers = [],
    lookupTables = [],
    commitment = 'confirmed',
    onProgress,
    queryClient,
  } = options;
  const cluster = options.cluster ?? { id: 'custom' as const, rpcUrl: connection.rpcEndpoint, key: `custom:${connection.rpcEndpoint}` };
  // The helper owns the compute budget; a caller's own budget instructions would be duplicates.
  const instructions = options.instructions.filter((ix) => !isComputeBudget(ix));
  if (instructions.length === 0) throw new Error(`sendKeelTransaction(${label}): no instructions`);
  const payer = wallet.publicKey;
  const policy = { ...DEFAULT_PRIORITY_FEE_POLICY, ...options.priorityFee };
  const written = writableAccounts(instructions, payer);
  // Instruction i of the sent transaction is programIds[i]: the two budget ones come first.
  const programIds = [ComputeBudgetProgram.programId, ComputeBudgetProgram.programId, ...instructions.map((ix) => ix.programId)];

  onProgress?.({ stage: 'simulating' });
  let blockhash: Awaited<ReturnType<Connection['getLatestBlockhash']>>;
  let fees: number[];
  try {
    [blockhash, fees] = await Promise.all([
      connection.getLatestBlockhash(commitment),
      recentPriorityFees(connection, instructions.flatMap((ix) => ix.keys.filter((k) => k.isWritable).map((k) => k.pubkey))),
    ]);
  } catch (error) {
    throw toKeelError(error);
  }
  const priorityFeeMicroLamports = derivePriorityFee(fees, policy);

  const simulation = buildTransaction({
    payer,
    blockhash: blockhash.blockhash,
    instructions: [...computeBudgetInstructions({ units: MAX_COMPUTE_UNIT_LIMIT, microLamports: priorityFeeMicroLamports }), ...instructions],
    lookupTables,
  });
  let simulated: Awaited<ReturnType<Connection['simulateTransaction']>>;
  try {
    simulated = await connection.simulateTransaction(simulation, { sigVerify: false, replaceRecentBlockhash: true, commitment });
  } catch (error) {
    throw toKeelError(error, { programIds });
  }
  const logs = simulated.value.logs ?? [];
  if (simulated.value.err) {
    throw decodeTransactionError(simulated.value.err, { programIds, logs });
  }
  const unitsConsumed = simulated.value.unitsConsumed ?? 0;
  const computeUnitLimit = deriveComputeUnitLimit(unitsConsumed);

  onProgress?.({ stage: 'signing', unitsConsumed, computeUnitLimit, priorityFeeMicroLamports });
  const transaction = buildTransaction({
    payer,
    blockhash: blockhash.blockhash,
    instructions: [...computeBudgetInstructions({ units: computeUnitLimit, microLamports: priorityFeeMicroLamports }), ...instructions],
    lookupTables,
  });
  let signed: VersionedTransaction;
  try {
    signed = await wallet.signTransaction(transaction);
    if (signers.length > 0) signed.sign([...signers]);
  } catch (error) {
    throw toKeelError(error, { programIds, logs });
  }

  onProgress?.({ stage: 'sending' });
  let signature: string;
  try {
    signature = await connection.sendRawTransaction(signed.serialize(), { preflightCommitment: commitment, maxRetries: 5 });
  } catch (error) {
    throw toKeelError(error, { programIds });
  }
  const link = explorerUrl({ tx: signature }, cluster);

  onProgress?.({ stage: 'confirming', signature, explorerUrl: link });
  const limit = timeout(options.confirmTimeoutMs ?? DEFAULT_CONFIRM_TIMEOUT_MS, signature);
  let slot: number;
  try {
    const confirmation = await Promise.race([
      connection.confirmTransaction(
        { signature, blockhash: blockhash.blockhash, lastValidBlockHeight: blockhash.lastValidBlockHeight },
        commitment,
      ),
      limit.promise,
    ]);
    slot = confirmation.context.slot;
    if (confirmation.value.err) {
      const landed = await connection
        .getTransaction(signature, { commitment: 'confirmed', maxSupportedTransactionVersion: 0 })
        .catch(() => null);
      throw decodeTransactionError(confirmation.value.err, { programIds, signature, logs: landed?.meta?.logMessages ?? [] });
    }
  } catch (error) {
    const keelError = toKeelError(error, { programIds, signature });
    throw keelError.signature ? keelError : keelError.with({ signature });
  } finally {
    limit.cancel();
  }

  if (queryClient) {
    const keys = [...(options.invalidate ?? []), ...(options.cluster ? written.map((a) => accountQueryKey(cluster, a)) : [])];
    await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
  }
  onProgress?.({ stage: 'confirmed', signature, explorerUrl: link });
  return { signature, explorerUrl: link, slot, unitsConsumed, computeUnitLimit, priorityFeeMicroLamports, logs };
}
