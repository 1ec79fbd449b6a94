/**
 * Packs targets into transactions that fit: as many (position, staker) pairs
 * per instruction as the wire format allows (1232 bytes) and the program takes
 * (`MAX_CRANK_POSITIONS` for the crank). Without lookup tables each pair costs
 * two 32-byte keys, so about 15 fit, well under the program's limit.
 */
import { PACKET_DATA_SIZE, PublicKey, Transaction, type TransactionInstruction } from '@solana/web3.js';

/** Any 32 bytes do for sizing: the blockhash is a fixed-size field. */
const SIZING_BLOCKHASH = PublicKey.default.toBase58();
const SIGNATURE_BYTES = 64;

/** Bytes of a legacy transaction with one instruction, signed by `feePayer` alone. */
export function transactionSize(feePayer: PublicKey, instructions: readonly TransactionInstruction[]): number {
  const tx = new Transaction({ feePayer, recentBlockhash: SIZING_BLOCKHASH }).add(...instructions);
  // Compact-u16 signature count (1 byte for one signer) + signatures + message.
  return 1 + SIGNATURE_BYTES + tx.serializeMessage().length;
}

/**
 * Greedy, in order: grows each batch while the transaction still fits and the
 * instruction still takes more; `build` makes the instruction for one batch.
 * Throws if a single target does not fit (a builder bug, not a data problem).
 */
export function packBatches<T>(
  targets: readonly T[],
  build: (batch: T[]) => TransactionInstruction,
  feePayer: PublicKey,
  maxPerInstruction: number = Number.POSITIVE_INFINITY,
  limit: number = PACKET_DATA_SIZE,
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  for (const target of targets) {
    const next = [...current, target];
    if (next.length <= maxPerInstruction && transactionSize(feePayer, [build(next)]) <= limit) {
      current = next;
      continue;
    }
    if (current.length === 0) throw new Error('one position does not fit a transaction');
    batches.push(current);
    current = [target];
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
