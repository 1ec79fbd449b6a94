/**
 * Transaction fees as the runtime charges them: 5,000 lamports per signature
 * plus the priority fee, ceil(compute-unit price (micro-lamports) × compute-unit
 * limit / 1,000,000). Matches what LiteSVM deducts (checked in the RPC tests by
 * the fee payer's balance).
 */
import type { WireTransaction } from './wire';

export const LAMPORTS_PER_SIGNATURE = 5_000n;
const COMPUTE_BUDGET_PROGRAM = 'ComputeBudget111111111111111111111111111111';
const DEFAULT_UNITS_PER_INSTRUCTION = 200_000n;
const MAX_UNITS = 1_400_000n;

type Message = Pick<WireTransaction, 'header' | 'staticKeys' | 'instructions'>;

function readLe(data: Uint8Array, offset: number, bytes: number): bigint {
  let v = 0n;
  for (let i = bytes - 1; i >= 0; i--) v = (v << 8n) | BigInt(data[offset + i] ?? 0);
  return v;
}

/** Compute-unit price (micro-lamports) and limit from ComputeBudget instructions. */
export function computeBudget(msg: Message): { unitPrice: bigint; unitLimit: bigint } {
  let unitPrice = 0n;
  let unitLimit: bigint | undefined;
  let others = 0n;
  for (const ix of msg.instructions) {
    if (msg.staticKeys[ix.programIdIndex] !== COMPUTE_BUDGET_PROGRAM) {
      others++;
      continue;
    }
    // Discriminators: 2 = SetComputeUnitLimit(u32), 3 = SetComputeUnitPrice(u64).
    if (ix.data[0] === 2 && ix.data.length >= 5) unitLimit = readLe(ix.data, 1, 4);
    if (ix.data[0] === 3 && ix.data.length >= 9) unitPrice = readLe(ix.data, 1, 8);
  }
  const limit = unitLimit ?? others * DEFAULT_UNITS_PER_INSTRUCTION;
  return { unitPrice, unitLimit: limit > MAX_UNITS ? MAX_UNITS : limit };
}

export function feeFor(msg: Message): bigint {
  const { unitPrice, unitLimit } = computeBudget(msg);
  const priority = (unitPrice * unitLimit + 999_999n) / 1_000_000n;
  return LAMPORTS_PER_SIGNATURE * BigInt(msg.header.numRequiredSignatures) + priority;
}
