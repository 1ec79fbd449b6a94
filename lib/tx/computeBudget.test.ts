import { ComputeBudgetProgram } from '@solana/web3.js';
import { describe, expect, it } from 'vitest';
import {
  computeBudgetInstructions,
  deriveComputeUnitLimit,
  derivePriorityFee,
  MAX_COMPUTE_UNIT_LIMIT,
  median,
  MIN_COMPUTE_UNIT_LIMIT,
  priorityFeeLamports,
  PRIORITY_FEE_CAP,
  PRIORITY_FEE_FLOOR,
} from './computeBudget';

describe('deriveComputeUnitLimit', () => {
  it('adds a 10% margin, rounded up', () => {
    expect(deriveComputeUnitLimit(10_000)).toBe(11_000);
    expect(deriveComputeUnitLimit(12_345)).toBe(13_580); // 13579.5 → 13580
  });
  it('never goes below the minimum', () => {
    expect(deriveComputeUnitLimit(0)).toBe(MIN_COMPUTE_UNIT_LIMIT);
    expect(deriveComputeUnitLimit(300)).toBe(MIN_COMPUTE_UNIT_LIMIT);
  });
  it('never exceeds the runtime maximum', () => {
    expect(deriveComputeUnitLimit(1_300_000)).toBe(MAX_COMPUTE_UNIT_LIMIT);
    expect(deriveComputeUnitLimit(5_000_000)).toBe(MAX_COMPUTE_UNIT_LIMIT);
  });
  it('falls back to the maximum for nonsense input', () => {
    expect(deriveComputeUnitLimit(Number.NaN)).toBe(MAX_COMPUTE_UNIT_LIMIT);
    expect(deriveComputeUnitLimit(-1)).toBe(MAX_COMPUTE_UNIT_LIMIT);
  });
  it('takes a custom margin', () => {
    expect(deriveComputeUnitLimit(100_000, 0.25)).toBe(125_000);
  });
});

describe('derivePriorityFee', () => {
  it('uses the median of recent fees', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(3); // (2 + 3) / 2 = 2.5 → 3
    expect(derivePriorityFee([2_000, 50_000, 10_000, 9_000, 0])).toBe(9_000);
  });
  it('applies the floor when the cluster is idle or reports nothing', () => {
    expect(derivePriorityFee([])).toBe(PRIORITY_FEE_FLOOR);
    expect(derivePriorityFee([0, 0, 0])).toBe(PRIORITY_FEE_FLOOR);
  });
  it('applies the cap when fees spike', () => {
    expect(derivePriorityFee([5_000_000, 9_000_000, 7_000_000])).toBe(PRIORITY_FEE_CAP);
  });
  it('takes a custom policy', () => {
    expect(derivePriorityFee([0], { floor: 0, cap: 10 })).toBe(0);
    expect(derivePriorityFee([500], { floor: 0, cap: 10 })).toBe(10);
  });
});

describe('computeBudgetInstructions', () => {
  it('puts the limit first, then the price', () => {
    const [limit, price] = computeBudgetInstructions({ units: 11_000, microLamports: 1_000 });
    expect(limit!.programId.equals(ComputeBudgetProgram.programId)).toBe(true);
    // SetComputeUnitLimit: discriminator 2, u32 LE units.
    expect(limit!.data[0]).toBe(2);
    expect(limit!.data.readUInt32LE(1)).toBe(11_000);
    // SetComputeUnitPrice: discriminator 3, u64 LE micro-lamports.
    expect(price!.data[0]).toBe(3);
    expect(price!.data.readBigUInt64LE(1)).toBe(1_000n);
  });
  it('prices the priority fee in lamports, rounded up', () => {
    expect(priorityFeeLamports(200_000, 1_000)).toBe(200);
    expect(priorityFeeLamports(1_100, 1_000)).toBe(2); // 1.1 → 2
  });
});
