/**
 * Claim all: one `claim` per position with rewards, packed into as few
 * transactions as fit (lib/staking/pack.ts); the first creates the wallet's
 * associated token account when it is missing. A `claim` with nothing due
 * fails the whole transaction (NothingToClaim), so positions showing zero are
 * left out.
 */
import { getClaimInstruction } from '@/lib/programs/staking';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import { packGroups } from '../pack';
import type { Position, TokenHolding } from '../types';
import { type ActionContext, clientInput, ensureAta, keelLabel, syncFirst } from './shared';

/**
 * Planned compute per claim: the program's claim is ≤ 8,000 CU with its token
 * CPI (programs/staking/tests/claim.test.ts); creating the ATA ~25,000.
 */
export const CLAIM_UNITS = 12_000;
export const CREATE_ATA_UNITS = 30_000;

export interface ClaimAllOptions extends ActionContext {
  positions: { position: Pick<Position, 'address' | 'id'>; pending: bigint }[];
  holding: Pick<TokenHolding, 'ata' | 'exists'>;
}

export function claimAll(options: ClaimAllOptions): KeelTransactionRequest[] {
  const due = options.positions.filter((p) => p.pending > 0n);
  const input = clientInput(options);
  const groups = due.map(({ position }, i) => {
    const create = i === 0 ? ensureAta(options, options.holding) : [];
    return {
      instructions: [
        ...create,
        ...(i === 0 ? syncFirst(options) : []),
        getClaimInstruction({ ...input, owner: options.owner, position: position.address, destination: options.holding.ata }),
      ],
      units: CLAIM_UNITS + (create.length ? CREATE_ATA_UNITS : 0),
    };
  });
  const batches = packGroups({ payer: options.owner, groups });
  const total = due.reduce((sum, p) => sum + p.pending, 0n);
  return batches.map((instructions, i) => ({
    label:
      batches.length === 1
        ? `Claim ${keelLabel(total, options.mint.decimals)} from ${due.length} position${due.length === 1 ? '' : 's'}`
        : `Claim all rewards (${i + 1} of ${batches.length})`,
    instructions,
  }));
}
