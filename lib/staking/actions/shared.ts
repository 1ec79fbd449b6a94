/** What every staking action builder takes, and helpers they share. */
import { createAssociatedTokenAccountIdempotentInstruction } from '@solana/spl-token';
import type { PublicKey, TransactionInstruction } from '@solana/web3.js';
import { getSyncInstruction } from '@/lib/programs/staking';
import type { StakingDeployment } from '../deployment';
import { formatTokenAmount } from '../format';
import type { KeelMint, TokenHolding } from '../types';

export interface ActionContext {
  deployment: Pick<StakingDeployment, 'programId' | 'mint'>;
  mint: Pick<KeelMint, 'tokenProgram' | 'decimals'>;
  owner: PublicKey;
}

/** Builder input for the staking client: the mint, program and token program. */
export function clientInput(ctx: ActionContext) {
  return { mint: ctx.deployment.mint, programId: ctx.deployment.programId, tokenProgram: ctx.mint.tokenProgram };
}

/** Creates the owner's associated token account first when it does not exist (it pays the rent). */
export function ensureAta(ctx: ActionContext, holding: Pick<TokenHolding, 'ata' | 'exists'>): TransactionInstruction[] {
  if (holding.exists) return [];
  return [
    createAssociatedTokenAccountIdempotentInstruction(ctx.owner, holding.ata, ctx.owner, ctx.deployment.mint, ctx.mint.tokenProgram),
  ];
}

export function keelLabel(amount: bigint, decimals: number): string {
  return `${formatTokenAmount(amount, { decimals, maxFractionDigits: decimals })} KEEL`;
}

/**
 * Staking `sync` (permissionless), sent first in every staking transaction the
 * portal builds: an instruction that changes a position walks at most 8 day
 * boundaries of the schedule itself and fails with `SyncRequired` beyond, so a
 * quiet week (or a time warp on localnet) never fails a user's transaction.
 * With nothing due it only settles to now (bench: `staking.sync.none`).
 */
export function syncFirst(ctx: ActionContext): TransactionInstruction[] {
  return [getSyncInstruction({ mint: ctx.deployment.mint, programId: ctx.deployment.programId })];
}
