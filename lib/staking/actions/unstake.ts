/** Unstake: withdraws part or all of a position (the penalty applies before its lock ends). */
import { getUnstakeInstruction, type StakingConfig } from '@/lib/programs/staking';
import type { KeelTransactionRequest } from '@/lib/tx/useSendKeelTransaction';
import type { Position, TokenHolding } from '../types';
import { type ActionContext, clientInput, ensureAta, keelLabel, syncFirst } from './shared';

export interface UnstakeOptions extends ActionContext {
  config: Pick<StakingConfig, 'penaltyDestination' | 'treasury'>;
  position: Pick<Position, 'address' | 'id' | 'amount'>;
  holding: Pick<TokenHolding, 'ata' | 'exists'>;
  amount: bigint;
}

export function unstake(options: UnstakeOptions): KeelTransactionRequest {
  const all = options.amount === options.position.amount;
  return {
    label: all
      ? `Unstake all of position #${options.position.id}`
      : `Unstake ${keelLabel(options.amount, options.mint.decimals)} from position #${options.position.id}`,
    instructions: [
      ...ensureAta(options, options.holding),
      ...syncFirst(options),
      getUnstakeInstruction({
        ...clientInput(options),
        owner: options.owner,
        ownerToken: options.holding.ata,
        position: options.position.address,
        amount: options.amount,
        penaltyDestination: options.config.penaltyDestination,
        treasury: options.config.treasury,
      }),
    ],
  };
}
