/**
 * Packs instruction groups into as few transactions as fit. A group (e.g.
 * "create the ATA, then claim") never splits. A transaction fits when its
 * serialized v0 form, with the two compute-budget instructions the transaction
 * helper adds and empty signatures, is at most 1,232 bytes (the packet limit),
 * and its estimated compute stays under the per-transaction ceiling with room
 * to spare (the helper simulates each one anyway).
 */
import { PublicKey, TransactionMessage, VersionedTransaction, type TransactionInstruction } from '@solana/web3.js';
import { computeBudgetInstructions, MAX_COMPUTE_UNIT_LIMIT } from '@/lib/tx/computeBudget';

/** Largest serialized transaction (IPv6 MTU minus headers). */
export const MAX_TRANSACTION_BYTES = 1_232;
/** Compute the packer plans for, below the 1.4M ceiling. */
export const PACK_COMPUTE_BUDGET = 1_000_000;

/** A placeholder blockhash: only the message size matters here. */
const SIZE_BLOCKHASH = PublicKey.default.toBase58();

/** Serialized size of a transaction holding `instructions` plus the helper's compute-budget instructions. */
export function transactionSize(payer: PublicKey, instructions: readonly TransactionInstruction[]): number {
  const message = new TransactionMessage({
    payerKey: payer,
    recentBlockhash: SIZE_BLOCKHASH,
    instructions: [...computeBudgetInstructions({ units: MAX_COMPUTE_UNIT_LIMIT, microLamports: 1 }), ...instructions],
  }).compileToV0Message();
  return new VersionedTransaction(message).serialize().length;
}

export interface PackGroup {
  instructions: TransactionInstruction[];
  /** Estimated compute units of the group. */
  units: number;
}

export interface PackOptions {
  payer: PublicKey;
  groups: readonly PackGroup[];
  maxBytes?: number;
  maxUnits?: number;
}

/** Groups in order, greedily filled; throws if one group alone does not fit. */
export function packGroups({ payer, groups, maxBytes = MAX_TRANSACTION_BYTES, maxUnits = PACK_COMPUTE_BUDGET }: PackOptions): TransactionInstruction[][] {
  const out: TransactionInstruction[][] = [];
  let current: TransactionInstruction[] = [];
  let units = 0;
  const fits = (instructions: TransactionInstruction[], u: number) => {
    if (u > maxUnits) return false;
    try {
      return transactionSize(payer, instructions) <= maxBytes;
    } catch {
      // web3.js throws when the message itself cannot be encoded (too many keys).
      return false;
    }
  };
  for (const group of groups) {
    const next = [...current, ...group.instructions];
    if (current.length > 0 && fits(next, units + group.units)) {
      current = next;
      units += group.units;
      continue;
    }
    if (current.length > 0) out.push(current);
    if (!fits(group.instructions, group.units)) throw new Error('packGroups: one instruction group does not fit in a transaction');
    current = [...group.instructions];
    units = group.units;
  }
  if (current.length > 0) out.push(current);
  return out;
}
